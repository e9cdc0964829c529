// A fleet of real processes over real sockets, against gmail-sim and a real redis-server.
import { type GmailSim, startGmailSim } from '@smtpfix/gmail-sim';
import { REDIS_SKIP_MESSAGE, redisAvailable, startRedis, type TestRedis } from '@smtpfix/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisCoordinator } from './coordinator.js';
import { ensureBuilt } from './test/build.js';
import { type Child, killChildren, startChild } from './test/children.js';

const USER = 'app@example.test';
const PASS = 'abcdefghijklmnop';
const canRun = redisAvailable();
if (!canRun) console.warn(REDIS_SKIP_MESSAGE);

describe.skipIf(!canRun)('a fleet of processes sharing one account through Redis', () => {
  let redis: TestRedis;
  let sim: GmailSim | undefined;
  let n = 0;
  const prefix = () => `fleet${process.pid}-${++n}`;

  beforeAll(async () => {
    ensureBuilt();
    redis = await startRedis();
  }, 120_000);

  afterAll(async () => {
    await killChildren();
    await sim?.close();
    await redis?.close();
  });

  async function runFleet(
    args: Record<string, unknown>,
    processes: number,
  ): Promise<Record<string, unknown>[]> {
    const startAt = Date.now() + 800;
    const children: Child[] = [];
    for (let i = 0; i < processes; i++) {
      children.push(startChild('./fleet-sender.mjs', { ...args, tag: `p${i}`, startAt }));
    }
    return Promise.all(children.map((c) => c.waitFor((l) => l['done'] === true, 60_000)));
  }

  it('4 processes × maxConnections 5 under a cap of 10: never above 10 sessions, no 454, one token request', async () => {
    sim = await startGmailSim({
      accounts: [{ user: USER, appPassword: PASS }],
      limits: { sessionsPerAccount: 10 },
      latencyMs: { perCommand: 0, perMessage: 5 },
      tokenTtlS: 3600,
    });
    const auth = {
      type: 'oauth2',
      clientId: 'c',
      clientSecret: 's',
      refreshToken: sim.issueRefreshToken(USER),
      tokenUrl: sim.tokenUrl,
    };
    const results = await runFleet(
      {
        coordinator: 'redis',
        redisUrl: redis.url,
        prefix: prefix(),
        user: USER,
        auth,
        smtp: sim.smtp,
        maxConnections: 5,
        count: 150,
      },
      4,
    );
    const stats = sim.stats;
    expect(results.map((r) => r['sent'])).toEqual([150, 150, 150, 150]);
    expect(stats.peakSessions).toBeLessThanOrEqual(10);
    expect(stats.auth454).toBe(0);
    expect(stats.delivered).toBe(600);
    expect(stats.tokenRequests).toBe(1);
    await sim.close();
    sim = undefined;
  }, 60_000);

  it('a wrong app password is tried at most twice across 4 processes, and the account is not locked', async () => {
    sim = await startGmailSim({
      accounts: [{ user: USER, appPassword: PASS }],
      limits: { sessionsPerAccount: 10, failedLoginsBeforeLockout: 3 },
    });
    const results = await runFleet(
      {
        coordinator: 'redis',
        redisUrl: redis.url,
        prefix: prefix(),
        user: USER,
        auth: { type: 'password', pass: 'wrongwrongwrongw' },
        smtp: sim.smtp,
        maxConnections: 5,
        count: 5,
      },
      4,
    );
    for (const r of results) expect(r['errors']).toEqual({ CREDENTIALS_REJECTED: 5 });
    expect(sim.stats.authAttempts).toBeLessThanOrEqual(2);
    expect(sim.stats.lockouts).toBe(0);
    await sim.close();
    sim = undefined;
  }, 60_000);

  it('a process killed with SIGKILL while holding slots gives them back within the lease', async () => {
    const p = prefix();
    const account = 'killed@example.test';
    const holder = startChild('./fleet-sender.mjs', {
      mode: 'hold',
      coordinator: 'redis',
      redisUrl: redis.url,
      prefix: p,
      account,
      limit: 10,
      hold: 5,
      leaseTtlMs: 2_000,
    });
    await holder.waitFor((l) => l['held'] === 5);
    const mine = redisCoordinator({
      url: redis.url,
      prefix: p,
      leaseTtlMs: 2_000,
      slotPollMs: 20,
      probeFirstAuth: false,
    });
    try {
      const ctl = new AbortController();
      for (let i = 0; i < 5; i++) await mine.acquireSession(account, 10, ctl.signal);
      // Past the lease TTL the holder's renewals keep its slots: the fleet stays at the cap.
      await new Promise((r) => setTimeout(r, 2_500));
      expect(await mine.sessionsInUse(account)).toBe(10);
      const blocked = new AbortController();
      setTimeout(() => blocked.abort(new Error('still full')), 300);
      await expect(mine.acquireSession(account, 10, blocked.signal)).rejects.toThrow('still full');

      holder.proc.kill('SIGKILL');
      await holder.exited;
      const t0 = Date.now();
      for (let i = 0; i < 5; i++) await mine.acquireSession(account, 10, ctl.signal);
      const waited = Date.now() - t0;
      expect(waited).toBeLessThanOrEqual(2_000 + 500);
      expect(await mine.sessionsInUse(account)).toBe(10);
    } finally {
      await mine.close();
    }
  }, 30_000);
});
