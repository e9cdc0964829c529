import { expect } from 'vitest';
import { mail, sendError, test } from './test/fixture.js';

test('STARTTLS on sim.smtp and implicit TLS on sim.smtps, trusting sim.tls.ca per connection', async ({
  startSim,
  transport,
}) => {
  const sim = await startSim({ tls: true });
  expect(sim.smtps?.secure).toBe(true);
  const ca = sim.tls?.ca ?? '';
  await transport(sim, { requireTLS: true, tls: { ca } }).sendMail(mail());
  await transport(sim, { ...sim.smtps, tls: { ca } }).sendMail(mail());
  expect(sim.stats.delivered).toBe(2);
  // Without the CA the certificate is refused, as it should be.
  const err = await sendError(transport(sim, { ...sim.smtps }).sendMail(mail()));
  expect(err.message).toMatch(/self.signed|certificate/i);
});

test('with TLS on, AUTH before STARTTLS gets 530-5.7.0 as on port 587', async ({ startSim, transport }) => {
  const sim = await startSim({ tls: true });
  const err = await sendError(transport(sim, { ignoreTLS: true }).sendMail(mail()));
  expect(err.responseCode).toBe(530);
  expect(err.response).toMatch(/^530[- ]5\.7\.0 Must issue a STARTTLS command first/);
});
