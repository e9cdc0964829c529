import { createRequire } from 'node:module';
import { isSmtpfixError } from '@smtpfix/core';
import { type CommandDef, renderUsage, runCommand } from 'citty';
import { explain } from './commands/explain.js';
import { list } from './commands/list.js';
import { lookup } from './commands/lookup.js';
import { scan } from './commands/scan.js';
import { CliError, EXIT } from './errors.js';
import type { CliIo } from './io.js';
import { importOptional } from './optional.js';

/**
 * `smtpfix sim` hands its flags to @smtpfix/gmail-sim, which owns them (it maps each onto an
 * option of `startGmailSim`); loaded only when used, so `explain` starts fast and installs lean.
 */
async function runSim(argv: readonly string[], io: CliIo): Promise<number> {
  // An optional peer dependency: most users only explain errors and never install the simulator.
  const { runSimCli } = await importOptional(
    '@smtpfix/gmail-sim',
    'sim',
    VERSION,
    () => import('@smtpfix/gmail-sim'),
  );
  const stop = new AbortController();
  void io.untilStopped?.().then(() => stop.abort());
  const { exitCode } = await runSimCli(argv, { stdout: io.stdout, stderr: io.stderr, signal: stop.signal });
  return exitCode === 0 ? EXIT.ok : exitCode === 1 ? EXIT.usage : EXIT.failed;
}

// Commands that need more than core are loaded only when used, so `explain` starts fast.
const commands: Record<string, () => Promise<CommandDef>> = {
  explain: async () => explain as CommandDef,
  lookup: async () => lookup as CommandDef,
  list: async () => list as CommandDef,
  scan: async () => scan as CommandDef,
  // Its module is small; @smtpfix/sender itself is imported only when the command runs.
  doctor: async () => (await import('./commands/doctor.js')).doctor as CommandDef,
  // Listed for `smtpfix --help`; `run` hands `sim` to runSim before citty sees it.
  sim: async () => ({
    meta: {
      name: 'sim',
      description: 'Run a local Gmail-like SMTP server and token endpoint (`smtpfix sim --help`).',
    },
  }),
};

const main = {
  meta: { name: 'smtpfix', description: 'Explain Gmail SMTP errors: what they mean and how to fix them.' },
  subCommands: commands,
} as CommandDef;

async function knownFlags(cmd: CommandDef): Promise<Set<string>> {
  const args = (typeof cmd.args === 'function' ? await cmd.args() : await cmd.args) ?? {};
  const flags = new Set(['--help', '-h']);
  for (const [name, def] of Object.entries(args)) {
    if (def.type === 'positional') continue;
    flags.add(`--${name}`);
    if (def.type === 'boolean') flags.add(`--no-${name}`);
  }
  return flags;
}

/**
 * Runs `smtpfix` with `argv` (without the node and script paths) against `io`, and returns the
 * exit code. Never calls `process.exit`, so tests drive it in-process.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(`${await renderUsage(main)}\n`);
      return name ? EXIT.ok : EXIT.usage;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (name === 'sim') return await runSim(rest, io);
    const load = commands[name];
    if (!load)
      throw new CliError(
        'USAGE',
        `Unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}.`,
      );
    const cmd = await load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${await renderUsage(cmd, main)}\n`);
      return EXIT.ok;
    }
    const flags = await knownFlags(cmd);
    const dashDash = rest.indexOf('--');
    for (const a of dashDash === -1 ? rest : rest.slice(0, dashDash)) {
      if (a.startsWith('-') && a !== '-' && !flags.has(a.split('=')[0]!)) {
        throw new CliError(
          'USAGE',
          `Unknown option "${a}" for \`smtpfix ${name}\`. See \`smtpfix ${name} --help\`.`,
        );
      }
    }
    const { result } = await runCommand(cmd, { rawArgs: [...rest], data: io });
    return typeof result === 'number' ? result : EXIT.ok;
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`smtpfix: ${err.message}\n`);
      return err.exitCode;
    }
    // citty reports a missing positional argument with its own error class.
    if (err instanceof Error && /Missing required (positional )?argument/i.test(err.message)) {
      io.stderr(`smtpfix: ${err.message}. See \`smtpfix ${name} --help\`.\n`);
      return EXIT.usage;
    }
    if (isSmtpfixError(err)) {
      io.stderr(`smtpfix: ${err.message}\n`);
      return EXIT.failed;
    }
    throw err;
  }
}

/** The installed version of @smtpfix/cli. */
export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string })
  .version;
