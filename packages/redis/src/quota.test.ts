// The Gmail API's quota units shared by a fleet: two coordinators stand in for two processes.
import { startGmailSim } from '@smtpfix/gmail-sim';
import { createSender, InProcessCoordinator, type SenderOptions } from '@smtpfix/sender';
import { REDIS_SKIP_MESSAGE, redisAvailable } from '@smtpfix/test-utils';
import { describe, expect, it } from 'vitest';
import { redisCoordinators } from './test/coordinators.js';

const canRun = redisAvailable();
if (!canRun) console.warn(REDIS_SKIP_MESSAGE);
const USER = 'app@example.test';

describe.skipIf(!canRun)('Gmail API quota units across a fleet', () => {
  const coordinators = redisCoordinators();
  const make = (prefix: string) => coordinators.make({ prefix });
  let n = 0;

  it('one bucket per account on the server: what one process took, the other waits for', async () => {
    const prefix = `quota${process.pid}-${++n}`;
    const [a, b] = [make(prefix), make(prefix)];
    const budget = { ratePerMinute: 600, burst: 100 };
    expect(await a.takeUnits('x@example.test', 100, budget)).toBe(0);
    const wait = await b.takeUnits('x@example.test', 100, budget);
    // 100 units at 600 a minute: 10 s, less the few ms since.
    expect(wait).toBeGreaterThan(9_000);
    expect(wait).toBeLessThanOrEqual(10_000);
    expect(await b.takeUnits('y@example.test', 100, budget)).toBe(0);
  });

  it('two senders of one account pace to one budget together only with the shared bucket (real delays)', async () => {
    // A budget of 600 units a minute at 1 unit a send, 10 at once: about 9.3 sends a second for
    // the account, whoever sends. (Google's quota is per minute, so its 429 comes only past a
    // minute's worth; what is checked here is that the fleet paces as one.)
    const sim = await startGmailSim({
      accounts: [{ user: USER }],
      api: { unitsPerUserPerMinute: Number.POSITIVE_INFINITY },
    });
    try {
      const run = async (coordinators: NonNullable<SenderOptions['coordinator']>[]) => {
        sim.reset();
        const senders = coordinators.map((coordinator) =>
          createSender({
            user: USER,
            auth: {
              type: 'oauth2',
              clientId: 'c',
              clientSecret: 's',
              refreshToken: sim.issueRefreshToken(USER),
              tokenUrl: sim.tokenUrl,
            },
            transport: 'gmail-api',
            gmailApi: { rootUrl: sim.apiUrl, unitsPerMinute: 600, sendCost: 1, burstUnits: 10 },
            coordinator,
            retry: { delayScale: 0.01, deadlineMs: 60_000, maxAttempts: 30 },
          }),
        );
        const started = Date.now();
        await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            senders[i % 2]!.send({ to: `r${i}@example.org`, subject: 's', text: 't' }),
          ),
        );
        const seconds = (Date.now() - started) / 1000;
        await Promise.all(senders.map((s) => s.close()));
        return { delivered: sim.stats.apiDelivered, seconds };
      };
      const prefix = `quota${process.pid}-${++n}`;
      const fleet = await run([make(prefix), make(prefix)]);
      expect(fleet.delivered).toBe(40);
      // 40 sends, 10 at once, then 560 a minute: at least (40 - 10) / 560 min = 3.2 s.
      expect(fleet.seconds).toBeGreaterThan(3);
      // The contrast: two processes each pacing alone spend the budget twice: about 1.1 s.
      const alone = await run([new InProcessCoordinator(), new InProcessCoordinator()]);
      expect(alone.delivered).toBe(40);
      expect(alone.seconds).toBeLessThan(fleet.seconds * 0.7);
    } finally {
      await sim.close();
    }
  }, 60_000);
});
