// A fleet of 4 processes × 5 connections sending as one account whose cap is 10 sessions, on the
// Gmail-like sim at 20 ms per message (capacity 500 messages/s), three ways side by side: each
// process with its own in-process coordinator, the Redis coordinator, and the outbox with 4 workers.
// Run: node bench/run.mjs redis   (after a build: `pnpm bench` does it). Starts its own redis-server
// (or uses REDIS_URL).
import { spawn, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startGmailSim } from '@smtpfix/gmail-sim';
import { createOutbox, redisCoordinator } from '@smtpfix/redis';
import { createSender } from '@smtpfix/sender';
import { Redis } from 'ioredis';

const USER = 'app@example.test';
const CAP = 10;
const PER_MESSAGE_MS = 20;
const CAPACITY = (CAP * 1000) / PER_MESSAGE_MS;
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 2_000);
const PROCESSES = 4;
const SCENARIO_TIMEOUT_MS = 45_000;
const CONNECTIONS = 5;
const SENDER = {
  maxConnections: CONNECTIONS,
  idleTimeoutMs: 200,
  closeTimeoutMs: 1_000,
  retry: { deadlineMs: 30_000 },
};
const self = fileURLToPath(import.meta.url);

// ---- children -----------------------------------------------------------------------------

async function senderChild(a) {
  const coordinator = a.redis
    ? redisCoordinator({ url: a.redisUrl, prefix: a.prefix, sessionsPerAccount: CAP })
    : undefined;
  const sender = createSender({
    user: USER,
    auth: a.auth,
    smtp: a.smtp,
    ...SENDER,
    ...(coordinator ? { coordinator } : {}),
  });
  // Node's start-up (seconds for four processes on two cores) is not part of what is measured:
  // every process says it is ready, then all start at the same moment.
  process.send({ ready: true });
  const { startAt } = await new Promise((r) => process.once('message', r));
  await new Promise((r) => setTimeout(r, Math.max(0, startAt - Date.now())));
  const results = await Promise.allSettled(
    Array.from({ length: a.count }, (_, i) =>
      sender.send({
        to: `rcpt${i}@example.org`,
        subject: `b ${a.tag}-${i}`,
        text: 'hi',
        messageId: `<${a.tag}-${i}@bench.test>`,
      }),
    ),
  );
  const end = Date.now();
  await sender.close();
  const roundTrips = coordinator?.stats().roundTrips ?? 0;
  await coordinator?.close();
  process.send({ end, sent: results.filter((r) => r.status === 'fulfilled').length, roundTrips }, () =>
    process.exit(0),
  );
}

function workerChild(a) {
  const outbox = createOutbox({
    redis: a.redisUrl,
    sender: { user: USER, auth: a.auth, smtp: a.smtp, ...SENDER },
    queue: a.queue,
  });
  outbox.work({ concurrency: CONNECTIONS });
  process.send({ ready: true });
  process.on('message', async () => {
    const roundTrips = outbox.coordinator?.stats().roundTrips ?? 0;
    await outbox.close();
    process.send({ roundTrips }, () => process.exit(0));
  });
}

// ---- redis-server -------------------------------------------------------------------------

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function startRedis() {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, close: async () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'smtpfix-bench-redis-'));
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve, reject) => {
    let out = '';
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`redis-server exited ${code}: is it installed? (or set REDIS_URL)`)),
    );
    child.stdout.on('data', (c) => {
      out += c;
      if (out.includes('Ready to accept connections')) resolve();
    });
  });
  child.stdout.resume();
  return {
    url: `redis://127.0.0.1:${port}`,
    close: async () => {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function commandCalls(client) {
  const info = await client.info('commandstats');
  let calls = 0;
  for (const m of info.matchAll(/calls=(\d+)/g)) calls += Number(m[1]);
  return calls;
}

// ---- scenarios ----------------------------------------------------------------------------

async function newSim() {
  const sim = await startGmailSim({
    accounts: [{ user: USER, appPassword: 'abcdefghijklmnop' }],
    limits: { sessionsPerAccount: CAP, messagesPerDay: 1_000_000, failedLoginsBeforeLockout: 3 },
    latencyMs: { perMessage: PER_MESSAGE_MS },
  });
  const auth = {
    type: 'oauth2',
    clientId: 'bench',
    clientSecret: 'bench',
    refreshToken: sim.issueRefreshToken(USER),
    tokenUrl: sim.tokenUrl,
  };
  return { sim, auth };
}

const live = new Set();
function child(role, args) {
  const p = fork(self, [role, JSON.stringify(args)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  live.add(p);
  p.once('exit', () => live.delete(p));
  return p;
}
const once = (p) => new Promise((resolve) => p.once('message', resolve));

async function fleet(redis, admin, useRedis) {
  const { sim, auth } = await newSim();
  const before = await commandCalls(admin);
  const per = MESSAGES / PROCESSES;
  const prefix = `bench${Date.now()}`;
  const kids = Array.from({ length: PROCESSES }, (_, i) =>
    child('sender', {
      redis: useRedis,
      redisUrl: redis.url,
      prefix,
      auth,
      smtp: sim.smtp,
      count: per,
      tag: `p${i}`,
    }),
  );
  await Promise.all(kids.map(once));
  const startAt = Date.now() + 50;
  for (const k of kids) k.send({ startAt });
  // A fleet that has not finished in time is stopped: what the sim did not get by then is lost.
  const timedOut = new Promise((r) => setTimeout(() => r(undefined), SCENARIO_TIMEOUT_MS).unref());
  let results = await Promise.race([Promise.all(kids.map(once)), timedOut]);
  if (!results) {
    for (const k of kids) k.kill('SIGKILL');
    results = [{ end: startAt + SCENARIO_TIMEOUT_MS, roundTrips: 0 }];
  }
  if (process.env.BENCH_DEBUG) console.log(results);
  const seconds = (Math.max(...results.map((r) => r.end)) - startAt) / 1000;
  const row = summarize(
    sim,
    seconds,
    useRedis ? (await commandCalls(admin)) - before : 0,
    results.reduce((s, r) => s + r.roundTrips, 0),
  );
  await sim.close();
  return row;
}

async function outbox(redis, admin) {
  const { sim, auth } = await newSim();
  const queue = { name: `bench${Date.now()}` };
  const producer = createOutbox({
    redis: redis.url,
    sender: { user: USER, auth, smtp: sim.smtp, ...SENDER },
    queue,
  });
  for (let i = 0; i < MESSAGES; i += 100) {
    await Promise.all(
      Array.from({ length: 100 }, (_, j) =>
        producer.enqueue({
          to: 'r@example.org',
          subject: `o${i + j}`,
          text: 'hi',
          messageId: `<o${i + j}@bench.test>`,
        }),
      ),
    );
  }
  const before = await commandCalls(admin);
  const t0 = Date.now();
  const kids = Array.from({ length: PROCESSES }, () =>
    child('worker', { redisUrl: redis.url, auth, smtp: sim.smtp, queue }),
  );
  await Promise.all(kids.map(once));
  const deadline = Date.now() + SCENARIO_TIMEOUT_MS;
  while (
    (await producer.stats()).completed + (await producer.stats()).failed < MESSAGES &&
    Date.now() < deadline
  ) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const seconds = (Date.now() - t0) / 1000;
  const calls = (await commandCalls(admin)) - before;
  const done = Promise.all(kids.map(once));
  for (const k of kids) k.send('close');
  const roundTrips = (await done).reduce((s, r) => s + r.roundTrips, 0);
  await producer.close();
  const row = summarize(sim, seconds, calls, roundTrips);
  await sim.close();
  return row;
}

function summarize(sim, seconds, calls, roundTrips) {
  const s = sim.stats;
  const unique = new Set(sim.messages.map((m) => m.messageId)).size;
  return {
    'share of capacity': `${Math.round((100 * unique) / seconds / CAPACITY)}%`,
    seconds: Number(seconds.toFixed(1)),
    delivered: unique,
    lost: MESSAGES - unique,
    duplicates: s.duplicates,
    '454s': s.auth454,
    'AUTH attempts': s.authAttempts,
    'token requests': s.tokenRequests,
    'peak sessions': s.peakSessions,
    'Redis cmds/msg (server)': calls ? Number((calls / Math.max(1, unique)).toFixed(2)) : '-',
    'coordinator round trips/msg': roundTrips ? Number((roundTrips / Math.max(1, unique)).toFixed(2)) : '-',
  };
}

async function main() {
  const redis = await startRedis();
  const admin = new Redis(redis.url);
  try {
    console.log(
      `${PROCESSES} processes × ${CONNECTIONS} connections, one account capped at ${CAP} sessions, ${PER_MESSAGE_MS} ms/message (capacity ${CAPACITY} msg/s), ${MESSAGES} messages`,
    );
    const rows = {};
    rows['in-process coordinator (each process alone)'] = await fleet(redis, admin, false);
    rows['redisCoordinator'] = await fleet(redis, admin, true);
    rows['outbox, 4 worker processes'] = await outbox(redis, admin);
    console.table(rows);
  } finally {
    for (const p of live) p.kill('SIGKILL');
    await admin.quit();
    await redis.close();
  }
}

const [role, json] = process.argv.slice(2);
if (role === 'sender') await senderChild(JSON.parse(json));
else if (role === 'worker') workerChild(JSON.parse(json));
else await main();
