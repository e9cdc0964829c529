// Starting and stopping against a local fake Slack Web API (real HTTP): a refused token or a
// missing scope is one line naming the variable; an unreachable Slack is retried with growing
// delays and given up; HTTP acks while Slack hangs; a stop lets work in flight finish.
import { createServer } from 'node:net';
import { type FakeSlackApi, postSigned, startFakeSlackApi } from '@smtpfix/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type SlackBot } from './app.js';
import { type Config, makeConfig } from './config.js';
import { BOT_SCOPES, isSlackStartError, type SlackStartError } from './slack-errors.js';
import { captureLogger } from './test/logger.js';

const SECRET = 'start-test-signing-secret-0123456789';
const TOKEN = 'xoxb-9999-8888-starttesttoken';
const APP_TOKEN = 'xapp-1-A1-starttestapptoken';

let logs: string[] = [];
const open: { bot?: SlackBot; slack?: FakeSlackApi }[] = [];

function bot(mode: 'http' | 'socket', apiUrl: string, extra: Partial<Config> = {}, stopGraceMs?: number) {
  const config = makeConfig(
    { mode, port: 0, host: '127.0.0.1', apiUrl, messageThreshold: 0.6, logLevel: 'debug', ...extra },
    {
      botToken: TOKEN,
      signingSecret: mode === 'http' ? SECRET : '',
      appToken: mode === 'socket' ? APP_TOKEN : '',
    },
  );
  const b = createApp(config, {
    logger: captureLogger((line) => logs.push(line)),
    retries: 0,
    connectDelayMs: 200,
    ...(stopGraceMs !== undefined ? { stopGraceMs } : {}),
  });
  open.push({ bot: b });
  return b;
}

async function fake(options: Parameters<typeof startFakeSlackApi>[0] = {}) {
  const slack = await startFakeSlackApi(options);
  open.push({ slack });
  return slack;
}

async function startError(b: SlackBot): Promise<SlackStartError> {
  const e = await b.start().then(
    () => null,
    (err: unknown) => err,
  );
  if (!isSlackStartError(e)) throw new Error(`expected a SlackStartError, got ${String(e)}`);
  return e;
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

afterEach(async () => {
  for (const { bot: b, slack } of open.splice(0).reverse()) {
    await b?.stop();
    await slack?.close();
  }
  await new Promise((r) => setTimeout(r, 50)); // late log lines of this test stay in this test
  const all = logs.join('\n');
  logs = [];
  expect(all).not.toContain(TOKEN);
  expect(all).not.toContain(APP_TOKEN);
  expect(all).not.toContain(SECRET);
});

describe('a token Slack refuses', () => {
  it.each([
    ['invalid_auth', /Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/],
    ['not_authed', /Slack rejected SLACK_BOT_TOKEN \(not_authed\)/],
    ['account_inactive', /SLACK_BOT_TOKEN is no longer valid \(account_inactive\): reinstall/],
    ['token_revoked', /SLACK_BOT_TOKEN is no longer valid \(token_revoked\): reinstall/],
  ])('%s stops start() with one line naming SLACK_BOT_TOKEN, in both modes', async (error, expected) => {
    const slack = await fake({ handlers: { 'auth.test': () => ({ ok: false, error }) } });
    for (const mode of ['http', 'socket'] as const) {
      const b = bot(mode, slack.apiUrl);
      const e = await startError(b);
      expect(e.code).toBe('SLACK_AUTH');
      expect(e.exitCode).toBe(78);
      expect(e.message).toMatch(expected);
      expect(e.message).not.toContain('\n');
      expect(e.message).not.toContain(TOKEN);
      expect(b.port()).toBeNull(); // the HTTP server is closed again
    }
    // One call per start: a refused token is not retried.
    expect(slack.callsTo('auth.test')).toHaveLength(2);
  });

  it('names the scopes the bot token lacks', async () => {
    const scopes = BOT_SCOPES.filter((s) => s !== 'commands' && s !== 'im:history');
    const slack = await fake({ scopes });
    const e = await startError(bot('http', slack.apiUrl));
    expect(e.code).toBe('SLACK_SCOPE');
    expect(e.message).toMatch(/^SLACK_BOT_TOKEN lacks the scopes im:history, commands: add them under OAuth/);
  });

  it('refuses a token installed before shared bounces needed files:read', async () => {
    const slack = await fake({ scopes: BOT_SCOPES.filter((s) => s !== 'files:read') });
    const e = await startError(bot('http', slack.apiUrl));
    expect(e.code).toBe('SLACK_SCOPE');
    expect(e.message).toMatch(/^SLACK_BOT_TOKEN lacks the scope files:read: add it under OAuth/);
  });

  it('starts when the token carries every scope (and more)', async () => {
    const slack = await fake({ scopes: [...BOT_SCOPES, 'users:read'] });
    const b = bot('http', slack.apiUrl);
    await b.start();
    expect(b.port()).toBeGreaterThan(0);
  });

  it.each([
    [
      'invalid_auth',
      {},
      /Slack rejected SLACK_APP_TOKEN \(invalid_auth\): set it to an app-level token \(xapp-…\) with connections:write/,
    ],
    [
      'missing_scope',
      { needed: 'connections:write', provided: 'authorizations:read' },
      /^SLACK_APP_TOKEN lacks the scope connections:write: create an app-level token/,
    ],
    ['not_allowed_token_type', {}, /SLACK_APP_TOKEN is the wrong kind of token/],
  ])('Socket Mode: an app token refused with %s names SLACK_APP_TOKEN', async (error, extra, expected) => {
    const slack = await fake({
      socketMode: true,
      handlers: { 'apps.connections.open': () => ({ ok: false, error, ...extra }) },
    });
    const e = await startError(bot('socket', slack.apiUrl));
    expect(e.message).toMatch(expected);
    expect(e.message).not.toContain('\n');
    expect(slack.callsTo('apps.connections.open')).toHaveLength(1);
  });
});

describe('an unreachable Slack', () => {
  it('is retried with doubling delays, each attempt logged once, then given up naming the host', async () => {
    const port = await closedPort();
    const b = bot('http', `http://127.0.0.1:${port}/api/`, { connectTimeoutMs: 1300 });
    const started = performance.now();
    const e = await startError(b);
    const ms = performance.now() - started;
    expect(e.code).toBe('SLACK_UNREACHABLE');
    expect(e.exitCode).toBe(69);
    expect(e.message).toMatch(
      new RegExp(
        `^Gave up reaching Slack after \\d+ s and 3 attempts: Cannot reach Slack at 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`,
      ),
    );
    // Waits of 200 and 400 ms really happened; the next (800) would pass the 1.3 s budget.
    expect(ms).toBeGreaterThanOrEqual(600);
    expect(ms).toBeLessThan(3000);
    const warns = logs.filter((l) => l.startsWith('warn'));
    expect(warns).toHaveLength(2);
    expect(warns[0]).toContain(
      `Slack at 127.0.0.1:${port} is not answering (ECONNREFUSED); retrying reaching Slack in 0 s (attempt 1`,
    );
    expect(warns[1]).toContain('(attempt 2');
  });

  it('counts a Slack that accepts and never answers as unreachable (Socket Mode too)', async () => {
    const slack = await fake({ socketMode: true });
    slack.setStalled(true);
    const e = await startError(bot('socket', slack.apiUrl, { connectTimeoutMs: 600 }));
    expect(e.code).toBe('SLACK_UNREACHABLE');
    expect(e.message).toContain('no answer in time');
  });

  it('is reached once it comes back', async () => {
    const slack = await fake();
    let refusals = 2;
    slack.setHandler('auth.test', () =>
      refusals-- > 0
        ? { ok: false, error: 'service_unavailable' }
        : { user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' },
    );
    const b = bot('http', slack.apiUrl, { connectTimeoutMs: 5000 });
    await b.start();
    expect(slack.callsTo('auth.test')).toHaveLength(3);
    expect(logs.filter((l) => l.startsWith('warn'))).toHaveLength(2);
  });
});

describe('HTTP mode while Slack hangs', () => {
  const mention = {
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: 'EvHang1',
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'app_mention',
      channel: 'C1',
      user: 'U1',
      ts: '1700000000.000100',
      text: '<@UBOT> 535-5.7.8 Username and Password not accepted',
    },
  };

  it('acks a signed app_mention well within 3 s though no Web API call (auth.test included) answers', async () => {
    const slack = await fake();
    slack.setStalled(true);
    const b = bot('http', slack.apiUrl, { connectTimeoutMs: 60_000 }, 300);
    const starting = b.start().catch((e: unknown) => e);
    while (b.port() === null) await new Promise((r) => setTimeout(r, 10));
    const res = await postSigned(`http://127.0.0.1:${b.port()}`, { signingSecret: SECRET, body: mention });
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(2000); // Slack's deadline is 3 s
    const health = await fetch(`http://127.0.0.1:${b.port()}/healthz`);
    expect(await health.json()).toEqual({ ok: true, slack: 'connecting' });
    // The work went on after the ack: the answer was attempted.
    await slack.waitFor('chat.postMessage');
    // stop() ends the retrying start() at once, and gives the hanging reply its 300 ms grace.
    const stopping = performance.now();
    await b.stop();
    expect(((await starting) as Error).name).toBe('AbortError');
    expect(performance.now() - stopping).toBeGreaterThanOrEqual(250);
    expect(performance.now() - stopping).toBeLessThan(2000);
  });

  it('stop() lets an answer in flight finish before closing', async () => {
    const slack = await fake();
    const b = bot('http', slack.apiUrl, {}, 3000);
    await b.start();
    slack.setDelay(400);
    const res = await postSigned(`http://127.0.0.1:${b.port()}`, {
      signingSecret: SECRET,
      body: { ...mention, event_id: 'EvHang2' },
    });
    expect(res.status).toBe(200);
    await slack.waitFor('chat.postMessage');
    const t = performance.now();
    await b.stop();
    // Waited for the 400 ms Web API answer (not the whole 3 s grace), so the reply was not lost.
    expect(performance.now() - t).toBeGreaterThan(200);
    expect(performance.now() - t).toBeLessThan(2500);
    expect(logs).toContain("debug apiCall('chat.postMessage') end");
  });
});

describe('Slack refusing a call at run time', () => {
  it('logs one line naming the scope to add, not the raw API error', async () => {
    const slack = await fake();
    slack.setHandler('chat.postMessage', () => ({ ok: false, error: 'missing_scope', needed: 'chat:write' }));
    const b = bot('http', slack.apiUrl);
    await b.start();
    const res = await postSigned(`http://127.0.0.1:${b.port()}`, {
      signingSecret: SECRET,
      body: {
        type: 'event_callback',
        team_id: 'T1',
        event_id: 'EvScope1',
        event: { type: 'app_mention', channel: 'C9', user: 'U1', ts: '1.000009', text: '<@UBOT> 535 5.7.8' },
      },
    });
    expect(res.status).toBe(200);
    await slack.waitFor('chat.postMessage');
    await new Promise((r) => setTimeout(r, 100));
    const errors = logs.filter((l) => l.startsWith('error'));
    expect(errors).toEqual([
      'error could not reply in C9: SLACK_BOT_TOKEN lacks the scope chat:write: add it under OAuth & Permissions → Bot Token Scopes (or paste manifest.json again), reinstall the app, then set SLACK_BOT_TOKEN to the new token.',
    ]);
  });
});

describe('Socket Mode', () => {
  it('connects to the socket, serves /healthz when asked, and stops', async () => {
    const slack = await fake({ socketMode: true, scopes: [...BOT_SCOPES] });
    const b = bot('socket', slack.apiUrl, { healthCheck: true });
    await b.start();
    expect(slack.sockets()).toBe(1);
    const health = await fetch(`http://127.0.0.1:${b.port()}/healthz`);
    expect(health.status).toBe(200);
    await b.stop();
    await new Promise((r) => setTimeout(r, 100));
    expect(slack.sockets()).toBe(0);
  });

  it('acks events over the socket at once, answers them, and knows itself from auth.test', async () => {
    const slack = await fake({ socketMode: true, botUserId: 'USELF', botId: 'BSELF' });
    const b = bot('socket', slack.apiUrl);
    await b.start();
    const event = (e: Record<string, unknown>, id: string) => ({
      type: 'event_callback',
      team_id: 'T1',
      api_app_id: 'A1',
      event_id: id,
      event_time: Math.floor(Date.now() / 1000),
      event: { channel: 'C1', channel_type: 'channel', ts: `1.${id}`, ...e },
    });
    // Its own message (user = the bot user id auth.test returned) is not answered.
    await slack.sendSocketEvent(
      event({ type: 'message', user: 'USELF', text: '535-5.7.8 Username and Password not accepted' }, '0001'),
    );
    slack.setDelay(2000); // a slow Web API does not hold the ack
    const ack = await slack.sendSocketEvent(
      event(
        { type: 'app_mention', user: 'U1', text: '<@USELF> 535-5.7.8 Username and Password not accepted' },
        '0002',
      ),
    );
    expect(ack.ms).toBeLessThan(2000); // the Web API answers after 2 s; the ack does not wait
    const post = await slack.waitFor('chat.postMessage');
    expect(post.params.thread_ts).toBe('1.0002');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
