import { simTest as test } from '@smtpfix/test-utils';
import { expect } from 'vitest';
import { createSender } from './sender.js';
import { senderOptions } from './test/helpers.js';

test('probe: 150 recipients', async ({ sim, cleanup }) => {
  const sender = createSender(senderOptions(sim));
  cleanup(() => sender.close());
  const to = Array.from({ length: 150 }, (_, i) => `r${i}@example.org`);
  const r = await sender.send({ to, subject: 's', text: 'x' }).catch((e) => e);
  console.log(
    JSON.stringify({
      ok: !(r instanceof Error),
      accepted: r.accepted?.length,
      rejected: r.rejected?.length,
      code: r.code,
      msg: String(r.message).slice(0, 200),
      delivered: sim.stats.delivered,
      replies: sim.stats.replies,
    }),
  );
  expect(1).toBe(1);
});
