import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { rejoinedReplies } from './pasted.js';

// A Gmail-shaped multi-line refusal written for these tests (not copied from a bounce).
const REPLY = [
  '550-5.7.1 [192.0.2.7] Our system has detected that this message is',
  '550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,',
  '550-5.7.1 this message has been blocked. Please visit',
  '550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError x1si - gsmtp',
];

describe('rejoinedReplies', () => {
  it('takes a log prefix off the lines that go on with the reply', () => {
    const docker = REPLY.map((l, i) => `app-1  | ${i === 0 ? 'send failed: ' : ''}${l}`).join('\n');
    expect(rejoinedReplies(docker).split('\n').slice(1)).toEqual(REPLY.slice(1));
    const stamped = REPLY.map((l, i) => `2026-12-04T10:00:0${i}.12${i}Z ${l}`).join('\n');
    expect(rejoinedReplies(stamped).split('\n').slice(1)).toEqual(REPLY.slice(1));
  });

  it('drops blank lines between a reply and its continuation only', () => {
    expect(rejoinedReplies(REPLY.join('\n\n'))).toBe(REPLY.join('\n'));
    expect(rejoinedReplies(`${REPLY.join('\n\n')}\n\n\nThanks for any help`)).toBe(
      `${REPLY.join('\n')}\n\n\nThanks for any help`,
    );
  });

  it('leaves prefixes alone when the line does not go on with the line before', () => {
    // A report's Status after its Diagnostic-Code names the same status: another field, not a continuation.
    const report = 'Diagnostic-Code: smtp; 550 5.1.1 no such user\nStatus: 5.1.1 ';
    expect(rejoinedReplies(report)).toBe(report);
    // Two log lines, each with its own one-line reply.
    const log =
      'Dec  4 10:00:01 mx postfix/smtp[1]: 550 5.1.1 no such user\nDec  4 10:00:02 mx postfix/smtp[2]: 550 5.1.1 no such user';
    expect(rejoinedReplies(log)).toBe(log);
    // A different reply code on the next line is another reply.
    const other = 'app-1  | 451-4.3.0 try later\napp-1  | 550 5.7.1 refused';
    expect(rejoinedReplies(other)).toBe(other);
  });

  it('is linear on a long run of blank lines and long lines', () => {
    const big = `550-5.7.1 a\n${'\n'.repeat(200_000)}x${'550-5.7.1 '.repeat(20_000)}\n550 5.7.1 b`;
    const t = performance.now();
    rejoinedReplies(big);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('classify reads a reply pasted the ways people mangle it', () => {
  const page = '550-5.7.1-likely-unsolicited';
  it('under a log prefix on every line', () => {
    expect(classify(REPLY.map((l) => `mailer-1  | ${l}`).join('\n')).entry?.id).toBe(page);
  });
  it('double-spaced, even when too short for a double-spaced notice', () => {
    expect(
      classify(`SMTP error from remote mail server after end of data:\n\n${REPLY.join('\n\n')}`).entry?.id,
    ).toBe(page);
  });
  it('with typographic quotes from a forum', () => {
    const swift =
      'Expected response code 250 but got code “535”, with message “535-5.7.8 Username and Password not accepted.”';
    expect(classify(swift).entry?.id).toBe('535-5.7.8-bad-credentials');
  });
});
