// The outbox must not turn a reply that only a fix clears into a delayed job that comes back
// forever: 421 4.7.29 (TLS required) fails the job at once, with the diagnosis kept in Redis.
import { type GmailSim, startGmailSim } from '@smtpfix/gmail-sim';
import { REDIS_SKIP_MESSAGE, redisAvailable, startRedis, type TestRedis } from '@smtpfix/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutbox, type Outbox } from './outbox.js';
import { ensureBuilt } from './test/build.js';

const USER = 'app@example.test';
const PASS = 'abcdefghijklmnop';
const canRun = redisAvailable();
if (!canRun) console.warn(REDIS_SKIP_MESSAGE);

describe.skipIf(!canRun)('the outbox and a fix-then-retry reply', () => {
  let redis: TestRedis;
  let sim: GmailSim;
  let outbox: Outbox | undefined;

  beforeAll(async () => {
    ensureBuilt();
    redis = await startRedis();
    sim = await startGmailSim({
      accounts: [{ user: USER, appPassword: PASS }],
      mailboxes: { replies: { 'bulk@example.org': '421-4.7.29-tls-required' } },
    });
  }, 120_000);

  afterAll(async () => {
    await outbox?.close().catch(() => undefined);
    await sim?.close();
    await redis?.close();
  });

  it('fails a 421-4.7.29 job on its first attempt with the diagnosis and what to fix; the next job is delivered', async () => {
    outbox = createOutbox({
      redis: redis.url,
      sender: {
        user: USER,
        auth: { type: 'password', pass: PASS },
        smtp: sim.smtp,
        idleTimeoutMs: 200,
        // A back-off would come back within milliseconds here: any resend would show in the counts.
        retry: { delayScale: 0.001, deadlineMs: 20_000 },
      },
      queue: { name: 'fix-then-retry' },
    });
    const retrying: unknown[] = [];
    const failed: string[] = [];
    outbox.on('retrying', (e) => retrying.push(e));
    outbox.on('failed', (e) => failed.push(e.id));
    const bad = await outbox.enqueue({ to: 'bulk@example.org', subject: 'tls', text: 'x' });
    const good = await outbox.enqueue({ to: 'ana@example.org', subject: 'ok', text: 'y' });
    outbox.work({ concurrency: 1 });

    const end = Date.now() + 15_000;
    while (Date.now() < end) {
      const s = await outbox.stats();
      if (s.failed === 1 && s.completed === 1) break;
      await new Promise((r) => setTimeout(r, 100));
    }

    const status = await outbox.status(bad.id);
    expect(status).toMatchObject({ state: 'failed', attemptsMade: 1 });
    expect(status?.failure?.code).toBe('SEND_REJECTED');
    expect(status?.failure?.diagnosis?.entry?.id).toBe('421-4.7.29-tls-required');
    expect(status?.failure?.diagnosis?.transient).toBe(false);
    expect(status?.failure?.message).toContain('First fix: Enable opportunistic TLS outbound.');
    expect(failed).toEqual([bad.id]);
    expect(retrying).toEqual([]);
    expect(sim.stats.replies['421-4.7.29-tls-required']).toBe(1);
    expect((await outbox.status(good.id))?.state).toBe('completed');
    expect(sim.stats.delivered).toBe(1);
  }, 30_000);
});
