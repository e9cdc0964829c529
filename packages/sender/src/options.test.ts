import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isSenderError, type SenderError } from './errors.js';
import { resolveSenderOptions, type SenderOptions } from './options.js';
import { createSender } from './sender.js';

const base: SenderOptions = {
  user: 'app@example.test',
  auth: {
    type: 'oauth2',
    clientId: 'id',
    clientSecret: 'very-secret-1',
    refreshToken: '1//refresh-secret-2',
  },
};

function thrown(fn: () => unknown): SenderError {
  try {
    fn();
  } catch (err) {
    return err as SenderError;
  }
  throw new Error('expected a throw');
}

describe('options', () => {
  it('fills in Gmail defaults', () => {
    const o = resolveSenderOptions(base);
    expect(o.smtp).toMatchObject({ host: 'smtp.gmail.com', port: 465, secure: true });
    expect(o.maxConnections).toBe(10);
    expect(o.account).toBe('app@example.test');
    expect(Object.isFrozen(o)).toBe(true);
  });

  it.each([
    [{ ...base, user: 'nobody' }, 'user must be the sending address'],
    [{ ...base, auth: { type: 'oauth2', clientId: 'id' } }, 'auth.clientSecret is required'],
    [{ ...base, auth: { type: 'password', pass: '' } }, 'app password'],
    [
      { ...base, auth: { type: 'service-account' } },
      'auth.credentials (the parsed JSON key) or auth.keyFile',
    ],
    [{ ...base, auth: { type: 'kerberos' } }, "auth.type must be 'oauth2'"],
    [{ ...base, maxConnections: 0 }, 'maxConnections must be an integer from 1 to 100'],
    [{ ...base, smtp: { port: 99999 } }, 'smtp.port'],
    [{ ...base, smtp: { tls: { rejectUnauthorized: false } } }, 'smtp.tls.ca'],
    [{ ...base, retry: { jitter: 2 } }, 'retry.jitter'],
    [{ ...base, retry: { tries: 3 } }, 'retry.tries is not an option: valid keys of retry: deadlineMs'],
  ])('rejects a wrong option at createSender() and says how to fix it (%#)', (options, text) => {
    const err = thrown(() => createSender(options as SenderOptions));
    expect(isSenderError(err)).toBe(true);
    expect(err.code).toBe('INVALID_OPTION');
    expect(err.message).toContain(text);
  });

  // What a JavaScript user types (no compiler to catch it): every level, with the nearest valid key.
  it.each([
    [{ ...base, smtp: { hots: '127.0.0.1' } }, 'smtp.hots is not an option: did you mean smtp.host?'],
    [
      { ...base, tokenUrl: 'http://127.0.0.1:1/token' },
      'tokenUrl is not an option: did you mean auth.tokenUrl?',
    ],
    [{ ...base, maxConection: 3 }, 'maxConection is not an option: did you mean maxConnections?'],
    [{ ...base, auth: { ...base.auth, tokenURL: 'http://x' } }, 'did you mean auth.tokenUrl?'],
    [
      { ...base, retry: { maxAttemps: 2 } },
      'retry.maxAttemps is not an option: did you mean retry.maxAttempts?',
    ],
    [
      { ...base, auth: { type: 'password', pass: 'p', refreshToken: 'r' } },
      "auth.refreshToken is not an option of auth.type 'password': it belongs to auth.type 'oauth2'",
    ],
  ])('rejects an unknown key, naming it and the nearest valid one (%#)', (options, text) => {
    const err = thrown(() => createSender(options as SenderOptions));
    expect(isSenderError(err)).toBe(true);
    expect(err.code).toBe('INVALID_OPTION');
    expect(err.message).toContain(text);
  });

  it('names every unknown key at once, never echoing its value', () => {
    const err = thrown(() =>
      createSender({ ...base, clientSecret: 'misplaced-secret-4', smtp: { prot: 25 } } as SenderOptions),
    );
    expect(err.message).toContain('clientSecret is not an option: did you mean auth.clientSecret?');
    expect(err.message).toContain('smtp.prot is not an option: did you mean smtp.port?');
    expect(err.message).not.toContain('misplaced-secret-4');
  });

  it('accepts every documented key, and keys set to undefined', () => {
    const o = resolveSenderOptions({
      ...base,
      smtp: {
        host: 'h.test',
        port: 25,
        secure: false,
        requireTLS: false,
        name: 'me.example.test',
        tls: { ca: 'x' },
      },
      retry: { maxAttempts: 2 },
      maxConnections: 2,
      idleTimeoutMs: 1,
      refreshBeforeExpiryMs: 1,
      growBackAfterMs: 1,
      closeTimeoutMs: 1,
      random: Math.random,
      ...{ notAnOption: undefined },
    });
    expect(o.smtp.host).toBe('h.test');
  });

  it('never shows a secret in JSON or inspect output, and leaves the caller options alone', () => {
    const given = structuredClone(base);
    const o = resolveSenderOptions(given);
    expect(given).toEqual(base);
    for (const text of [JSON.stringify(o), inspect(o, { depth: 10 })]) {
      expect(text).not.toContain('very-secret-1');
      expect(text).not.toContain('refresh-secret-2');
    }
    const pw = resolveSenderOptions({ user: 'a@b.test', auth: { type: 'password', pass: 'pass-secret-3' } });
    expect(inspect(pw, { depth: 10 }) + JSON.stringify(pw)).not.toContain('pass-secret-3');
    const err = thrown(() =>
      createSender({ ...base, user: 'x', auth: { ...base.auth, clientId: '' } as never }),
    );
    expect(inspect(err, { depth: 10 }) + JSON.stringify(err)).not.toContain('very-secret-1');
  });
});
