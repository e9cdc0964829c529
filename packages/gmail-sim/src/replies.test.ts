import { classify, getEntry } from '@smtpfix/core';
import { describe, expect, it } from 'vitest';
import { gmailReply } from './replies.js';

/** Every catalog reply the sim can send, by where it sends it. */
const SIM_REPLIES = [
  '454-4.7.0-cannot-authenticate',
  '454-4.7.0-too-many-login-attempts',
  '535-5.7.8-bad-credentials',
  '534-5.7.9-app-password-required',
  '530-5.7.0-authentication-required',
  '530-5.7.0-starttls-first',
  '421-4.7.0-temporary-system-problem',
  '421-4.7.0-try-again-later-closing-connection',
  '550-5.4.5-daily-user-limit',
  '452-4.5.3-too-many-recipients',
  '552-5.2.3-message-too-large',
  '550-5.1.1-no-such-user',
  '452-4.2.2-over-quota',
  '421-4.3.0-temporary-system-problem',
  '451-4.3.0-temporarily-rejected',
  '450-4.2.1-receiving-too-quickly',
  '451-4.4.2-timeout',
];

describe('replies come from @smtpfix/core and classify back', () => {
  it.each(SIM_REPLIES)('%s', (id) => {
    const reply = gmailReply(id, 'd9443c01a7336-2a0b12c3a4dsm5678901pfb.12');
    const entry = getEntry(id);
    expect(reply.code).toBe(entry?.replyCode);
    expect(reply.lines.at(-1)).toMatch(/ d9443c01a7336-2a0b12c3a4dsm5678901pfb\.12 - gsmtp$/);
    // As a client logs it: every line with its code, continuation lines with a dash.
    const wire = reply.lines
      .map((l, i, all) => `${reply.code}${i < all.length - 1 ? '-' : ' '}${l}`)
      .join('\r\n');
    expect(classify(wire).entry?.id).toBe(id);
  });

  it('the XOAUTH2 challenge classifies back to its entry', () => {
    const b64 = Buffer.from(
      '{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}',
    ).toString('base64');
    expect(classify(`334 ${b64}`).entry?.id).toBe('334-xoauth2-challenge');
  });
});
