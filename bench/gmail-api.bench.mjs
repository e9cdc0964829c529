// The same 600 messages sent both ways through one account, on the same Gmail-like sim:
// SMTP (XOAUTH2, pooled sessions) and the Gmail API (users.messages.send over HTTP), 10 sessions
// or 10 requests in flight, 20 ms per message on the server, so capacity is 500 messages/s either way.
// Two more rows put the API under quota pressure with 300 messages at Google's default per-user
// quota (6,000 units a minute = 60 sends), on a clock 30x faster than the wall clock in both the
// sim and the sender (a quota minute passes in 2 s, every wait still real): a sender told three
// times the quota must deliver everything, once, without a 429 spiral; a sender told the truth
// must meet no 429 at all.
// Run: node bench/run.mjs gmail-api   (build first: `pnpm bench` does)
import { createSender, InProcessCoordinator } from '@smtpfix/sender';
import { fileURLToPath } from 'node:url';
import * as harness from './sim-child.mjs';

const USER = harness.BENCH_USER;
const CLIENT = harness.BENCH_CLIENT;
const IN_FLIGHT = harness.BENCH_SESSIONS;
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 600);
const SCENARIO_TIMEOUT_MS = 60_000;
/** Quota of the pressure rows: Google's per-user default, 6,000 units (60 sends) a minute. */
const TIGHT_UNITS_PER_MINUTE = 6000;
const TIGHT_MESSAGES = Math.round(MESSAGES / 2);
/** How much faster than the wall clock the pressure rows run. */
const SPEED = 30;

/** A clock `speed` times faster than the wall clock from `epoch`, with real (shortened) timers. */
const fastClock = (epoch, speed) => ({
  now: () => epoch + (Date.now() - epoch) * speed,
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, Math.max(0, ms / speed));
    t.unref();
    return t;
  },
  clearTimeout: (t) => clearTimeout(t),
});

const message = (i) => ({
  from: USER,
  to: `rcpt${i}@example.org`,
  subject: `bench ${i}`,
  text: `message ${i}`,
});

/** The sim's options in the child: `units` a minute per user, on a clock `speed` times fast from `epoch`. */
const childSimOptions = (units, epoch, speed) => ({
  now: fastClock(epoch, speed).now,
  accounts: [{ user: USER }],
  oauthClients: [CLIENT],
  limits: { sessionsPerAccount: IN_FLIGHT, messagesPerDay: 1_000_000 },
  latencyMs: { perMessage: harness.PER_MESSAGE_MS },
  api: { unitsPerUserPerMinute: units === 'Infinity' ? Number.POSITIVE_INFINITY : Number(units) },
});

/** Runs `fn` against a fresh sim in a child process (the sim as Gmail runs, on another machine). */
const withSim = (units, clock, fn) =>
  harness.withSimChild(
    fileURLToPath(import.meta.url),
    [String(units), String(clock.epoch), String(clock.speed)],
    fn,
  );

async function scenario(label, units, extra, messages = MESSAGES, speed = 1) {
  const epoch = Date.now();
  const clock = fastClock(epoch, speed);
  return withSim(units, { epoch, speed }, async (sim) => {
    const sender = createSender({
      user: USER,
      auth: { type: 'oauth2', ...CLIENT, refreshToken: await sim.refreshToken(), tokenUrl: sim.tokenUrl },
      smtp: { ...sim.smtp },
      maxConnections: IN_FLIGHT,
      coordinator: new InProcessCoordinator(),
      retry: { deadlineMs: SCENARIO_TIMEOUT_MS * speed, maxAttempts: 50 },
      ...(speed === 1 ? {} : { clock }),
      ...extra(sim),
    });
    let throttled = 0;
    sender.on('throttled', () => {
      throttled += 1;
    });
    const started = performance.now();
    const quotaStart = clock.now();
    const cpu = process.cpuUsage();
    const simCpu = (await sim.stats()).cpu;
    const all = Promise.allSettled(Array.from({ length: messages }, (_, i) => sender.send(message(i))));
    const outcome = await Promise.race([all, harness.timeout(SCENARIO_TIMEOUT_MS)]);
    const elapsed = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const ok = outcome === 'timeout' ? 0 : outcome.filter((r) => r.status === 'fulfilled').length;
    await Promise.race([sender.close(), harness.timeout(5000)]);
    const s = await sim.stats();
    const st = sender.stats();
    return {
      scenario: label,
      delivered: s.delivered,
      'rate/s': Math.round(s.delivered / elapsed),
      '% capacity': `${Math.round((100 * s.delivered) / elapsed / harness.CAPACITY)}%`,
      messages,
      lost: messages - ok,
      duplicates: s.duplicates,
      '429s': Object.entries(s.apiErrors)
        .filter(([r]) => /rate/i.test(r))
        .reduce((n, [, c]) => n + c, 0),
      throttled,
      retried: st.retried,
      'AUTH / API requests': st.gmailApi ? st.gmailApi.requests : s.authAttempts,
      'token requests': s.tokenRequests,
      'time s': elapsed.toFixed(2),
      'quota minutes': speed === 1 ? '-' : ((clock.now() - quotaStart) / 60_000).toFixed(2),
      'client CPU': `${Math.round((used.user + used.system) / 10_000 / elapsed)}%`,
      'sim CPU': `${Math.round((s.cpu.user + s.cpu.system - simCpu.user - simCpu.system) / 10_000 / elapsed)}%`,
    };
  });
}

if (process.argv[2] === harness.SIM_CHILD) {
  await harness.serveSim(
    childSimOptions(process.argv[3], Number(process.argv[4]), Number(process.argv[5])),
    USER,
  );
} else {
  const rows = [];
  rows.push(await scenario('SMTP (XOAUTH2), 10 sessions', 'Infinity', () => ({})));
  rows.push(
    await scenario('Gmail API, 10 in flight, quota not binding', 'Infinity', (sim) => ({
      transport: 'gmail-api',
      gmailApi: { rootUrl: sim.apiUrl, unitsPerMinute: 100_000_000 },
    })),
  );
  rows.push(
    await scenario(
      'Gmail API, quota 6,000 units/min, sender told 18,000',
      TIGHT_UNITS_PER_MINUTE,
      (sim) => ({
        transport: 'gmail-api',
        gmailApi: { rootUrl: sim.apiUrl, unitsPerMinute: 3 * TIGHT_UNITS_PER_MINUTE },
      }),
      TIGHT_MESSAGES,
      SPEED,
    ),
  );
  rows.push(
    await scenario(
      'Gmail API, quota 6,000 units/min, sender told 6,000',
      TIGHT_UNITS_PER_MINUTE,
      (sim) => ({
        transport: 'gmail-api',
        gmailApi: { rootUrl: sim.apiUrl, unitsPerMinute: TIGHT_UNITS_PER_MINUTE },
      }),
      TIGHT_MESSAGES,
      SPEED,
    ),
  );
  console.log(
    `${MESSAGES} messages in the first two rows, capacity ${harness.CAPACITY}/s. Quota rows: ${TIGHT_MESSAGES} sends x 100 units against 6,000 units a minute need at least ${((TIGHT_MESSAGES * 100 - 1000) / (0.95 * 6000 - 1000)).toFixed(2)} quota minutes with the told-the-truth bucket (1,000 at once, then 95% less that), on a ${SPEED}x clock.`,
  );
  console.table(rows);
}
