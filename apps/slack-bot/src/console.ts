// The bot without Slack: the same mention handler, with a Web API stand-in that prints each reply
// as text. `pnpm start` runs this when no Slack credentials are set.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Block } from './blocks/text.js';
import { blocksToText } from './blocks/plain.js';
import { type Client, createDeps } from './listeners/deps.js';
import { onMention } from './listeners/mention.js';
import { createLogger } from './logger.js';

/** The paste answered when stdin is empty (CI runs `pnpm start </dev/null`). */
export const SAMPLE_PASTE =
  'Error: Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to\n' +
  '535 5.7.8  https://support.google.com/mail/?p=BadCredentials d2e1a72fcca58-7a1b2c3d4e5sm123456b3a.12 - gsmtp';

/** Where the console reads and writes. */
export interface ConsoleIo {
  input: Readable;
  write: (text: string) => void;
  /** Interactive prompt when true; otherwise every paste on stdin is answered, then it exits. */
  isTTY: boolean;
  /** Base URL of the smtpfix site that answers link to (`SMTPFIX_SITE_URL`). @default null */
  siteUrl?: string | null;
}

/**
 * A stand-in for Slack's Web API that prints what the bot posts. Only the calls the mention
 * listener makes exist.
 */
function consoleClient(write: (text: string) => void): Client {
  const print = (args: { text?: string; blocks?: Block[] }) =>
    write(`${args.blocks?.length ? blocksToText(args.blocks) : (args.text ?? '')}\n`);
  let seq = 0;
  return {
    chat: {
      postMessage: async (args: { text?: string; blocks?: Block[] }) => {
        print(args);
        return { ok: true, ts: `0.${++seq}` };
      },
    },
    conversations: { replies: async () => ({ ok: true, messages: [] }) },
  } as unknown as Client;
}

/** Splits piped input into pastes: blank lines separate them. */
export function splitPastes(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

async function readAll(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of input) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Runs the console and resolves with the exit code (0). Piped stdin: each paste is answered.
 * Empty stdin: a built-in sample paste is answered, and it says so. A TTY: an interactive prompt;
 * lines arriving together are one paste, and a blank line or `.exit` quits.
 */
export async function runConsole(io: ConsoleIo): Promise<number> {
  const deps = createDeps(0, { siteUrl: io.siteUrl ?? null });
  const client = consoleClient(io.write);
  const logger = createLogger('error');
  let n = 0;
  const answer = async (text: string) => {
    n++;
    await onMention(deps, {
      event: { type: 'app_mention', channel: 'console', user: 'you', ts: `${n}.000000`, text },
      client,
      logger,
      context: { botUserId: 'UCONSOLE' },
    });
  };

  if (!io.isTTY) {
    const pastes = splitPastes(await readAll(io.input));
    if (!pastes.length) {
      io.write(
        'smtpfix console: no Slack credentials set and nothing on stdin, so here is the answer to a sample paste:\n\n',
      );
      io.write(`> ${SAMPLE_PASTE.replace(/\n/g, '\n> ')}\n\n`);
      await answer(SAMPLE_PASTE);
      return 0;
    }
    for (const [i, p] of pastes.entries()) {
      if (pastes.length > 1) io.write(`${i ? '\n' : ''}=== paste ${i + 1} of ${pastes.length} ===\n`);
      await answer(p);
    }
    return 0;
  }

  io.write(
    'smtpfix console: the Slack bot without Slack (set SLACK_BOT_TOKEN to run it in Slack).\n' +
      'Paste an SMTP error and press Enter; a blank line or .exit quits.\n',
  );
  const rl = createInterface({ input: io.input, terminal: false });
  let buffer: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let queue = Promise.resolve();
  const prompt = () => io.write('\nsmtpfix> ');
  prompt();
  return new Promise<number>((resolve) => {
    const flush = () => {
      const text = buffer.join('\n');
      buffer = [];
      queue = queue.then(() => answer(text)).then(prompt);
    };
    rl.on('line', (line) => {
      clearTimeout(timer);
      if (!buffer.length && (line.trim() === '' || line.trim() === '.exit')) {
        rl.close();
        return;
      }
      buffer.push(line);
      // A multi-line paste arrives as lines in quick succession: answer once they stop coming.
      timer = setTimeout(flush, 40);
    });
    rl.on('close', () => {
      clearTimeout(timer);
      if (buffer.length) flush();
      void queue.then(() => resolve(0));
    });
  });
}
