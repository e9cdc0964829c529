// @smtpfix/sender against plain nodemailer, side by side, on the same Gmail-like sim:
// 10 concurrent sessions per account, 20 ms per message, so capacity is 500 messages/s.
// Run: node bench/run.mjs sender   (build first: `pnpm bench` does)
import { createSender, InProcessCoordinator } from '@smtpfix/sender';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';
import * as harness from './sim-child.mjs';

const USER = harness.BENCH_USER;
const APP_PASSWORD = 'abcdefghijklmnop';
const CLIENT = harness.BENCH_CLIENT;
const CAP = harness.BENCH_SESSIONS;
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 600);
const SCENARIO_TIMEOUT_MS = 30_000;

const message = (i) => ({
  from: USER,
  to: `rcpt${i}@example.org`,
  subject: `bench ${i}`,
  text: `message ${i}`,
});

/** The sim's options in the child: the bench's, with what `extra` (JSON, from the parent) adds. */
function childSimOptions(extra) {
  return {
    accounts: [{ user: USER, appPassword: APP_PASSWORD, password: 'account-pw', twoStep: true }],
    oauthClients: [CLIENT],
    ...extra,
    limits: {
      sessionsPerAccount: CAP,
      messagesPerDay: 1_000_000,
      failedLoginsBeforeLockout: 3,
      ...extra.limits,
    },
    latencyMs: { perMessage: harness.PER_MESSAGE_MS, ...extra.latencyMs },
  };
}

/** Runs `fn` against a fresh sim in a child process; `extra` adds to the bench's sim options. */
const withSim = (fn, extra = {}) =>
  harness.withSimChild(fileURLToPath(import.meta.url), [JSON.stringify(extra)], fn);

/**
 * Sends `messages` with `send(i)`, all at once, and measures what the sim saw against
 * `capacity` (messages/s the sim allows).
 */
async function run(
  name,
  sim,
  send,
  close,
  lostCount,
  { messages = MESSAGES, capacity = harness.CAPACITY } = {},
) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const simCpu = (await sim.stats()).cpu;
  const all = Promise.allSettled(Array.from({ length: messages }, (_, i) => send(i)));
  const outcome = await Promise.race([all, harness.timeout(SCENARIO_TIMEOUT_MS)]);
  const elapsed = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const results = outcome === 'timeout' ? [] : outcome;
  const ok = results.filter((r) => r.status === 'fulfilled').length;
  await Promise.race([close(), harness.timeout(5000)]);
  const s = await sim.stats();
  return {
    scenario: name,
    delivered: s.delivered,
    'rate/s': Math.round(s.delivered / elapsed),
    '% capacity': `${Math.round((100 * s.delivered) / elapsed / capacity)}%`,
    lost: lostCount ? lostCount() : messages - ok,
    duplicates: s.duplicates,
    '421s': Object.entries(s.replies)
      .filter(([id]) => id.startsWith('421'))
      .reduce((n, [, c]) => n + c, 0),
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

async function nodemailerPool(label, maxConnections, simOptions, runOptions = {}) {
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
      undefined,
      runOptions,
    );
  }, simOptions);
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

const oauth2 = async (sim) => ({
  type: 'oauth2',
  ...CLIENT,
  refreshToken: await sim.refreshToken(),
  tokenUrl: sim.tokenUrl,
});

async function smtpfix(label, maxConnections, authFor = oauth2, simOptions = {}, runOptions = {}) {
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
      undefined,
      runOptions,
    );
  }, simOptions);
}

/**
 * Gmail's session lifecycle (issue #13): every session recycled after 1 s with a 421 at the next
 * MAIL FROM, 2-second access tokens, 300 messages at 200 ms each (capacity 50/s, ~6 s of work).
 */
const RECYCLING = { limits: { maxSessionMs: 1000 }, latencyMs: { perMessage: 200 }, tokenTtlS: 2 };
const recycling = () =>
  smtpfix('@smtpfix/sender, sessions recycled every 1 s, 2 s tokens', CAP, oauth2, RECYCLING, {
    messages: 300,
    capacity: (CAP * 1000) / 200,
  });
const nodemailerRecycling = () =>
  nodemailerPool('nodemailer pool of 10, sessions recycled every 1 s, 2 s tokens', CAP, RECYCLING, {
    messages: 300,
    capacity: (CAP * 1000) / 200,
  });

/**
 * A revoked refresh token used by a second sender of the account, in the same process as a good
 * one (same coordinator): it must not AUTH at all, let alone with the good sender's token.
 */
async function revokedAfterGood() {
  return withSim(async (sim) => {
    const coordinator = new InProcessCoordinator();
    const options = async (refreshToken) => ({
      user: USER,
      auth: { type: 'oauth2', ...CLIENT, refreshToken, tokenUrl: sim.tokenUrl },
      smtp: { ...sim.smtp },
      coordinator,
      closeTimeoutMs: 5000,
    });
    const good = createSender(await options(await sim.refreshToken()));
    await good.send(message(0));
    const revoked = await sim.refreshToken();
    await sim.revoke(revoked);
    const bad = createSender(await options(revoked));
    const before = await sim.stats();
    const row = await run(
      '@smtpfix/sender, revoked refresh token after a good sender',
      sim,
      (i) => bad.send(message(i)),
      async () => {
        await bad.close();
        await good.close();
      },
    );
    row.delivered -= before.delivered;
    row['AUTH attempts'] -= before.authAttempts;
    row['token requests'] -= before.tokenRequests;
    row.connections -= before.connections;
    return row;
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
async function minimalClient(simOptions) {
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
  }, simOptions);
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
    `sender vs nodemailer: ${MESSAGES} messages, cap ${CAP} sessions/account, ${harness.PER_MESSAGE_MS} ms/message (capacity ${harness.CAPACITY}/s)`,
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

  // The same three at the cap, with a simulated network round trip (Gmail is never on loopback).
  const rtt = [];
  const atCap = [[0, rows[0], rows[3], rows.at(-1)]];
  for (const ms of [5, 20]) {
    const simOptions = { latencyMs: { perReply: ms } };
    const row = [
      ms,
      await smtpfix(`@smtpfix/sender, maxConnections 10, round trip ${ms} ms`, 10, oauth2, simOptions),
      await nodemailerPool(`nodemailer pool of 10, round trip ${ms} ms`, 10, simOptions),
      await minimalClient(simOptions),
    ];
    row[3].scenario = `minimal raw client, round trip ${ms} ms`;
    rtt.push(...row.slice(1));
    atCap.push(row);
  }
  console.table(rtt);
  const lifecycle = [await recycling(), await nodemailerRecycling(), await revokedAfterGood()];
  console.table(lifecycle);

  const [at10, at15, , , , , wrong] = rows;
  const [recycled, , revoked] = lifecycle;
  const goals = [
    ['sender at the cap: >= 90% of capacity', Number.parseInt(at10['% capacity'], 10) >= 90],
    ['sender at the cap: zero 454s', at10['454s'] === 0],
    ['sender at the cap: one token request', at10['token requests'] === 1],
    ['sender maxConnections 15 vs cap 10: nothing lost', at15.lost === 0],
    ['sender maxConnections 15 vs cap 10: at most 5 454s', at15['454s'] <= 5],
    ['sender wrong password: at most 2 AUTH attempts', wrong['AUTH attempts'] <= 2],
    ['sender wrong password: no lockout', wrong.lockouts === 0],
    ...atCap.flatMap(([ms, sender, pool, raw]) => [
      [
        `round trip ${ms} ms: sender >= nodemailer pool of 10 (${sender['rate/s']} vs ${pool['rate/s']}/s)`,
        sender['rate/s'] >= pool['rate/s'],
      ],
      [
        `round trip ${ms} ms: sender >= 95% of the raw client (${Math.round((100 * sender['rate/s']) / raw['rate/s'])}%)`,
        sender['rate/s'] >= 0.95 * raw['rate/s'],
      ],
    ]),
    ['recycling: nothing lost, no duplicates', recycled.lost === 0 && recycled.duplicates === 0],
    ['recycling: >= 70% of capacity', Number.parseInt(recycled['% capacity'], 10) >= 70],
    [
      'recycling: at most one token request per 2 s token lifetime, +1',
      recycled['token requests'] <= Math.ceil(Number(recycled['time s']) / 2) + 1,
    ],
    [
      'revoked credential after a good sender: zero AUTH, zero connections',
      revoked['AUTH attempts'] === 0 && revoked.connections === 0,
    ],
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

if (process.argv[2] === harness.SIM_CHILD)
  await harness.serveSim(childSimOptions(JSON.parse(process.argv[3] ?? '{}')), USER);
else await main();
