// `smtpfix scan` over an mbox of 10,000 bounce messages (Gmail, Postfix, Exim, qmail and Google
// Groups notices, each with its returned original message), timed side by side with `grep -c`
// reading the same file. Both run as the user would run them: a fresh process each.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBounceScanner } from '@smtpfix/core';

const cli = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const N = 10_000;
let seed = 7;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
const hex = (n) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
const date = (i) =>
  `Thu, 03 Dec 2026 ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:07 +0000`;
const original = (i, to) => `From: Shop <news@shop.example>
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

// Each kind: the notice as its MTA writes it, and the page and reason it must be counted under.
const kinds = [
  {
    page: 'notice-address-not-found',
    reason: 'user-unknown',
    make: (i, to) => `From MAILER-DAEMON ${date(i)}
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

${original(i, to)}
--b${i}--
`,
  },
  {
    page: '550-5.1.1-no-such-user',
    reason: 'user-unknown',
    make: (i, to) => `From MAILER-DAEMON ${date(i)}
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

${original(i, to)}
--P${i}--
`,
  },
  {
    page: '550-5.7.26-unauthenticated',
    reason: 'auth-failure',
    make: (i, to) => `From MAILER-DAEMON ${date(i)}
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

${original(i, to)}`,
  },
  {
    page: '452-4.2.2-inbox-out-of-storage',
    reason: 'mailbox-full',
    make: (i, to) => `From MAILER-DAEMON ${date(i)}
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

${original(i, to)}`,
  },
  {
    page: 'groups-no-permission-to-post',
    reason: 'policy',
    make: (i, to) => `From MAILER-DAEMON ${date(i)}
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

${original(i, to)}`,
  },
  {
    page: 'notice-recipient-server-did-not-accept',
    reason: 'network',
    make: (i, to) => `From MAILER-DAEMON ${date(i)}
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: news@shop.example
Subject: Delivery Status Notification (Delay)

** Message not delivered yet **

There was a temporary problem delivering your message to ${to}. Gmail will retry for ${1 + (i % 40)} more hours.

The response was:
The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mx.example.net. 192.0.2.${i % 250}: timed out]

----- Original message -----

${original(i, to)}`,
  },
];

const expected = new Map();
const messages = [];
for (let i = 0; i < N; i++) {
  const kind = kinds[Math.floor(rand() * kinds.length)];
  const to = `user${i}@example${i % 97}.net`;
  messages.push(kind.make(i, to));
  expected.set(kind.page, (expected.get(kind.page) ?? 0) + 1);
}
const dir = mkdtempSync(join(tmpdir(), 'smtpfix-bounces-'));
const file = join(dir, 'bounces.mbox');
writeFileSync(file, messages.join('\n'));
const mb = statSync(file).size / 1048576;

const time = (fn) => {
  const t = process.hrtime.bigint();
  const out = fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, out };
};
// Warm the page cache for both: neither is billed for the disk.
execFileSync('cat', [file], { maxBuffer: 1 << 30 });
const runs = 5;
const grep = [];
const cliRuns = [];
let report;
for (let k = 0; k < runs; k++) {
  grep.push(time(() => execFileSync('grep', ['-c', '^From ', file], { encoding: 'utf8' }).trim()));
  cliRuns.push(
    time(() =>
      JSON.parse(
        execFileSync(process.execPath, [cli, 'scan', file, '--json'], {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        }),
      ),
    ),
  );
}
report = cliRuns[0].out;
const median = (xs) => xs.map((x) => x.ms).sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// In-process, without Node's start-up: the scanner alone over the same messages (best of 3, and
// its CPU time, which the other engineers' load on this machine does not inflate).
let inproc;
let inprocCpu = Number.POSITIVE_INFINITY;
for (let k = 0; k < 3; k++) {
  const c0 = process.cpuUsage();
  const r = time(() => {
    const s = createBounceScanner();
    for (const m of messages) s.add(m);
    return s.report();
  });
  const c = process.cpuUsage(c0);
  inprocCpu = Math.min(inprocCpu, (c.user + c.system) / 1000);
  if (!inproc || r.ms < inproc.ms) inproc = r;
}
rmSync(dir, { recursive: true, force: true });

let wrong = 0;
for (const [page, n] of expected) {
  const got = report.byEntry.find((e) => e.id === page)?.count ?? 0;
  if (got !== n) {
    wrong++;
    console.log(`  MISCOUNT ${page}: expected ${n}, counted ${got}`);
  }
}
console.log(
  `bounces: ${N} messages, ${mb.toFixed(1)} MB mbox, ${kinds.length} kinds of notice (median of ${runs} runs)`,
);
console.log(`  grep -c '^From '   ${median(grep).toFixed(1)} ms  (${grep[0].out} messages; counts only)`);
console.log(
  `  smtpfix scan       ${median(cliRuns).toFixed(1)} ms  (${report.bounces} bounces, ${report.recipients} recipients, ${report.byEntry.length} pages, ${report.byReason.length} reasons, ${report.unrecognised} unrecognised; includes Node start-up)`,
);
console.log(
  `  scanner in-process ${inproc.ms.toFixed(1)} ms wall, ${inprocCpu.toFixed(1)} ms CPU  (${inproc.out.bounces} bounces; no start-up, no file read)`,
);
console.log(`  by reason: ${report.byReason.map((r) => `${r.reason} ${r.count}`).join(', ')}`);
console.log(`  counts ${wrong ? `WRONG for ${wrong} pages` : 'match the generated mix for every page'}`);
console.log(
  `  ratio ${(median(cliRuns) / median(grep)).toFixed(2)}x grep -c for the CLI, ${(inproc.ms / median(grep)).toFixed(2)}x for the scanner alone  (goal: <= 3x)`,
);
if (wrong) process.exitCode = 1;
