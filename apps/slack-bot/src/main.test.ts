// The real process (`node dist/main.js`, built by vitest.global-setup.ts) against a local fake
// Slack Web API: every failure is one line on stderr with a documented exit code, never a stack
// trace or a token; one SIGTERM ends it within a few seconds in HTTP and Socket Mode.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type FakeSlackApi, postSigned, startFakeSlackApi } from '@smtpfix/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test starts Node and Bolt (seconds on a busy machine) and some wait out real delays.
vi.setConfig({ testTimeout: 30_000 });

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const BOT_TOKEN = 'xoxb-2222-3333-processtesttoken';
const APP_TOKEN = 'xapp-1-A1-processtestapptoken';
const SECRET = 'process-test-signing-secret-abcdef';

interface Running {
  child: ChildProcess;
  stderr: () => string;
  /** Resolves when stderr matches `re`. */
  waitFor(re: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

const children: ChildProcess[] = [];
const fakes: FakeSlackApi[] = [];

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const f of fakes.splice(0)) await f.close();
});

function run(env: Record<string, string>): Running {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let err = '';
  const watchers = new Set<() => void>();
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString();
    for (const w of watchers) w();
  });
  child.stdout?.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  return {
    child,
    stderr: () => err,
    exited,
    waitFor(re, timeoutMs = 8000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!re.test(err)) return;
          clearTimeout(timer);
          watchers.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          watchers.delete(check);
          reject(new Error(`stderr never matched ${re}; it was:\n${err}`));
        }, timeoutMs);
        watchers.add(check);
        check();
      });
    },
  };
}

async function fake(options: Parameters<typeof startFakeSlackApi>[0] = {}) {
  const f = await startFakeSlackApi(options);
  fakes.push(f);
  return f;
}

/** No stack frames, no secrets, nothing but the bot's own lines and log lines. */
function expectClean(stderr: string) {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/node:internal|\.js:\d+/);
  expect(stderr).not.toContain(BOT_TOKEN);
  expect(stderr).not.toContain(APP_TOKEN);
  expect(stderr).not.toContain(SECRET);
}

const lines = (s: string) => s.trim().split('\n');

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const http = (apiUrl: string, extra: Record<string, string> = {}) => ({
  SLACK_API_URL: apiUrl,
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SECRET,
  ...extra,
});
const socket = (apiUrl: string, extra: Record<string, string> = {}) => ({
  SLACK_API_URL: apiUrl,
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_APP_TOKEN: APP_TOKEN,
  ...extra,
});

describe('a token Slack refuses', () => {
  it.each(['http', 'socket'] as const)(
    '%s: revoked bot token → one line naming SLACK_BOT_TOKEN, exit 78',
    async (mode) => {
      const slack = await fake({ handlers: { 'auth.test': () => ({ ok: false, error: 'token_revoked' }) } });
      const bot = run(mode === 'http' ? http(slack.apiUrl) : socket(slack.apiUrl));
      const { code } = await bot.exited;
      expect(code).toBe(78);
      expect(lines(bot.stderr())).toEqual([
        expect.stringMatching(
          /^smtpfix Slack bot: Slack says SLACK_BOT_TOKEN is no longer valid \(token_revoked\): reinstall the app/,
        ),
      ]);
      expectClean(bot.stderr());
    },
  );

  it('Socket Mode: a wrong app token → one line naming SLACK_APP_TOKEN, exit 78', async () => {
    const slack = await fake({
      socketMode: true,
      handlers: { 'apps.connections.open': () => ({ ok: false, error: 'invalid_auth' }) },
    });
    const bot = run(socket(slack.apiUrl));
    expect((await bot.exited).code).toBe(78);
    expect(lines(bot.stderr()).at(-1)).toMatch(
      /^smtpfix Slack bot: Slack rejected SLACK_APP_TOKEN \(invalid_auth\)/,
    );
    expectClean(bot.stderr());
  });

  it('a bot token without chat:write → names the scope, exit 78', async () => {
    const slack = await fake({ scopes: ['app_mentions:read', 'channels:history', 'commands'] });
    const bot = run(http(slack.apiUrl));
    expect((await bot.exited).code).toBe(78);
    expect(bot.stderr()).toMatch(
      /SLACK_BOT_TOKEN lacks the scopes groups:history, im:history, mpim:history, chat:write/,
    );
    expectClean(bot.stderr());
  });
});

describe('a port in use', () => {
  it('says which address and to set PORT, exit 78', async () => {
    const slack = await fake();
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const { port } = taken.address() as { port: number };
    try {
      const bot = run(http(slack.apiUrl, { PORT: String(port) }));
      expect((await bot.exited).code).toBe(78);
      expect(lines(bot.stderr())).toEqual([
        `smtpfix Slack bot: cannot listen on 127.0.0.1:${port} (EADDRINUSE): set PORT (and HOST) to a free port and address this process may bind.`,
      ]);
    } finally {
      taken.close();
    }
  });
});

describe('an unreachable Slack', () => {
  it('names the host, retries with back-off a bounded number of times, gives up with exit 69', async () => {
    const port = await closedPort();
    const t = performance.now();
    const bot = run(socket(`http://127.0.0.1:${port}/api/`, { SLACK_CONNECT_TIMEOUT: '4' }));
    const { code, at } = await bot.exited;
    expect(code).toBe(69);
    expect(at - t).toBeLessThan(8000);
    const out = lines(bot.stderr());
    // 1 s + 2 s of waiting fit in 4 s; the next 4 s wait would not: two retry lines, then the verdict.
    expect(out).toHaveLength(3);
    expect(out[0]).toContain(
      `Slack at 127.0.0.1:${port} is not answering (ECONNREFUSED); retrying reaching Slack in 1 s`,
    );
    expect(out[1]).toContain('retrying reaching Slack in 2 s');
    expect(out[2]).toMatch(
      new RegExp(
        `^smtpfix Slack bot: Gave up reaching Slack after \\d s and 3 attempts: Cannot reach Slack at 127.0.0.1:${port}`,
      ),
    );
    expectClean(bot.stderr());
  });
});

describe('Socket Mode losing Slack after it connected', () => {
  it('reconnects with back-off, then gives up with one line and exit 69', async () => {
    const slack = await fake({ socketMode: true });
    const bot = run(socket(slack.apiUrl, { SLACK_CONNECT_TIMEOUT: '2' }));
    await bot.waitFor(/connected in Socket Mode/);
    await slack.close(); // the socket drops and nothing listens any more
    const { code } = await bot.exited;
    expect(code).toBe(69);
    const out = lines(bot.stderr());
    expect(bot.stderr()).not.toMatch(/http request failed|Failed to retrieve a new WSS URL/);
    expect(out.filter((l) => l.includes('connection closed; reconnecting'))).toHaveLength(1);
    expect(
      out.filter((l) => l.includes('retrying opening the Socket Mode connection')).length,
    ).toBeLessThanOrEqual(2);
    expect(out.at(-1)).toMatch(
      /^smtpfix Slack bot: lost the Socket Mode connection and could not reopen it\. Gave up opening the Socket Mode connection after \d s and \d attempts: Cannot reach Slack at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
    );
    expectClean(bot.stderr());
  });
});

describe('one SIGTERM', () => {
  it('HTTP: stops at once and exits 0', async () => {
    const slack = await fake();
    const bot = run(http(slack.apiUrl));
    await bot.waitFor(/listening on http:\/\/127\.0\.0\.1:\d+/);
    const t = performance.now();
    bot.child.kill('SIGTERM');
    const { code, at } = await bot.exited;
    expect(code).toBe(0);
    expect(at - t).toBeLessThan(3000);
    expect(bot.stderr()).toContain('SIGTERM received, stopping');
    expectClean(bot.stderr());
  });

  it('HTTP with Slack hanging and an answer in flight: exits within the grace period', async () => {
    const slack = await fake();
    const bot = run(http(slack.apiUrl));
    await bot.waitFor(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
    const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(bot.stderr())?.[1];
    slack.setStalled(true);
    const res = await postSigned(`http://127.0.0.1:${port}`, {
      signingSecret: SECRET,
      body: {
        type: 'event_callback',
        team_id: 'T1',
        event_id: 'EvSig1',
        event: { type: 'app_mention', channel: 'C1', user: 'U1', ts: '1.000001', text: '<@UBOT> 535 5.7.8' },
      },
    });
    expect(res.status).toBe(200);
    await slack.waitFor('chat.postMessage');
    const t = performance.now();
    bot.child.kill('SIGTERM');
    const { code, at } = await bot.exited;
    expect(code).toBe(0);
    // 5 s of grace for the hanging reply, then out, not Bolt's 30 minutes of retries.
    expect(at - t).toBeGreaterThan(4000);
    expect(at - t).toBeLessThan(8000);
  });

  it('HTTP while still retrying an unreachable Slack: exits 0 at once', async () => {
    const port = await closedPort();
    const bot = run(http(`http://127.0.0.1:${port}/api/`));
    await bot.waitFor(/retrying reaching Slack/);
    const t = performance.now();
    bot.child.kill('SIGTERM');
    const { code, at } = await bot.exited;
    expect(code).toBe(0);
    expect(at - t).toBeLessThan(3000);
    expectClean(bot.stderr());
  });

  it('Socket Mode: closes the connection and exits 0', async () => {
    const slack = await fake({ socketMode: true });
    const bot = run(socket(slack.apiUrl, { PORT: '0' }));
    await bot.waitFor(/connected in Socket Mode \(health: http:\/\/127\.0\.0\.1:(\d+)\/healthz\)/);
    expect(slack.sockets()).toBe(1);
    const port = /health: http:\/\/127\.0\.0\.1:(\d+)/.exec(bot.stderr())?.[1];
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const t = performance.now();
    bot.child.kill('SIGTERM');
    const { code, at } = await bot.exited;
    expect(code).toBe(0);
    expect(at - t).toBeLessThan(3000);
    expect(slack.sockets()).toBe(0);
    expectClean(bot.stderr());
  });
});
