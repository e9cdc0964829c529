#!/usr/bin/env node
// Entry point: reads the environment and runs the bot in Socket Mode, over HTTP, or in a console.
// Every way it ends is one line on stderr and a documented exit code, never a stack trace:
// 0 stopped by a signal, 78 a setting to fix, 69 Slack unreachable, 1 anything else.
import { createApp, type SlackBot } from './app.js';
import { isConfigError, loadConfig } from './config.js';
import { runConsole } from './console.js';
import { isSlackStartError, isTransient, oneLine } from './slack-errors.js';

const say = (line: string) => void process.stderr.write(`smtpfix Slack bot: ${line}\n`);

/** Longest a signal waits for the bot to stop before the process exits anyway. */
const STOP_DEADLINE_MS = 8000;

let apiUrl: string | null = null;
let stopping = false;

async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (!isConfigError(e)) throw e;
    process.stderr.write(`${e.message}\nSee apps/slack-bot/README.md for the settings.\n`);
    return 78; // EX_CONFIG
  }
  if (config.mode === 'console')
    return runConsole({
      input: process.stdin,
      write: (t) => void process.stdout.write(t),
      isTTY: Boolean(process.stdin.isTTY),
      siteUrl: config.siteUrl ?? null,
    });

  apiUrl = config.apiUrl;
  const bot = createApp(config, {
    onConnectionLost: (e) => {
      say(`lost the Socket Mode connection and could not reopen it. ${e.message}`);
      process.exit(e.exitCode);
    },
  });
  onSignals(bot);
  try {
    await bot.start();
  } catch (e) {
    if (stopping) return new Promise<number>(() => {}); // the signal handler exits
    throw e;
  }
  say(
    config.mode === 'socket'
      ? `connected in Socket Mode${bot.port() !== null ? ` (health: http://${config.host}:${bot.port()}/healthz)` : ''}`
      : `listening on http://${config.host}:${bot.port()}/slack/events (health: /healthz)`,
  );
  return new Promise<number>(() => {}); // runs until a signal
}

/**
 * The first SIGTERM or SIGINT stops the bot (work in flight gets a few seconds) and exits 0; the
 * process exits even if a Web API retry timer is still pending. A second signal exits at once.
 */
function onSignals(bot: SlackBot) {
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(signal === 'SIGINT' ? 130 : 143);
    stopping = true;
    say(`${signal} received, stopping`);
    const deadline = setTimeout(() => {
      say(`did not stop within ${STOP_DEADLINE_MS / 1000} s, exiting anyway`);
      process.exit(1);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    bot.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        say(`error while stopping: ${oneLine(e, apiUrl)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}

/** Prints one line for a failure and sets the exit code it deserves. */
function fail(e: unknown, context: string): void {
  if (stopping) return;
  if (isSlackStartError(e)) {
    say(e.message);
    process.exit(e.exitCode);
  }
  const code = (e as { code?: unknown }).code;
  if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
    const { address, port } = e as { address?: string; port?: number };
    say(
      `cannot listen on ${address ?? '?'}:${port ?? '?'} (${code}): set PORT (and HOST) to a free port and address this process may bind.`,
    );
    process.exit(78);
  }
  const transient = isTransient(e);
  say(`${context}: ${oneLine(e, apiUrl)}`);
  process.exit(transient ? 69 : 1);
}

// Socket Mode reopens a lost connection inside @slack/socket-mode; when it finally gives up, the
// rejection escapes it. Say what happened in one line and exit so a supervisor restarts the bot.
process.on('unhandledRejection', (e) => fail(e, 'stopped, the connection to Slack was lost'));
process.on('uncaughtException', (e) => fail(e, 'stopped by an unexpected error'));

main().then(
  (code) => {
    process.exitCode = code; // console mode: let stdout drain instead of exiting over it
  },
  (e: unknown) => fail(e, 'failed to start'),
);
