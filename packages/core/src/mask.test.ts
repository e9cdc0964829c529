import { classify } from './classify.js';
import { describe, expect, it } from 'vitest';
import { MASK, maskSecrets } from './mask.js';

const b64 = (s: string) => Buffer.from(s, 'latin1').toString('base64');

describe('maskSecrets', () => {
  it.each([
    ['Slack bot token', 'token is xoxb-12345-67890-AbCdEfGhIjKl ok', 'AbCdEfGhIjKl'],
    ['Slack app token', 'SLACK_APP_TOKEN=xapp-1-A0123-456-abcdef0123', 'abcdef0123'],
    ['Google access token', 'auth=Bearer ya29.a0AfH6SMBx-secretAccessToken_123', 'secretAccessToken'],
    ['refresh token', 'refresh: 1//0gLmNoPqRsTuVwXyZ-abcdefghijkl', '0gLmNoPqRsTuVwXyZ'],
    ['client secret', 'clientSecret GOCSPX-AbCdEf1234567890xyz', 'AbCdEf1234567890xyz'],
    ['quoted pass', "auth: { user: 'me@gmail.com', pass: 'abcd efgh ijkl mnop' }", 'abcd efgh'],
    ['password=', 'smtp://me:x@smtp.gmail.com?password=hunter2hunter2', 'hunter2hunter2'],
    ['JSON client_secret', '{"client_secret": "s3cr3t-value", "client_id": "x"}', 's3cr3t-value'],
    [
      'XOAUTH2 blob',
      `C: AUTH XOAUTH2 ${b64('user=me@gmail.com\x01auth=Bearer ya29.tok123456\x01\x01')}`,
      'dXNlcj1',
    ],
    [
      'bare XOAUTH2 blob',
      `sent ${b64('user=me@gmail.com\x01auth=Bearer abcdefgh12\x01\x01')} then`,
      'dXNlcj1',
    ],
    [
      'AUTH PLAIN',
      `AUTH PLAIN ${b64('\0me@gmail.com\0apppassword16chr')}`,
      b64('\0me@gmail.com\0apppassword16chr'),
    ],
    [
      'private key',
      '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n"',
      'MIIEvQIBADAN',
    ],
    ['cut-off private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx', 'MIIEowIBAAKCAQEAx'],
  ])('masks a %s', (_name, text, secret) => {
    const out = maskSecrets(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(MASK);
  });

  it('leaves the error itself alone, so it still classifies the same', () => {
    const paste =
      '535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1sm - gsmtp';
    expect(maskSecrets(paste)).toBe(paste);
    const challenge = `334 ${b64('{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}')}`;
    expect(maskSecrets(challenge)).toBe(challenge);
    expect(classify(maskSecrets(`${paste}\npass: 'hunter2'`)).entry?.id).toBe('535-5.7.8-bad-credentials');
  });

  it('leaves base64-looking runs that do not decode alone (no throw)', () => {
    const odd = 'id Abcdefghijklmnopq done'; // 17 characters: not valid base64
    expect(maskSecrets(odd)).toBe(odd);
  });

  it('is fast on a large paste', () => {
    const big = `${'a'.repeat(50_000)} password= ${'b/'.repeat(20_000)}`;
    const t = performance.now();
    maskSecrets(big);
    expect(performance.now() - t).toBeLessThan(500);
  });
});
