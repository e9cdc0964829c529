import { type FakeSlackApi, startFakeSlackApi } from '@smtpfix/test-utils';
import { createApp, type SlackBot } from '../app.js';
import { makeConfig } from '../config.js';
import { captureLogger } from './logger.js';

/** The signing secret and bot token every HTTP-mode test bot runs with; tests check neither is logged. */
export const SECRET = 'test-signing-secret-0123456789abcdef';
export const TOKEN = 'xoxb-1234-5678-testbottoken';

/** A real Bolt app in HTTP mode on 127.0.0.1:0, talking to a local fake Slack Web API. */
export interface TestBot {
  slack: FakeSlackApi;
  bot: SlackBot;
  /** Where signed requests go, e.g. `http://127.0.0.1:53123`. */
  base: string;
  /** Every line the bot logged, `level message…`. */
  logs: string[];
}

/** Starts a fake Slack Web API and the bot against it. */
export async function startTestBot(): Promise<TestBot> {
  const logs: string[] = [];
  const slack = await startFakeSlackApi();
  const config = makeConfig(
    {
      mode: 'http',
      port: 0,
      host: '127.0.0.1',
      apiUrl: slack.apiUrl,
      messageThreshold: 0.6,
      logLevel: 'debug',
    },
    { botToken: TOKEN, signingSecret: SECRET },
  );
  const bot = createApp(config, { logger: captureLogger((line) => logs.push(line)), retries: 0 });
  await bot.start();
  return { slack, bot, base: `http://127.0.0.1:${bot.port()}`, logs };
}

/** Stops both, and returns everything the bot logged as one string (for the no-secret checks). */
export async function stopTestBot(t: TestBot): Promise<string> {
  await t.bot.stop();
  await t.slack.close();
  return t.logs.join('\n');
}

let eventSeq = 0;
/** An Events API envelope around `event`, with a fresh event id unless one is given. */
export function eventBody(event: Record<string, unknown>, eventId = `Ev${++eventSeq}`) {
  return {
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event,
  };
}
