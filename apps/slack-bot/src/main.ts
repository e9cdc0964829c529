#!/usr/bin/env node
// Entry point: reads the environment and runs the bot in Socket Mode, over HTTP, or in a console.
import { createApp } from './app.js';
import { isConfigError, loadConfig } from './config.js';
import { runConsole } from './console.js';

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

  const bot = createApp(config);
  await bot.start();
  process.stderr.write(
    config.mode === 'socket'
      ? 'smtpfix Slack bot connected in Socket Mode\n'
      : `smtpfix Slack bot listening on http://${config.host}:${bot.port()}/slack/events (health: /healthz)\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await bot.stop();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`smtpfix Slack bot failed to start: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
