import { describe, expect, it } from 'vitest';
import { generateBounces } from '../../../bench/bounce-mail.mjs';
import { readBounce } from './bounce.js';
import { diagnoseBounce } from './bounce-classify.js';
import { classifyReply } from './classify.js';
import { createMessageReader, MAX_MESSAGE } from './mailbox.js';
import { keptText, messageBytes, readNotice } from './notice-key.js';
import { loadBounces } from './test/bounces.js';
import { forwards, isMessage } from './test/forwards.js';

type Answer = [page: string | null, reason: string | null];

/** What the fast path keeps of a text, and its key. */
function notice(text: string) {
  const bytes = messageBytes(text, MAX_MESSAGE);
  const { key, ranges } = readNotice(bytes, bytes.length, new Map());
  return { key, kept: keptText(bytes, ranges, true) };
}

/** The plain path: the whole message read and every recipient classified, nothing remembered. */
function full(message: string): Answer[] | null {
  const b = readBounce(message.slice(0, MAX_MESSAGE));
  if (!b) return null;
  return diagnoseBounce(b, classifyReply).bounce!.recipients.map(({ diagnosis: d }) => [
    d.entry?.id ?? null,
    d.reason,
  ]);
}

/** The scanner's path, with one reader (one memo) for every message it is given. */
function fastReader() {
  const read = createMessageReader();
  return (message: string | Uint8Array): Answer[] | null =>
    read(message)?.map(({ diagnosis: d }) => [d.entry?.id ?? null, d.reason]) ?? null;
}

// What changes between two bounces of one kind: addresses, IPs, ids, times. Every address, IP and
// long id gets other characters (and another length), so a variant shares its original's key only
// if the masking is what makes them equal.
function variant(text: string): string {
  return text
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, (a) => `zz${a.length}x9.${a}`)
    .replace(
      /\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b/g,
      (_, a, b, c, d) => `${d}.${c}.${b}.${(+a + 7) % 256}`,
    )
    .replace(/\b\d\d:\d\d:\d\d\b/g, '23:59:58')
    .replace(
      /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{10,}\b/gi,
      (h) => `${h.split('').reverse().join('')}f3`,
    );
}

describe('the scanner reads a bounce as a full read does', () => {
  const samples = loadBounces();

  it('gives every bounce of the development set the page, reason and recipients of readBounce + classify', () => {
    const fast = fastReader();
    let compared = 0;
    for (const b of samples) {
      const want = full(b.text);
      expect(fast(b.text), `${b.file}: ${b.source}`).toEqual(want);
      // The same bounce as bytes (latin1), as the CLI hands an mbox over.
      expect(fast(Buffer.from(b.text, 'latin1')), `${b.file} (bytes)`).toEqual(
        full(Buffer.from(b.text, 'latin1').toString('latin1')),
      );
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('answers a bounce that differs from one already read only in addresses, IPs, ids and times as a full read does', () => {
    const fast = fastReader();
    let hits = 0;
    for (const b of samples) {
      const v = variant(b.text);
      if (v === b.text) continue;
      fast(b.text);
      expect(fast(v), `${b.file}: ${b.source}`).toEqual(full(v));
      if (notice(v).key === notice(b.text).key) hits++;
    }
    // The variants do share their original's key (the memo is what is being tested).
    expect(hits).toBeGreaterThan(samples.length / 3);
  });

  it('reads the generated bounces of the benchmark as a full read does, short and newsletter-sized, LF and CRLF', () => {
    const fast = fastReader();
    const short = generateBounces(240).messages;
    const big = generateBounces(60, { originals: 'newsletter', seed: 11 }).messages;
    for (const m of [...short, ...big]) {
      const want = full(m);
      expect(want, m.slice(0, 200)).not.toBeNull();
      expect(fast(m)).toEqual(want);
      expect(fast(Buffer.from(m, 'latin1'))).toEqual(want);
      const crlf = m.replace(/\n/g, '\r\n');
      expect(fast(crlf)).toEqual(full(crlf));
    }
  });
});

describe('the scanner reads a bounce as people hand it over as a full read does', () => {
  // Forwards, `.eml` attachments, re-encoded bodies: a mailbox of forwarded bounces (a help desk's)
  // holds them. Development side only, as every test built on real samples.
  const samples = loadBounces().filter((b) => b.split === 'dev' && isMessage(b));
  for (const [name, { apply }] of Object.entries(forwards)) {
    it(name, () => {
      const fast = fastReader();
      let compared = 0;
      for (const b of samples) {
        const m = apply(b);
        if (m === null || !/^[A-Za-z]/.test(m)) continue;
        expect(fast(m), `${b.file}: ${b.source}`).toEqual(full(m));
        compared++;
      }
      expect(compared).toBeGreaterThan(40);
    });
  }
});

describe('readNotice', () => {
  const gmail = (to: string, original: string) => `From MAILER-DAEMON Thu Dec  3 10:00:00 2026
Received: by 2002:a05:6a00:1a4b with SMTP id ab11csp123456pfb;
DKIM-Signature: v=1; a=rsa-sha256; d=googlemail.com; s=20230601; b=Qx/Rt+uvW/xyZ
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: news@shop.example
Subject: Delivery Status Notification (Failure)
Content-Type: multipart/report; boundary="b1"; report-type=delivery-status

--b1
Content-Type: text/plain

** Address not found **

Your message wasn't delivered to ${to} because the address couldn't be found.

--b1
Content-Type: message/delivery-status

Final-Recipient: rfc822; ${to}
Action: failed
Status: 5.1.1

--b1
Content-Type: message/rfc822

${original}
--b1--
`;

  it('stops where the returned original begins and leaves out headers no answer reads', () => {
    const m = gmail('a@example.com', 'Subject: hi\n\nbody');
    const { kept } = notice(m);
    expect(kept).toMatch(/Content-Type: message\/rfc822\n$/);
    expect(kept).not.toMatch(/DKIM-Signature|Received:|^From MAILER/m);
    expect(kept).toMatch(/^From: Mail Delivery Subsystem/);
  });

  it('gives bounces of one kind one key, whatever their recipients, signatures and originals', () => {
    const a = gmail('a@example.com', 'Subject: hi\n\nbody');
    const b = gmail('someone.else@example.org', 'Subject: another order\n\nother body, longer')
      .replace('Qx/Rt+uvW/xyZ', 'Zz/Kk+abc/Def')
      .replace('ab11csp123456pfb', 'zz99csp654321pfb');
    const key = (m: string) => notice(m).key;
    expect(key(b)).toBe(key(a));
    // But a different status code is a different kind.
    expect(key(a.replace('Status: 5.1.1', 'Status: 5.2.2'))).not.toBe(key(a));
    // And so is a number the classifier reads (`answer=7720`, `RFC 5321`, errno `111`).
    const said = (words: string) => key(a.replace("couldn't be found.", words));
    expect(said('see answer=7720')).not.toBe(said('see answer=81126'));
    expect(said('not RFC 5321 compliant')).not.toBe(said('not RFC 5322 compliant'));
    expect(said('connect error 111')).not.toBe(said('connect error 104'));
    // While a queue id or a count is not.
    expect(said('queued as 4F3A2B1C0A')).toBe(said('queued as 9D8E7F6A5B'));
  });

  it('reads a forwarded bounce that opens with the mail client’s own "Original message" line whole', () => {
    const forwarded = `From: me@example.org
Subject: Fwd: Undelivered Mail Returned to Sender

---------- Original message ---------
From: Mail Delivery System <MAILER-DAEMON@mail.example.org>

This is the mail system at host mail.example.org.

<b@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.1] said: 550-5.1.1 The email
    account that you tried to reach does not exist. - gsmtp (in reply to RCPT TO command)

--- Below this line is a copy of the message.

Subject: hello
`;
    const { kept } = notice(forwarded);
    expect(kept).toContain('550-5.1.1 The email');
    expect(kept).not.toContain('Subject: hello');
    expect(fastReader()(forwarded)).toEqual(full(forwarded));
  });

  it('reads a paste that starts with report fields (no message headers) as its body', () => {
    const paste =
      'Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n';
    expect(notice(paste).kept).toBe(paste);
    expect(fastReader()(paste)).toEqual(full(paste));
  });

  it('reads a notice flattened into its opening header line (from, to, subject) as a full read does', () => {
    const notice =
      "Hello a@example.com, We're writing to let you know that the group you tried to contact (team) may not exist, or you may not have permission to post messages to the group.";
    for (const header of [
      'From: Mail Delivery Subsystem Sent: Thursday, June 23',
      'Subject: Delivery Status Notification (Failure) To: a@example.com',
    ]) {
      const paste = `${header} ${notice}`;
      expect(full(paste)).toEqual([['groups-no-permission-to-post', 'policy']]);
      expect(fastReader()(paste)).toEqual(full(paste));
    }
  });
});
