// The bounces `bounces.bench.mjs` scans, generated: six kinds of notice (Gmail, Postfix, Exim, qmail,
// Google Groups, Gmail's delay notice), each quoting the message it returns. Shared with core's
// tests, which check that the scanner's fast path answers every kind as a full read does.

/** A seeded generator (an LCG): the same seed makes the same mailbox, run after run. */
export function random(seed = 7) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

const date = (i) =>
  `Thu, 03 Dec 2026 ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:07 +0000`;

/** The short returned message of the first bench row: 1.3 KB of plain text. */
function shortOriginal(i, to, rand) {
  const hex = (n) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `From: Shop <news@shop.example>
To: ${to}
Subject: Your order ${i} has shipped
Date: ${date(i)}
Message-ID: <${hex(24)}@shop.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Hello,

your order ${i} left our warehouse today. ${'Track it on our site any time. '.repeat(20)}
Thanks for shopping with us.
`;
}

const WORDS =
  'the a our new this week you your for with and offer sale free shipping order spring summer collection limited time only members save up to off selected styles discover latest arrivals read more shop now update preferences unsubscribe here view in browser because signed up newsletter customer favourite back in stock price drop gift card'.split(
    ' ',
  );

function sentence(rand, n) {
  const w = [];
  for (let k = 0; k < n; k++) w.push(WORDS[Math.floor(rand() * WORDS.length)]);
  const s = w.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

/** Quoted-printable as mail clients write it: `=` escaped, soft line breaks at 76 characters. */
function qp(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const esc = line
      .replace(/=/g, '=3D')
      .replace(/[^\x20-\x7e]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    let rest = esc;
    while (rest.length > 76) {
      let cut = 75;
      // Never split an =XX escape.
      const eq = rest.lastIndexOf('=', cut);
      if (eq > cut - 3) cut = eq;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join('\n');
}

function base64Lines(bytes) {
  const b64 = Buffer.from(bytes).toString('base64');
  const lines = [];
  for (let k = 0; k < b64.length; k += 76) lines.push(b64.slice(k, k + 76));
  return lines.join('\n');
}

/**
 * A returned message as senders really send them: a newsletter in HTML with a text alternative
 * (quoted-printable), Received/DKIM/List-Unsubscribe headers, `size` bytes in all (10–60 KB in
 * the bench), and for some a base64 attachment (a PDF invoice's bytes) that takes part of that size.
 */
function newsletterOriginal(i, to, rand, size, attach) {
  const hex = (n) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  const b64 = (n) =>
    Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)))
      .toString('base64')
      .slice(0, n);
  const alt = `alt-${hex(16)}`;
  const mixed = `mix-${hex(16)}`;
  const headers = `Received: from mail.shop.example (mail.shop.example [192.0.2.${i % 250}])
        by mx.shop.example with ESMTPS id ${hex(12)}
        for <${to}>; ${date(i)}
Received: by mail.shop.example with SMTP id ${hex(16)}; ${date(i)}
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example; s=s1;
        h=from:to:subject:date:message-id:list-unsubscribe:mime-version;
        bh=${b64(44)};
        b=${b64(76)}
         ${b64(76)}
         ${b64(76)}
         ${b64(64)}
From: Shop <news@shop.example>
To: ${to}
Subject: Spring sale: ${sentence(rand, 5)}
Date: ${date(i)}
Message-ID: <${hex(24)}@shop.example>
List-Unsubscribe: <https://shop.example/u/${hex(32)}>, <mailto:unsub-${hex(16)}@shop.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
`;
  const attachment = attach ? Math.floor(size * (0.4 + rand() * 0.3)) : 0;
  // Text alternative about a fifth of the rest, the HTML the remainder.
  const budget = size - headers.length - attachment - 600;
  const textBudget = Math.max(600, Math.floor(budget * 0.2));
  const htmlBudget = Math.max(2000, budget - textBudget);
  const text = [];
  let tl = 0;
  while (tl < textBudget) {
    const p = `${sentence(rand, 8 + Math.floor(rand() * 20))} https://shop.example/p/${hex(8)}?utm_source=newsletter&utm_medium=email`;
    text.push(p);
    tl += p.length + 2;
  }
  const html = [
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><style type="text/css">body{margin:0;padding:0}table{border-collapse:collapse}.btn{background:#e4003a;color:#ffffff;padding:12px 24px;border-radius:4px}</style></head>',
    '<body style="margin:0;padding:0;background-color:#f4f4f4;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">',
  ];
  let hl = html[0].length + html[1].length;
  while (hl < htmlBudget) {
    const row = `<tr><td align="left" style="padding:16px 24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333333;"><h2 style="margin:0 0 8px 0;font-size:20px;">${sentence(rand, 4)}</h2><p style="margin:0 0 12px 0;">${sentence(rand, 12 + Math.floor(rand() * 24))}</p><a class="btn" href="https://shop.example/c/${hex(10)}?utm_source=newsletter&amp;utm_campaign=spring" style="display:inline-block;text-decoration:none;">Shop now</a><img src="https://img.shop.example/${hex(16)}.jpg" width="552" alt="" style="display:block;border:0;"></td></tr>`;
    html.push(row);
    hl += row.length;
  }
  html.push('</table></body></html>');
  const alternative = `Content-Type: multipart/alternative; boundary="${alt}"

--${alt}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${qp(text.join('\n\n'))}

--${alt}
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${qp(html.join('\n'))}

--${alt}--
`;
  if (!attachment) return `${headers}${alternative}`;
  const bytes = new Uint8Array(Math.floor((attachment * 3) / 4));
  for (let k = 0; k < bytes.length; k++) bytes[k] = Math.floor(rand() * 256);
  return `${headers}Content-Type: multipart/mixed; boundary="${mixed}"

--${mixed}
${alternative}
--${mixed}
Content-Type: application/pdf; name="invoice-${i}.pdf"
Content-Disposition: attachment; filename="invoice-${i}.pdf"
Content-Transfer-Encoding: base64

${base64Lines(bytes)}
--${mixed}--
`;
}

/** Each kind: the notice as its MTA writes it, and the page and reason it must be counted under. */
export const kinds = [
  {
    page: 'notice-address-not-found',
    reason: 'user-unknown',
    make: (i, to, original) => `From MAILER-DAEMON ${date(i)}
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: news@shop.example
Subject: Delivery Status Notification (Failure)
X-Failed-Recipients: ${to}
MIME-Version: 1.0
Content-Type: multipart/report; boundary="b${i}"; report-type=delivery-status

--b${i}
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to ${to} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <${to}>: Recipient address rejected: User unknown in virtual mailbox table

--b${i}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; ${to}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.net. (192.0.2.${i % 250}, the server for the domain example.net.)
Diagnostic-Code: smtp; 550 5.1.1 <${to}>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: ${date(i)}

--b${i}
Content-Type: message/rfc822

${original()}
--b${i}--
`,
  },
  {
    page: '550-5.1.1-no-such-user',
    reason: 'user-unknown',
    make: (i, to, original, hex) => `From MAILER-DAEMON ${date(i)}
From: MAILER-DAEMON@mail.shop.example (Mail Delivery System)
To: news@shop.example
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="P${i}"

--P${i}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.shop.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<${to}>: host gmail-smtp-in.l.google.com[192.0.2.26] said: 550-5.1.1 The
    email account that you tried to reach does not exist. Please try 550-5.1.1
    double-checking the recipient's email address for typos or 550-5.1.1
    unnecessary spaces. For more information, go to 550 5.1.1
    https://support.google.com/mail/?p=NoSuchUser ${hex(12)} - gsmtp (in reply to RCPT TO command)

--P${i}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.shop.example
X-Postfix-Queue-ID: ${hex(10).toUpperCase()}

Final-Recipient: rfc822; ${to}
Original-Recipient: rfc822;${to}
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist. Please try 550-5.1.1 double-checking the recipient's email
    address for typos or 550-5.1.1 unnecessary spaces. For more information, go
    to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser ${hex(12)} - gsmtp

--P${i}
Content-Description: Undelivered Message
Content-Type: message/rfc822

${original()}
--P${i}--
`,
  },
  {
    page: '550-5.7.26-unauthenticated',
    reason: 'auth-failure',
    make: (i, to, original, hex) => `From MAILER-DAEMON ${date(i)}
From: Mail Delivery System <Mailer-Daemon@mail.shop.example>
To: news@shop.example
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ${to}
    host gmail-smtp-in.l.google.com [192.0.2.27]
    SMTP error from remote mail server after end of data:
    550-5.7.26 This message does not have authentication information or fails
    550-5.7.26 to pass authentication checks. To best protect our users from
    550-5.7.26 spam, the message has been blocked. ${hex(12)} - gsmtp

------ This is a copy of the message, including all the headers. ------

${original()}`,
  },
  {
    page: '452-4.2.2-inbox-out-of-storage',
    reason: 'mailbox-full',
    make: (i, to, original, hex) => `From MAILER-DAEMON ${date(i)}
From: MAILER-DAEMON@relay.shop.example
To: news@shop.example
Subject: failure notice

Hi. This is the qmail-send program at relay.shop.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<${to}>:
192.0.2.27 failed after I sent the message.
Remote host said: 452-4.2.2 The recipient's inbox is out of storage space. Please direct the
452-4.2.2 recipient to
452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp ${hex(12)} - gsmtp

--- Below this line is a copy of the message.

${original()}`,
  },
  {
    page: 'groups-no-permission-to-post',
    reason: 'policy',
    make: (i, to, original) => `From MAILER-DAEMON ${date(i)}
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: news@shop.example
Subject: Delivery Status Notification (Failure)
X-Failed-Recipients: ${to}

Hello news@shop.example,

We're writing to let you know that the group you tried to contact (team${i % 17}) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:

 * You might have spelled or formatted the group name incorrectly.
 * The owner of the group may have removed this group.
 * You may need to join the group before receiving permission to post.
 * This group may not be open to posting.

If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/.

Thanks,

Google Groups

----- Original message -----

${original()}`,
  },
  {
    page: 'notice-recipient-server-did-not-accept',
    reason: 'network',
    make: (i, to, original) => `From MAILER-DAEMON ${date(i)}
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: news@shop.example
Subject: Delivery Status Notification (Delay)

** Message not delivered yet **

There was a temporary problem delivering your message to ${to}. Gmail will retry for ${1 + (i % 40)} more hours.

The response was:
The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mx.example.net. 192.0.2.${i % 250}: timed out]

----- Original message -----

${original()}`,
  },
];

/**
 * `n` bounces, each of a kind drawn at random, as mbox entries (each starts with its `From ` line).
 * `originals: 'short'` returns a 1.3 KB plain message in each (the first bench row, 18.2 MB for
 * 10,000); `'newsletter'` returns a 10–60 KB HTML newsletter with a text alternative, a fifth of
 * them with a base64 attachment. Returns the messages and, per message, its kind.
 */
export function generateBounces(n, { originals = 'short', seed = 7 } = {}) {
  const rand = random(seed);
  const hex = (k) => Array.from({ length: k }, () => Math.floor(rand() * 16).toString(16)).join('');
  const messages = [];
  const kindOf = [];
  for (let i = 0; i < n; i++) {
    const kind = kinds[Math.floor(rand() * kinds.length)];
    const to = `user${i}@example${i % 97}.net`;
    // Made where the notice quotes it, so the first row's bytes are the same as they always were.
    const original = () =>
      originals === 'short'
        ? shortOriginal(i, to, rand)
        : newsletterOriginal(i, to, rand, 10_240 + Math.floor(rand() * 51_200), rand() < 0.2);
    messages.push(kind.make(i, to, original, hex));
    kindOf.push(kind);
  }
  return { messages, kindOf };
}
