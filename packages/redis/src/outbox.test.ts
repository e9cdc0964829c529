// The durable outbox: worker processes over real sockets, one killed with SIGKILL mid-run.
import { type GmailSim, startGmailSim } from '@smtpfix/gmail-sim';
import { REDIS_SKIP_MESSAGE, redisAvailable, startRedis, type TestRedis } from '@smtpfix/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutbox, type Outbox } from './outbox.js';
import { ensureBuilt } from './test/build.js';
import { killChildren, startChild } from './test/children.js';

const USER = 'app@example.test';
const PASS = 'abcdefghijklmnop';
const canRun = redisAvailable();
if (!canRun) console.warn(REDIS_SKIP_MESSAGE);

const until = async (check: () => Promise<boolean>, timeoutMs: number) => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`condition not met in ${timeoutMs} ms`);
};

describe.skipIf(!canRun)('the outbox on BullMQ', () => {
  let redis: TestRedis;
  let sim: GmailSim;
  const outboxes: Outbox[] = [];

  beforeAll(async () => {
    ensureBuilt();
    redis = await startRedis();
    sim = await startGmailSim({
      accounts: [{ user: USER, appPassword: PASS }],
      limits: { sessionsPerAccount: 10 },
      mailboxes: { unknown: ['nobody@example.org'] },
      latencyMs: { perCommand: 0, perMessage: 2 },
    });
  }, 120_000);

  afterAll(async () => {
    await killChildren();
    await Promise.all(outboxes.map((o) => o.close().catch(() => undefined)));
    await sim?.close();
    await redis?.close();
  });

  const senderOptions = () => ({
    user: USER,
    auth: { type: 'password' as const, pass: PASS },
    smtp: sim.smtp,
    maxConnections: 5,
    idleTimeoutMs: 200,
    retry: { delayScale: 0.001, deadlineMs: 20_000 },
  });

  it('enqueuing the same Message-ID twice makes one job; a permanent failure keeps its Diagnosis; a transient one is retried', async () => {
    sim.reset();
    const outbox = createOutbox({ redis: redis.url, sender: senderOptions(), queue: { name: 'unit' } });
    outboxes.push(outbox);
    const a = await outbox.enqueue({
      to: 'ana@example.org',
      subject: 'a',
      text: 'a',
      messageId: '<same@example.test>',
    });
    const b = await outbox.enqueue({
      to: 'ana@example.org',
      subject: 'a',
      text: 'a',
      messageId: '<same@example.test>',
    });
    expect(b.id).toBe(a.id);
    const bad = await outbox.enqueue({ to: 'nobody@example.org', subject: 'b', text: 'b' });
    sim.injectFault('transient', { times: 1 });
    const retried = await outbox.enqueue({ to: 'bob@example.org', subject: 'c', text: 'c' });
    const failed: string[] = [];
    outbox.on('failed', (e) => failed.push(e.id));
    outbox.work({ concurrency: 2 });
    await until(
      async () => (await outbox.stats()).completed === 2 && (await outbox.stats()).failed === 1,
      20_000,
    );
    const status = await outbox.status(bad.id);
    expect(status?.state).toBe('failed');
    expect(status?.failure?.code).toBe('SEND_REJECTED');
    expect(status?.failure?.diagnosis?.entry?.id).toMatch(/^550-5\.1\.1/);
    expect(failed).toEqual([bad.id]);
    expect((await outbox.status(retried.id))?.state).toBe('completed');
    expect(sim.messages.filter((m) => m.messageId?.includes('same@example.test'))).toHaveLength(1);
    await expect(
      outbox.enqueue({ to: 'x@example.org', attachments: [{ content: Buffer.from('x') }] }),
    ).rejects.toMatchObject({
      code: 'INVALID_MESSAGE',
    });
  }, 30_000);

  it('a message that reached some recipients before it failed is retried only to the others', async () => {
    // slow@ draws a 451 at DATA every time: the sender's own retries run out, the outbox retries the
    // job, and a@ and b@ (the first transaction) never get it twice.
    const slowSim = await startGmailSim({
      accounts: [{ user: USER, appPassword: PASS }],
      mailboxes: { replies: { 'slow@example.org': '451-4.3.0-temporarily-rejected' } },
    });
    try {
      const outbox = createOutbox({
        redis: redis.url,
        sender: {
          ...senderOptions(),
          smtp: slowSim.smtp,
          maxRecipientsPerMessage: 2,
          retry: { delayScale: 0.001, deadlineMs: 300 },
        },
        queue: { name: 'partial', deadlineMs: 3_000 },
      });
      outboxes.push(outbox);
      const { id } = await outbox.enqueue({
        to: ['a@example.org', 'b@example.org', 'slow@example.org', 'c@example.org'],
        subject: 'p',
        text: 'p',
      });
      let outboxRetries = 0;
      outbox.on('retrying', () => {
        outboxRetries += 1;
      });
      outbox.work({ concurrency: 1 });
      await until(async () => (await outbox.status(id))?.state === 'failed', 20_000);
      const status = await outbox.status(id);
      expect(status?.failure?.code).toBe('RETRY_EXHAUSTED');
      expect(status?.failure?.accepted).toEqual(['a@example.org', 'b@example.org']);
      expect(status?.failure?.diagnosis?.entry?.id).toBe('451-4.3.0-temporarily-rejected');
      // More than one outbox attempt ran, and none of them sent to a@ or b@ again.
      expect(outboxRetries).toBeGreaterThan(0);
      expect(slowSim.messages.map((m) => m.envelope.rcptTo)).toEqual([['a@example.org', 'b@example.org']]);
    } finally {
      await slowSim.close();
    }
  }, 30_000);

  it('a worker SIGKILLed between two transactions of a message: the recovered job skips those already reached', async () => {
    // Each transaction takes 2 s at the sim: the worker is killed while the second is in flight, well
    // after the first was answered. The second may then land at the sim (as any message a dead
    // worker had sent), but a@ and b@ had theirs before the kill and must not get it again.
    const slowSim = await startGmailSim({
      accounts: [{ user: USER, appPassword: PASS }],
      latencyMs: { perCommand: 0, perMessage: 2_000 },
    });
    try {
      const sender = { ...senderOptions(), smtp: slowSim.smtp, maxRecipientsPerMessage: 2 };
      const queue = { name: 'crash-between', lockDurationMs: 1_000, stalledIntervalMs: 500 };
      const coordinator = { leaseTtlMs: 1_000, slotPollMs: 20 };
      const producer = createOutbox({ redis: redis.url, sender, queue, coordinator });
      outboxes.push(producer);
      const to = ['a@example.org', 'b@example.org', 'c@example.org', 'd@example.org'];
      const { id } = await producer.enqueue({ to, subject: 'k', text: 'k' });
      const child = startChild('./outbox-worker.mjs', {
        redisUrl: redis.url,
        sender,
        queue,
        coordinator,
        concurrency: 1,
      });
      await until(async () => slowSim.messages.length === 1, 20_000);
      await new Promise((r) => setTimeout(r, 300));
      child.proc.kill('SIGKILL');
      await child.exited;
      const recovered: string[] = [];
      producer.on('recovered', (e) => recovered.push(e.id));
      producer.work({ concurrency: 1 });
      await until(async () => (await producer.status(id))?.state === 'completed', 30_000);
      expect(recovered).toEqual([id]);
      const carried = slowSim.messages.map((m) => m.envelope.rcptTo);
      expect(carried[0]).toEqual(['a@example.org', 'b@example.org']);
      for (const r of ['a@example.org', 'b@example.org']) {
        expect(carried.filter((rcpts) => rcpts.includes(r))).toHaveLength(1);
      }
      expect(new Set(carried.flat())).toEqual(new Set(to));
    } finally {
      await slowSim.close();
    }
  }, 60_000);

  it('1,000 messages, 3 worker processes, one SIGKILLed mid-run: all delivered, duplicates only for recovered jobs', async () => {
    sim.reset();
    const queue = { name: 'fleet', lockDurationMs: 2_000, stalledIntervalMs: 1_000 };
    const coordinator = { leaseTtlMs: 2_000, slotPollMs: 20 };
    const producer = createOutbox({ redis: redis.url, sender: senderOptions(), queue, coordinator });
    outboxes.push(producer);
    const ids = new Set<string>();
    for (let i = 0; i < 1_000; i++) {
      const { id } = await producer.enqueue({
        to: 'ana@example.org',
        subject: `n${i}`,
        text: 'hi',
        messageId: `<n${i}@example.test>`,
      });
      ids.add(id);
    }
    const args = {
      redisUrl: redis.url,
      sender: senderOptions(),
      queue,
      coordinator,
      concurrency: 5,
      every: 20,
    };
    const workers = [0, 1, 2].map(() => startChild('./outbox-worker.mjs', args));
    await Promise.all(workers.map((w) => w.waitFor((l) => l['ready'] === true)));
    // Kill the first worker that is busy sending: it holds active jobs and session slots. (Which
    // worker wins the slots first is up to the scheduler, so the test does not pick one in advance.)
    const busy = await Promise.race(
      workers.map((w) => w.waitFor((l) => Number(l['delivered']) >= 40, 45_000).then(() => w)),
    );
    busy.proc.kill('SIGKILL');
    const survivors = workers.filter((w) => w !== busy);
    await until(async () => (await producer.stats()).completed === 1_000, 60_000);
    const stats = await producer.stats();
    expect(stats.failed).toBe(0);
    const delivered = new Set(sim.messages.map((m) => m.messageId));
    expect(delivered.size).toBe(1_000);
    // A duplicate is a message whose first DATA was accepted by the killed worker: each is a recovered job.
    expect(sim.stats.duplicates).toBeLessThanOrEqual(stats.recovered);
    expect(sim.stats.peakSessions).toBeLessThanOrEqual(10);
    for (const w of survivors) w.proc.kill('SIGTERM');
    await Promise.all(survivors.map((w) => w.exited));
  }, 120_000);
});
