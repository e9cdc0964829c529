// @smtpfix/sender against plain nodemailer, side by side, on the same Gmail-like sim:
// 10 concurrent sessions per account, 20 ms per message, so capacity is 500 messages/s.
// Run: node bench/run.mjs sender   (build first: `pnpm bench` does)
import { startGmailSim } from '@smtpfix/gmail-sim';
import { createSender, InProcessCoordinator } from '@smtpfix/sender';
import { fork } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';

const USER = 'app@example.test';
const APP_PASSWORD = 'abcdefghijklmnop';
const CLIENT = { clientId: 'bench-client.apps.googleusercontent.com', clientSecret: 'bench-secret' };
const CAP = 10;
const PER_MESSAGE_MS = 20;
const CAPACITY = (CAP * 1000) / PER_MESSAGE_MS;
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 600);
const SCENARIO_TIMEOUT_MS = 30_000;

const message = (i) => ({
  from: USER,
  to: `rcpt${i}@example.org`,
  subject: `bench ${i}`,
  text: `message ${i}`,
});

// The sim runs in a child process, as Gmail runs on another machine: its MIME parsing must not
// take CPU from the client under test (in one process both would be capped by one core).
async function simChild() {
  const sim = await startGmailSim({
    accounts: [{ user: USER, appPassword: APP_PASSWORD, password: 'account-pw', twoStep: true }],
    oauthClients: [CLIENT],
    limits: { sessionsPerAccount: CAP, messagesPerDay: 1_000_000, failedLoginsBeforeLockout: 3 },
    latencyMs: { perMessage: PER_MESSAGE_MS },
  });
  process.on('message', async ({ id, cmd }) => {
    let value;
    if (cmd === 'info') value = { smtp: sim.smtp, tokenUrl: sim.tokenUrl };
    else if (cmd === 'refreshToken') value = sim.issueRefreshToken(USER);
    else if (cmd === 'stats') value = { ...sim.stats, cpu: process.cpuUsage() };
    else if (cmd === 'close') {
      await sim.close();
      process.send({ id, value: null }, () => process.exit(0));
      return;
    }
    process.send({ id, value });
  });
  process.send({ ready: true });
}

async function withSim(fn) {
  const child = fork(fileURLToPath(import.meta.url), ['--sim-child'], { stdio: 'inherit' });
  const pending = new Map();
  let next = 0;
  await new Promise((resolve) => child.once('message', resolve));
  child.on('message', ({ id, value }) => {
    pending.get(id)?.(value);
    pending.delete(id);
  });
  const call = (cmd) =>
    new Promise((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      child.send({ id, cmd });
    });
  const info = await call('info');
  const sim = {
    smtp: info.smtp,
    tokenUrl: info.tokenUrl,
    refreshToken: () => call('refreshToken'),
    stats: () => call('stats'),
  };
  try {
    return await fn(sim);
  } finally {
    await call('close');
  }
}

const timeout = (ms) =>
  new Promise((resolve) => {
    const t = setTimeout(() => resolve('timeout'), ms);
    t.unref();
  });

/** Sends MESSAGES with `send(i)`, all at once, and measures what the sim saw. */
async function run(name, sim, send, close, lostCount) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const simCpu = (await sim.stats()).cpu;
  const all = Promise.allSettled(Array.from({ length: MESSAGES }, (_, i) => send(i)));
  const outcome = await Promise.race([all, timeout(SCENARIO_TIMEOUT_MS)]);
  const elapsed = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const results = outcome === 'timeout' ? [] : outcome;
  const ok = results.filter((r) => r.status === 'fulfilled').length;
  await Promise.race([close(), timeout(5000)]);
  const s = await sim.stats();
  return {
    scenario: name,
    delivered: s.delivered,
    'rate/s': Math.round(s.delivered / elapsed),
    '% capacity': `${Math.round((100 * s.delivered) / elapsed / CAPACITY)}%`,
    lost: lostCount ? lostCount() : MESSAGES - ok,
    'timed out': outcome === 'timeout',
    '454s': s.auth454,
    'AUTH attempts': s.authAttempts,
    lockouts: s.lockouts,
    connections: s.connections,
    'token requests': s.tokenRequests,
    'time s': elapsed.toFixed(2),
    'client CPU': `${Math.round((used.user + used.system) / 10_000 / elapsed)}%`,
    'sim CPU': `${Math.round((s.cpu.user + s.cpu.system - simCpu.user - simCpu.system) / 10_000 / elapsed)}%`,
  };
}

function nodemailerOAuth(sim, refreshToken) {
  return {
    type: 'OAuth2',
    user: USER,
    clientId: CLIENT.clientId,
    clientSecret: CLIENT.clientSecret,
    refreshToken,
    accessUrl: sim.tokenUrl,
  };
}

async function nodemailerPool(label, maxConnections) {
  return withSim(async (sim) => {
    const auth = nodemailerOAuth(sim, await sim.refreshToken());
    const t = nodemailer.createTransport({
      ...sim.smtp,
      pool: true,
      ...(maxConnections === undefined ? {} : { maxConnections }),
      auth,
    });
    return run(
      label,
      sim,
      (i) => t.sendMail(message(i)),
      async () => t.close(),
    );
  });
}

async function nodemailerPerMessage() {
  return withSim(async (sim) => {
    const auth = nodemailerOAuth(sim, await sim.refreshToken());
    const transports = [];
    return run(
      'nodemailer, one transport per message',
      sim,
      async (i) => {
        const t = nodemailer.createTransport({ ...sim.smtp, auth });
        transports.push(t);
        try {
          return await t.sendMail(message(i));
        } finally {
          t.close();
        }
      },
      async () => {
        for (const t of transports) t.close();
      },
    );
  });
}

async function smtpfix(
  label,
  maxConnections,
  authFor = async (sim) => ({
    type: 'oauth2',
    ...CLIENT,
    refreshToken: await sim.refreshToken(),
    tokenUrl: sim.tokenUrl,
  }),
) {
  return withSim(async (sim) => {
    const sender = createSender({
      user: USER,
      auth: await authFor(sim),
      smtp: { ...sim.smtp },
      maxConnections,
      // A private coordinator per scenario: no token or learned cap carries over from the last one.
      coordinator: new InProcessCoordinator(),
      closeTimeoutMs: 5000,
    });
    return run(
      label,
      sim,
      (i) => sender.send(message(i)),
      () => sender.close(),
    );
  });
}

async function nodemailerWrongPassword() {
  return withSim(async (sim) => {
    const t = nodemailer.createTransport({
      ...sim.smtp,
      pool: true,
      maxConnections: 10,
      auth: { user: USER, pass: 'wrong-password-xx' },
    });
    return run(
      'nodemailer pool of 10, wrong password',
      sim,
      (i) => t.sendMail(message(i)),
      async () => t.close(),
    );
  });
}

/**
 * The ceiling: what any client can get from this machine and sim. Ten raw sockets with prebuilt
 * bytes, no MIME, no retries, and the fewest round trips SMTP allows: each message's body goes in
 * one write with the next message's MAIL, RCPT and DATA (RFC 2920 allows the data to start a group).
 * That is one round trip per message, where nodemailer's pipelining needs two.
 */
async function minimalClient() {
  return withSim(async (sim) => {
    const login = Buffer.from(`\0${USER}\0${APP_PASSWORD}`).toString('base64');
    const envelope = (i) => `MAIL FROM:<${USER}>\r\nRCPT TO:<rcpt${i}@example.org>\r\nDATA\r\n`;
    const body = (i) =>
      `From: ${USER}\r\nTo: rcpt${i}@example.org\r\nSubject: bench ${i}\r\nMessage-ID: <min-${i}@bench.test>\r\n\r\nmessage ${i}\r\n.\r\n`;
    const open = async () => {
      const socket = connect(sim.smtp.port, sim.smtp.host);
      socket.setNoDelay(true);
      const waiting = [];
      let buffer = '';
      socket.on('data', (chunk) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
          const line = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (line[3] === ' ') waiting.shift()?.(line);
        }
      });
      const replies = (n) => Array.from({ length: n }, () => new Promise((r) => waiting.push(r)));
      const [greeting] = replies(1);
      await greeting;
      const [ehlo, auth] = replies(2);
      socket.write(`EHLO bench.test\r\nAUTH PLAIN ${login}\r\n`);
      await ehlo;
      if (!(await auth).startsWith('235')) throw new Error('minimal client: AUTH refused');
      return { socket, replies };
    };
    let next = 0;
    let sent = 0;
    let started = 0;
    const sessions = [];
    return run(
      'reference: minimal raw client, 1 round trip/message',
      sim,
      async () => {
        // run() calls this once per message; the first CAP calls each drive one session to the end.
        if (started >= CAP) return;
        started += 1;
        const s = await open();
        sessions.push(s);
        let i = next++;
        if (i >= MESSAGES) return;
        let envelopeReplies = s.replies(3);
        s.socket.write(envelope(i));
        for (;;) {
          for (const r of envelopeReplies) if (!(await r).match(/^(250|354)/)) throw new Error('refused');
          const j = next < MESSAGES ? next++ : -1;
          const [accepted] = s.replies(1);
          envelopeReplies = j >= 0 ? s.replies(3) : [];
          s.socket.write(body(i) + (j >= 0 ? envelope(j) : ''));
          if ((await accepted).startsWith('250')) sent += 1;
          if (j < 0) break;
          i = j;
        }
      },
      async () => {
        for (const s of sessions) s.socket.destroy();
      },
      () => MESSAGES - sent,
    );
  });
}

/** How long send() takes to accept a burst: the event loop is held for that long. */
async function enqueueBurst(count) {
  return withSim(async (sim) => {
    const sender = createSender({
      user: USER,
      auth: { type: 'password', pass: APP_PASSWORD },
      smtp: { ...sim.smtp },
      coordinator: new InProcessCoordinator(),
      closeTimeoutMs: 0,
    });
    const started = performance.now();
    const sends = Array.from({ length: count }, (_, i) => sender.send(message(i)).catch(() => undefined));
    const ms = performance.now() - started;
    await sender.close();
    await Promise.all(sends);
    return ms;
  });
}

async function main() {
  const rows = [];
  console.log(
    `sender vs nodemailer: ${MESSAGES} messages, cap ${CAP} sessions/account, ${PER_MESSAGE_MS} ms/message (capacity ${CAPACITY}/s)`,
  );
  // One unmeasured round of each client first: whichever scenario runs first in a cold process
  // would otherwise pay for loading and JIT-compiling nodemailer, and the order would decide.
  await smtpfix('warm-up', 10);
  await nodemailerPool('warm-up', 10);
  rows.push(await smtpfix('@smtpfix/sender, maxConnections 10 (OAuth2)', 10));
  rows.push(await smtpfix('@smtpfix/sender, maxConnections 15 (OAuth2)', 15));
  rows.push(await nodemailerPool('nodemailer default pool (5)', undefined));
  rows.push(await nodemailerPool('nodemailer pool of 10', 10));
  rows.push(await nodemailerPool('nodemailer pool of 15', 15));
  rows.push(await nodemailerPerMessage());
  rows.push(
    await smtpfix('@smtpfix/sender, wrong password', 10, () => ({
      type: 'password',
      pass: 'wrong-password-xx',
    })),
  );
  rows.push(await nodemailerWrongPassword());
  rows.push(await minimalClient());
  console.table(rows);

  const [at10, at15, , , , , wrong] = rows;
  const goals = [
    ['sender at the cap: >= 90% of capacity', Number.parseInt(at10['% capacity'], 10) >= 90],
    ['sender at the cap: zero 454s', at10['454s'] === 0],
    ['sender at the cap: one token request', at10['token requests'] === 1],
    ['sender maxConnections 15 vs cap 10: nothing lost', at15.lost === 0],
    ['sender maxConnections 15 vs cap 10: at most 5 454s', at15['454s'] <= 5],
    ['sender wrong password: at most 2 AUTH attempts', wrong['AUTH attempts'] <= 2],
    ['sender wrong password: no lockout', wrong.lockouts === 0],
  ];
  for (const [goal, met] of goals) console.log(`${met ? 'PASS' : 'FAIL'}  ${goal}`);
  const burst = 20_000;
  console.log(
    `send() of ${burst.toLocaleString('en')} messages at once returns in ${(await enqueueBurst(burst)).toFixed(0)} ms`,
  );
  const ceiling = rows.at(-1);
  console.log(
    `ceiling on this machine: a minimal raw client reaches ${ceiling['% capacity']} of capacity; the sender reaches ${Math.round((100 * at10['rate/s']) / ceiling['rate/s'])}% of that`,
  );
  process.exitCode = goals.every(([, met]) => met) ? 0 : 1;
}

if (process.argv[2] === '--sim-child') await simChild();
else await main();
