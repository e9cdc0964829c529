import { describe, expect, it } from 'vitest';
import { isGenericEhloName } from '@smtpfix/core';
import { RawSmtp, test } from './test/fixture.js';

describe('isGenericEhloName', () => {
  it.each([
    'localhost',
    'LOCALHOST',
    'localhost.localdomain',
    '[127.0.0.1]',
    '10.0.0.7',
    'crm',
    '',
    '[IPv6:::1]',
  ])('%j is generic', (name) => expect(isGenericEhloName(name)).toBe(true));
  it.each(['mail.example.com', 'app-1.internal.example.org'])('%j is not', (name) =>
    expect(isGenericEhloName(name)).toBe(false),
  );
});

describe('rejectGenericEhlo', () => {
  test('EHLO localhost gets 421 4.7.0 (EHLO) and the connection closes', async ({ startSim }) => {
    const sim = await startSim({ rejectGenericEhlo: true });
    const smtp = await RawSmtp.connect(sim.smtp.port);
    expect(await smtp.command('EHLO localhost')).toMatch(
      /^421 4\.7\.0 Try again later, closing connection\. \(EHLO\) \S+ - gsmtp$/,
    );
    expect(await smtp.reply()).toBe('');
    expect(smtp.closed).toBe(true);
    expect(sim.stats.replies['421-4.7.0-try-again-later-closing-connection']).toBe(1);
  });

  test('a real name passes; without the option localhost passes too', async ({ startSim }) => {
    const strict = await startSim({ rejectGenericEhlo: true });
    const a = await RawSmtp.connect(strict.smtp.port);
    expect(await a.command('EHLO mail.example.com')).toMatch(/^250-/);
    a.close();
    const lax = await startSim();
    const b = await RawSmtp.connect(lax.smtp.port);
    expect(await b.command('EHLO localhost')).toMatch(/^250-/);
    b.close();
  });
});
