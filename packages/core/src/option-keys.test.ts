import { describe, expect, it } from 'vitest';
import { checkOptionKeys, editDistance, listOf, type OptionShape, oneOf } from './option-keys.js';

const shape: OptionShape = {
  user: true,
  auth: oneOf('type', {
    oauth2: { type: true, clientId: true, clientSecret: true, refreshToken: true, tokenUrl: true },
    password: { type: true, pass: true },
  }),
  smtp: { host: true, port: true, secure: true, tls: true },
  maxConnections: true,
  accounts: listOf({ user: true, appPassword: true }),
  tls: { key: true, cert: true },
};

describe('checkOptionKeys', () => {
  it('accepts every valid key at every level, and leaves `true` values unexamined', () => {
    const ok = {
      user: 'a@b.c',
      auth: { type: 'oauth2', clientId: 'i', clientSecret: 's', refreshToken: 'r', tokenUrl: 'http://x' },
      smtp: { host: 'h', port: 1, tls: { ca: 'x', anything: 1 } },
      accounts: [{ user: 'a@b.c', appPassword: 'p' }],
      tls: true,
    };
    expect(checkOptionKeys(shape, ok)).toEqual([]);
  });

  it('names a nested typo and suggests the key beside it', () => {
    const [u, ...rest] = checkOptionKeys(shape, { smtp: { hots: 'h' } });
    expect(rest).toEqual([]);
    expect(u?.path).toBe('smtp.hots');
    expect(u?.suggestion).toBe('smtp.host');
    expect(u?.message).toBe('smtp.hots is not an option: did you mean smtp.host?');
  });

  it('suggests the level a misplaced key belongs to', () => {
    const [u] = checkOptionKeys(shape, { user: 'a@b.c', tokenUrl: 'http://x' });
    expect(u?.path).toBe('tokenUrl');
    expect(u?.suggestion).toBe('auth.tokenUrl');
  });

  it('suggests a long key with two letters missing', () => {
    const [u] = checkOptionKeys(shape, { maxConection: 3 });
    expect(u?.suggestion).toBe('maxConnections');
  });

  it('checks the branch of a union chosen by its tag, and list items by index', () => {
    const found = checkOptionKeys(shape, {
      auth: { type: 'password', pass: 'x', clientId: 'i' },
      accounts: [{ user: 'a' }, { user: 'b', apppassword: 'p' }],
    });
    expect(found.map((u) => [u.path, u.suggestion])).toEqual([
      ['auth.clientId', undefined],
      ['accounts[1].apppassword', 'accounts[1].appPassword'],
    ]);
    // clientId is a key of another auth type: the message says which.
    expect(found[0]?.message).toBe(
      "auth.clientId is not an option of auth.type 'password': it belongs to auth.type 'oauth2'; valid keys here: type, pass",
    );
  });

  it('lists the valid keys when nothing is close', () => {
    const [u] = checkOptionKeys(shape, { smtp: { zzzzzzzz: 1 } });
    expect(u?.suggestion).toBeUndefined();
    expect(u?.message).toBe('smtp.zzzzzzzz is not an option: valid keys of smtp: host, port, secure, tls');
  });

  it('ignores keys set to undefined, non-objects, class instances and unknown union tags', () => {
    expect(checkOptionKeys(shape, { nope: undefined })).toEqual([]);
    expect(checkOptionKeys(shape, 'text')).toEqual([]);
    expect(checkOptionKeys(shape, { smtp: new Map() })).toEqual([]);
    expect(checkOptionKeys(shape, { auth: { type: 'oauth3', x: 1 } })).toEqual([]);
  });

  it('prefixes paths when given one', () => {
    expect(checkOptionKeys(shape, { smtp: { hots: 1 } }, 'sender')[0]?.suggestion).toBe('sender.smtp.host');
  });
});

describe('editDistance', () => {
  it('counts an adjacent swap as one edit and ignores case', () => {
    expect(editDistance('hots', 'host')).toBe(1);
    expect(editDistance('TOKENURL', 'tokenUrl')).toBe(0);
    expect(editDistance('maxConection', 'maxConnections')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
