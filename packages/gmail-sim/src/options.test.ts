import { describe, expect, it } from 'vitest';
import { isGmailSimError } from './errors.js';
import { defaultLimits, resolveOptions } from './options.js';
import { startGmailSim } from './sim.js';

describe('options', () => {
  it('fills in Gmail`s defaults', () => {
    const o = resolveOptions();
    expect(o.limits).toEqual(defaultLimits);
    expect(o.limits.sessionsPerAccount).toBe(10);
    expect(o.tokenTtlS).toBe(3600);
    expect([...o.accounts.keys()]).toEqual(['app@example.test']);
  });

  it('keeps passwords off enumerable properties', () => {
    const account = resolveOptions({
      accounts: [{ user: 'a@b.test', appPassword: 'abcd efgh ijkl mnop' }],
    }).accounts.get('a@b.test');
    expect(JSON.stringify(account)).not.toContain('abcd');
    expect(account?.appPassword).toBe('abcdefghijklmnop');
  });

  it('lists every wrong option in one GmailSimError with code INVALID_OPTION', async () => {
    const err = await startGmailSim({
      accounts: [{ user: 'not-an-address' }],
      limits: { sessionsPerAccount: 0 },
      faults: { transientRate: 2 },
    }).catch((e: unknown) => e);
    expect(isGmailSimError(err)).toBe(true);
    expect((err as { code: string }).code).toBe('INVALID_OPTION');
    expect(String(err)).toMatch(
      /accounts\[0\]\.user.*\n.*limits\.sessionsPerAccount.*\n.*faults\.transientRate/s,
    );
  });

  it.each([
    [
      { limits: { sessionPerAccount: 2 } },
      'limits.sessionPerAccount is not an option: did you mean limits.sessionsPerAccount?',
    ],
    [
      { accounts: [{ user: 'a@b.test', apppassword: 'x' }] },
      'accounts[0].apppassword is not an option: did you mean accounts[0].appPassword?',
    ],
    [
      { sessionsPerAccount: 2 },
      'sessionsPerAccount is not an option: did you mean limits.sessionsPerAccount?',
    ],
    [{ latency: { perCommand: 5 } }, 'latency is not an option: did you mean latencyMs?'],
    [{ tls: { key: 'k', cert: 'c', ca: 'x' } }, 'tls.ca is not an option: valid keys of tls: key, cert'],
  ])(
    'rejects an unknown key at any level, naming it and the nearest valid one (%#)',
    async (options, text) => {
      const err = await startGmailSim(options as never).catch((e: unknown) => e);
      expect(isGmailSimError(err)).toBe(true);
      expect((err as { code: string }).code).toBe('INVALID_OPTION');
      expect(String(err)).toContain(text);
    },
  );

  it('refuses a catalog id that does not exist', async () => {
    await expect(startGmailSim({ rateLimitReply: '421-nope' })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
  });
});
