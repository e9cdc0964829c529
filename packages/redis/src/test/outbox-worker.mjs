// One outbox worker process: runs `outbox.work()` and prints a line per delivered job, until
// SIGTERM (then closes) or SIGKILL. Args: one JSON object (see outbox.test.ts).
import { createOutbox } from '@smtpfix/redis';

const a = JSON.parse(process.argv[2]);
const outbox = createOutbox({
  redis: a.redisUrl,
  sender: a.sender,
  queue: a.queue,
  coordinator: a.coordinator,
});
let delivered = 0;
outbox.on('delivered', () => {
  delivered += 1;
  if (delivered % (a.every ?? 25) === 0) console.log(JSON.stringify({ delivered }));
});
outbox.on('recovered', (e) => console.log(JSON.stringify({ recovered: e.id })));
outbox.work({ concurrency: a.concurrency });
console.log(JSON.stringify({ ready: true }));
process.on('SIGTERM', async () => {
  await outbox.close();
  console.log(JSON.stringify({ closed: true, delivered }));
  process.exit(0);
});
