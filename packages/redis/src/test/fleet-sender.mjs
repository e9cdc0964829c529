// One replica of a service: a sender with the Redis (or in-process) coordinator that sends `count`
// messages, then prints its result as one JSON line. Args: one JSON object (see fleet.test.ts).
import { createSender } from '@smtpfix/sender';
import { redisCoordinator } from '@smtpfix/redis';

const a = JSON.parse(process.argv[2]);
const coordinator =
  a.coordinator === 'redis'
    ? redisCoordinator({
        url: a.redisUrl,
        prefix: a.prefix,
        leaseTtlMs: a.leaseTtlMs ?? 2_000,
        slotPollMs: a.slotPollMs ?? 20,
        probeFirstAuth: a.mode !== 'hold',
      })
    : undefined;

if (a.mode === 'hold') {
  // Takes `hold` slots and keeps them (renewing) until killed.
  const ctl = new AbortController();
  for (let i = 0; i < a.hold; i++) await coordinator.acquireSession(a.account, a.limit, ctl.signal);
  console.log(JSON.stringify({ held: a.hold }));
  setInterval(() => undefined, 1_000);
} else {
  const sender = createSender({
    user: a.user,
    auth: a.auth,
    smtp: a.smtp,
    maxConnections: a.maxConnections,
    idleTimeoutMs: a.idleTimeoutMs ?? 200,
    retry: { delayScale: a.delayScale ?? 0.001, deadlineMs: a.deadlineMs ?? 60_000 },
    ...(coordinator ? { coordinator } : {}),
  });
  // Start together, so the fleet contends for the slots the way replicas do.
  if (a.startAt) await new Promise((r) => setTimeout(r, Math.max(0, a.startAt - Date.now())));
  const t0 = Date.now();
  const results = await Promise.allSettled(
    Array.from({ length: a.count }, (_, i) =>
      sender.send({
        from: a.user,
        to: 'rcpt@example.org',
        subject: `m ${a.tag}-${i}`,
        text: 'hello',
        messageId: `<${a.tag}-${i}@example.test>`,
      }),
    ),
  );
  const ms = Date.now() - t0;
  const errors = {};
  for (const r of results)
    if (r.status === 'rejected')
      errors[r.reason?.code ?? 'UNKNOWN'] = (errors[r.reason?.code ?? 'UNKNOWN'] ?? 0) + 1;
  await sender.close();
  const stats = sender.stats();
  const cstats = coordinator?.stats();
  await coordinator?.close();
  console.log(
    JSON.stringify({
      done: true,
      ms,
      sent: results.filter((r) => r.status === 'fulfilled').length,
      errors,
      stats,
      roundTrips: cstats?.roundTrips ?? 0,
    }),
  );
  process.exit(0);
}
