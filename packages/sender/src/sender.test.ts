import { SIM_APP_PASSWORD, SIM_USER, simTest as test } from '@smtpfix/test-utils';
import { describe, expect } from 'vitest';
import { createSender } from './index.js';
import { fastRetry, freshCoordinator } from './test/helpers.js';

describe('smoke', () => {
  test('sends with an app password', async ({ sim, cleanup }) => {
    const sender = createSender({
      user: SIM_USER,
      auth: { type: 'password', pass: SIM_APP_PASSWORD },
      smtp: { ...sim.smtp },
      coordinator: freshCoordinator(),
      retry: fastRetry,
    });
    cleanup(() => sender.close());
    const r = await sender.send({ to: 'a@example.org', subject: 'hi', text: 'hello' });
    expect(r.accepted).toEqual(['a@example.org']);
    expect(sim.stats.delivered).toBe(1);
  });
});
