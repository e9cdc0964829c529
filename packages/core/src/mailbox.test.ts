import { describe, expect, it } from 'vitest';
import { createBounceScanner } from './mailbox.js';

const gmail = (
  to: string,
  status: string,
  reply: string,
  hours = 3,
  notice = `** Address not found **

Your message wasn't delivered to ${to} because the address couldn't be found, or is unable to receive mail.`,
) => `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Failure)
Date: Thu, 03 Dec 2026 0${hours}:00:00 +0000
Message-ID: <${hours}abc${to}>
Content-Type: multipart/report; boundary="x${hours}"; report-type=delivery-status

--x${hours}
Content-Type: text/plain

${notice}

--x${hours}
Content-Type: message/delivery-status

Final-Recipient: rfc822; ${to}
Action: failed
Status: ${status}
Diagnostic-Code: smtp; ${reply}

--x${hours}
Content-Type: message/rfc822

Subject: order ${hours}

body ${to}
--x${hours}--
`;

describe('createBounceScanner', () => {
  it('counts bounces by page and reason, one message at a time, and skips other mail', () => {
    const s = createBounceScanner();
    expect(s.add(gmail('a@example.com', '5.1.1', '550 5.1.1 <a@example.com>: User unknown'))).toBe(true);
    expect(s.add(gmail('b@example.org', '5.1.1', '550 5.1.1 <b@example.org>: User unknown', 4))).toBe(true);
    expect(s.add('From: a@example.com\nSubject: hi\n\nlunch?')).toBe(false);
    const r = s.report();
    expect(r).toMatchObject({ messages: 3, bounces: 2, recipients: 2, unrecognised: 0 });
    expect(r.byEntry.map((c) => [c.entry.id, c.count])).toEqual([['notice-address-not-found', 2]]);
    expect(r.byReason).toEqual([{ reason: 'user-unknown', count: 2 }]);
    expect(r.byEntry[0]!.sample).toBe('550 5.1.1 <a@example.com>: User unknown');
  });

  it('never lets two notices that differ only in their codes share an answer', () => {
    const s = createBounceScanner();
    // Same notice, same words; only the status and reply codes differ.
    const notice = '** Message not delivered **\n\nThere was a problem delivering your message.';
    s.add(gmail('a@example.com', '5.1.1', '550 5.1.1 Rejected', 3, notice));
    s.add(gmail('a@example.com', '5.2.2', '552 5.2.2 Rejected', 3, notice));
    s.add(gmail('a@example.com', '4.2.2', '452 4.2.2 Rejected', 3, notice));
    const reasons = s
      .report()
      .byReason.map((x) => x.reason)
      .sort();
    expect(reasons).toEqual(['mailbox-full', 'user-unknown']);
    expect(s.report().byReason.find((x) => x.reason === 'mailbox-full')?.count).toBe(2);
  });

  it('gives the same counts whether or not repeated kinds are read once', () => {
    const messages = Array.from({ length: 200 }, (_, i) =>
      gmail(
        `user${i}@example${i % 7}.net`,
        i % 3 ? '5.1.1' : '4.4.7',
        i % 3 ? '550 5.1.1 User unknown' : '451 4.4.7 Delivery time expired',
        i % 9,
      ),
    );
    const memo = createBounceScanner();
    for (const m of messages) memo.add(m);
    // A fresh scanner per message never reuses an answer.
    const fresh = messages.map((m) => {
      const s = createBounceScanner();
      s.add(m);
      return s.report();
    });
    const sum = (reason: string) =>
      fresh.reduce((n, r) => n + (r.byReason.find((x) => x.reason === reason)?.count ?? 0), 0);
    for (const { reason, count } of memo.report().byReason) expect(count, reason).toBe(sum(reason));
    expect(memo.report().recipients).toBe(200);
  });
});
