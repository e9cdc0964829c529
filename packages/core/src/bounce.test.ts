import { describe, expect, it } from 'vitest';
import { looksLikeBounce, readBounce } from './bounce.js';
import { classify } from './classify.js';

// Messages built the way each MTA writes them, to pin the reader's structure handling. The real
// bounces it is measured on are in test/fixtures/bounces (see bounce-devset.test.ts).
const CRLF = (s: string) => s.replace(/\n/g, '\r\n');

const gmailReport = (
  lang: { heading: string; body: string; link?: string },
  status: string,
  diagnostic: string | null,
) =>
  CRLF(`Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.org
Subject: Delivery Status Notification (Failure)
X-Failed-Recipients: someone@example.de
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000b1b2b3"; report-type=delivery-status

--000000000000b1b2b3
Content-Type: multipart/related; boundary="000000000000c1c2c3"

--000000000000c1c2c3
Content-Type: multipart/alternative; boundary="000000000000d1d2d3"

--000000000000d1d2d3
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

** ${lang.heading} **

${lang.body}

${lang.link ?? 'https://support.google.com/mail/?p=3DNoSuchUser'}

--000000000000d1d2d3
Content-Type: text/html; charset="UTF-8"

<html><body><p>${lang.heading}</p></body></html>
--000000000000d1d2d3--
--000000000000c1c2c3--
--000000000000b1b2b3
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 03 Dec 2026 04:00:00 -0800 (PST)

Final-Recipient: rfc822; someone@example.de
Action: failed
Status: ${status}
Remote-MTA: dns; mx.example.de. (192.0.2.10, the server for the domain example.de.)
${diagnostic ? `Diagnostic-Code: smtp; ${diagnostic}\n` : ''}Last-Attempt-Date: Thu, 03 Dec 2026 04:00:01 -0800 (PST)

--000000000000b1b2b3
Content-Type: message/rfc822

From: sender@example.org
To: someone@example.de
Subject: The returned message: Final-Recipient: rfc822; decoy@example.com

Status: 5.7.26 in the original body must not be read
--000000000000b1b2b3--
`);

describe('readBounce', () => {
  it('reads a MIME multipart/report: recipient, action, status, remote MTA, diagnostic, and not the returned message', () => {
    const b = readBounce(
      gmailReport(
        {
          heading: 'Adresse nicht gefunden',
          body: 'Ihre Nachricht wurde nicht an someone@example.de zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.',
        },
        '5.1.1',
        '550 5.1.1 <someone@example.de>: Recipient address rejected: User unknown in virtual mailbox table',
      ),
    );
    expect(b?.format).toBe('gmail');
    expect(b?.subject).toBe('Delivery Status Notification (Failure)');
    expect(b?.recipients).toHaveLength(1);
    const r = b!.recipients[0]!;
    expect(r).toMatchObject({ recipient: 'someone@example.de', action: 'failed', status: '5.1.1' });
    expect(r.remoteMta).toMatch(/^mx\.example\.de/);
    expect(r.diagnosticCode).toMatch(/User unknown in virtual mailbox table$/);
    expect(b!.notice).toContain('Adresse nicht gefunden');
    expect(b!.notice).toContain('?p=NoSuchUser'); // quoted-printable decoded
    expect(b!.notice).not.toContain('decoy');
  });

  it("recognises Gmail's notices in other languages by structure: the page follows the report, not English words", () => {
    const german = classify(
      gmailReport(
        {
          heading: 'Adresse nicht gefunden',
          body: 'Ihre Nachricht wurde nicht an someone@example.de zugestellt.',
        },
        '5.1.1',
        '550 5.1.1 <someone@example.de>: Recipient address rejected: User unknown',
      ),
    );
    expect(german.entry?.id).toBe('notice-address-not-found');
    expect(german.reason).toBe('user-unknown');

    const japanese = classify(
      gmailReport(
        {
          heading: 'メッセージが配信されませんでした',
          body: '受信者のサーバーが接続リクエストを受け付けませんでした。',
          link: '',
        },
        '4.4.1',
        null,
      ),
    );
    expect(japanese.entry?.id).toBe('notice-recipient-server-did-not-accept');
    expect(japanese.reason).toBe('network');
  });

  it("recognises Google Groups' notice in another language by Google's stable link", () => {
    const d = classify(`From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Failure)
X-Failed-Recipients: equipo@example.es

Hola ana@example.org:

Te escribimos para informarte de que es posible que el grupo con el que has intentado contactar (equipo) no exista o que no tengas permiso para publicar mensajes en él.

Si tienes alguna pregunta, visita el Centro de Ayuda en https://groups.google.com/support/.

Gracias,

Grupos de Google
`);
    expect(d.bounce?.format).toBe('google-groups');
    expect(d.bounce?.recipients[0]?.recipient.recipient).toBe('equipo@example.es');
    expect(d.entry?.id).toBe('groups-no-permission-to-post');
    expect(d.reason).toBe('policy');
  });

  it('answers a Google reply quoted in a Gmail notice with its own page, not the notice page', () => {
    const d = classify(
      gmailReport(
        {
          heading: 'Address not found',
          body: "Your message wasn't delivered to someone@example.de because the address couldn't be found, or is unable to receive mail.",
        },
        '5.1.1',
        "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7 - gsmtp",
      ),
    );
    expect(d.entry?.id).toBe('550-5.1.1-no-such-user');
    expect(d.reason).toBe('user-unknown');
  });

  it("answers the issue's named cases: a bare 550 User unknown in a Workspace notice, a Header error", () => {
    const workspace = classify(`** Address not found **

Your message wasn't delivered to info@example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 User unknown`);
    expect(workspace.entry?.id).toBe('notice-address-not-found');
    expect(workspace.reason).toBe('user-unknown');

    const header = classify(`Delivery to the following recipient failed permanently:

     someone@example.jp

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 554 554 5.7.0 Header error (state 18).`);
    expect(header.entry?.id).toBe('554-5.7.0-header-error');
    expect(header.reason).toBe('syntax');
  });

  it('reads a base64 text part', () => {
    const body = Buffer.from(
      'Delivery to the following recipient failed permanently:\n\n     a@example.com\n\nTechnical details of permanent failure:\nThe recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720\n[example.com. 192.0.2.1: timed out]\n',
    ).toString('base64');
    const msg = `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n${body.replace(/(.{76})/g, '$1\n')}\n`;
    const d = classify(msg);
    expect(d.bounce?.recipients[0]?.recipient.recipient).toBe('a@example.com');
    expect(d.entry?.id).toBe('notice-recipient-server-did-not-accept');
  });

  it('reads every recipient of a Postfix notice, each with its own answer', () => {
    const d = classify(`This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<a@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.26] said: 550-5.1.1 The
    email account that you tried to reach does not exist. Please try 550-5.1.1
    double-checking the recipient's email address for typos or 550-5.1.1
    unnecessary spaces. (in reply to RCPT TO command)

<b@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.26] said: 452-4.2.2 The
    recipient's inbox is out of storage space. Please direct the 452-4.2.2
    recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp
    x1si - gsmtp (in reply to RCPT TO command)
`);
    expect(d.bounce?.format).toBe('postfix');
    const rs = d.bounce!.recipients;
    expect(rs.map((r) => r.recipient.recipient)).toEqual(['a@gmail.com', 'b@gmail.com']);
    expect(rs.map((r) => r.diagnosis.entry?.id)).toEqual([
      '550-5.1.1-no-such-user',
      '452-4.2.2-inbox-out-of-storage',
    ]);
    expect(rs.map((r) => r.diagnosis.reason)).toEqual(['user-unknown', 'mailbox-full']);
    expect(rs[0]!.recipient.remoteMta).toBe('gmail-smtp-in.l.google.com');
    // The message's own answer is its first failed recipient's.
    expect(d.entry?.id).toBe('550-5.1.1-no-such-user');
  });

  it('keeps Postfix DSN groups apart when Final-Recipient comes before Original-Recipient', () => {
    const b = readBounce(`Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 1234

Final-Recipient: rfc822; a@example.com
Original-Recipient: rfc822;a@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <a@example.com>: Recipient address rejected:
    User unknown in local recipient table

Final-Recipient: rfc822; b@example.com
Original-Recipient: rfc822;b@example.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.example.com[192.0.2.1]:25: Connection
    timed out
`);
    expect(b?.recipients.map((r) => [r.recipient, r.action, r.status])).toEqual([
      ['a@example.com', 'failed', '5.1.1'],
      ['b@example.com', 'delayed', '4.4.1'],
    ]);
    expect(b?.recipients[0]?.diagnosticCode).toBe(
      '550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in local recipient table',
    );
  });

  it('reads Exim, qmail and sendmail notices', () => {
    const exim = readBounce(`This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  someone@example.com
    host aspmx.l.google.com [192.0.2.27]
    SMTP error from remote mail server after RCPT TO:<someone@example.com>:
    550-5.1.1 The email account that you tried to reach does not exist.
`);
    expect(exim?.format).toBe('exim');
    expect(exim?.recipients[0]).toMatchObject({ recipient: 'someone@example.com', status: '5.1.1' });
    expect(exim?.recipients[0]?.diagnosticCode).toMatch(/^550-5\.1\.1 The email account/);

    const qmail = readBounce(`Hi. This is the qmail-send program at example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<x@example.com>:
192.0.2.27 does not like recipient.
Remote host said: 550 5.1.1 <x@example.com>: Recipient address rejected: User unknown
Giving up on 192.0.2.27.
`);
    expect(qmail?.format).toBe('qmail');
    expect(qmail?.recipients[0]?.diagnosticCode).toBe(
      '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown',
    );

    const sendmail = readBounce(`   ----- The following addresses had permanent fatal errors -----
<y@example.com>
    (reason: 552 5.2.2 Mailbox full)
`);
    expect(sendmail?.format).toBe('sendmail');
    expect(sendmail?.recipients[0]).toMatchObject({
      recipient: 'y@example.com',
      diagnosticCode: '552 5.2.2 Mailbox full',
    });
  });

  it("reads a notice that copies qmail's words without its name, and a reply whose spaces became underscores", () => {
    // Winmail Server's notice (a real one is in the bounce set): qmail's sentences, another greeting,
    // the recipient line ending in a comma, and an underscore where a space was.
    const text = `Hi. This is the smtp delivery program.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<someone@gmail.com>, remote server said: 550-5.7.1 [192.0.2.7  12] Our system has detected that this message is
550-5.7.1_likely_unsolicited mail. To reduce the amount of spam sent to Gmail,
550-5.7.1 this message has been blocked. Please visit
550 5.7.1 more information. a1si1.2 - gsmtp/
`;
    const b = readBounce(text);
    expect(b?.format).toBe('qmail');
    expect(b?.recipients[0]?.diagnosticCode).toMatch(/^550-5\.7\.1 \[192\.0\.2\.7/);
    const d = classify(text);
    expect(d.entry?.id).toBe('550-5.7.1-likely-unsolicited');
    expect(d.reason).toBe('spam');
  });

  it('reads a notice flattened onto one line, whose opening header line swallowed it', () => {
    // A real dev-set bounce (USCiLab/cereal#305, Google Groups) with its line breaks lost, as a mail
    // client's copy-paste leaves it: "From: …" opens the paste, so the whole notice was one header.
    const lines = [
      'From: Mail Delivery Subsystem',
      'Sent: Thursday, June 23, 15:28',
      'Subject: Delivery Status Notification (Failure)',
      'To: derrick.timmermans@outlook.com',
      '',
      "Hello derrick.timmermans@outlook.com, We're writing to let you know that the group you tried to contact (cerealcpp) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post: * You might have spelled or formatted the group name incorrectly. * The owner of the group may have removed this group. * You may need to join the group before receiving permission to post. * This group may not be open to posting. If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/. Thanks, Google Groups",
    ];
    for (const text of [lines.join('\n'), lines.filter(Boolean).join(' ')]) {
      const b = readBounce(text);
      expect(b?.format).toBe('google-groups');
      expect(b?.notice).toMatch(/the group you tried to contact \(cerealcpp\)/);
      const d = classify(text);
      expect(d.entry?.id).toBe('groups-no-permission-to-post');
      expect(d.reason).toBe('policy');
    }
    // An ordinary long subject is still a header, not a notice.
    expect(readBounce(`From: a@example.com\nSubject: ${'lunch '.repeat(40)}\n\nAre you free?`)).toBeNull();
  });

  it("names Gmail's page from the last line of a wrapped reply, the only one an MTA kept", () => {
    // A real dev-set bounce (batch-3): the MTA quoted only the tail of Gmail's 550 5.7.1 "unusual
    // rate of unsolicited mail … blocked" reply; its closing words and codes still name the page.
    const text = `Could not deliver message to the following recipient(s):

Failed Recipient: <anyone>@gmail.com
Reason: Remote host said: 550 5.7.1 our Bulk Email Senders Guidelines. 50si6194057ugb`;
    const d = classify(text);
    expect(d.entry?.id).toBe('550-5.7.1-unusual-rate-ip-blocked');
    expect(d.reason).toBe('blocked');
    // The same closing words with Groups' own lead-in stay Groups' page.
    expect(
      classify(
        'Message rejected by Google Groups. Please visit http://mail.google.com/support/answer/188131?hl=en to review our Bulk Email Senders Guidelines.',
      ).entry?.id,
    ).toBe('groups-rejected-as-spam');
  });

  it('returns null for a single reply line, a log line and ordinary mail', () => {
    expect(readBounce('535-5.7.8 Username and Password not accepted.')).toBeNull();
    expect(
      readBounce('Dec  3 10:00:00 host postfix/smtp[1]: ABC: to=<a@b.c>, status=sent (250 2.0.0 OK)'),
    ).toBeNull();
    expect(readBounce('From: a@example.com\nSubject: lunch?\n\nAre you free at noon?')).toBeNull();
    expect(looksLikeBounce('')).toBe(false);
  });

  it('is total and bounded on hostile input', () => {
    const big = `Final-Recipient: rfc822; a@b.c\n${'Diagnostic-Code: smtp; x\n'.repeat(50_000)}`;
    const b = readBounce(big);
    expect(b?.recipients.length).toBeLessThanOrEqual(100);
    expect(() =>
      readBounce(`Content-Type: multipart/report; boundary="${'-'.repeat(100)}"\n\n`),
    ).not.toThrow();
  });
});

// Notices and report lines the dev side of batch-7.json and batch-8.json showed the reader lacked;
// each written here in its documented form.
describe('readBounce: the fresh batches', () => {
  it("reads Gmail's delay notice with no remote reply as a bounce whose reason is other", () => {
    const text =
      "Delivery incomplete\n\nThere was a temporary problem delivering your message to someone@example.com. Gmail will retry for 40 more hours. You'll be notified if the delivery fails permanently.";
    const b = readBounce(text);
    expect(b?.recipients[0]?.action).toBe('delayed');
    const d = classify(text);
    expect(d.entry?.provider).not.toBe('gmail');
    expect(d.reason).toBe('other');
  });

  it("reads Yahoo's notice and its recipient's reply by the reply's status", () => {
    const text =
      'Sorry, we were unable to deliver your message to the following address.\n\n<someone@example.com>:\n554: 5.7.1 Service unavailable';
    expect(readBounce(text)?.recipients[0]?.recipient).toBe('someone@example.com');
    expect(classify(text).reason).toBe('policy');
  });

  it('names the remote MTA a notice introduces as "the mail server at <host> said:"', () => {
    const text =
      'Your message could not be delivered to one or more recipients.\n\nThe following recipients did not receive the message:\n\n  * someone@example.com\n\nThe message could not be delivered, the mail server at mx.example.com [192.0.2.1] said:\n\n<<< 550 5.1.1 No such user';
    expect(readBounce(text)?.recipients[0]?.remoteMta).toBe('mx.example.com');
  });

  it("takes a failed recipient's status from the refusal, not a success quoted before it", () => {
    const text =
      'This is the mail system at host mail.example.org.\n\n<someone@example.com>: host mx.example.com[192.0.2.1] said:\n    250 2.1.5 Ok, then 550 5.7.1 Message rejected (in reply to end of DATA command)';
    expect(readBounce(text)?.recipients[0]?.status).toBe('5.7.1');
  });
});

describe("readBounce: sendmail's transcript and Gmail's own sentences in other MTAs' notices", () => {
  const sendmail = (parts: string) =>
    `The original message was received at Mon, 1 Jan 2024 10:00:00 +0000\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n<a@gmail.com>\n    (reason: 550-5.7.26 The MAIL FROM domain [example.org] has an SPF record with a hard fail policy (-all))\n<b@example.net>\n    (reason: 550 5.1.1 <b@example.net>... User unknown)\n\n   ----- Transcript of session follows -----\n${parts}`;

  it('names each recipient\'s server from "... while talking to <host>.:" in the transcript', () => {
    const b = readBounce(
      sendmail(
        '... while talking to gmail-smtp-in.l.google.com.:\n>>> RCPT To:<a@gmail.com>\n<<< 550-5.7.26 The MAIL FROM domain [example.org] has an SPF record\n... while talking to mx.example.net.:\n>>> RCPT To:<b@example.net>\n<<< 550 5.1.1 <b@example.net>... User unknown\n',
      ),
    );
    const mta = Object.fromEntries((b?.recipients ?? []).map((r) => [r.recipient, r.remoteMta]));
    expect(mta).toEqual({ 'a@gmail.com': 'gmail-smtp-in.l.google.com', 'b@example.net': 'mx.example.net' });
  });

  it("keeps Gmail's page for Gmail's own long sentence with no Google marker, not for common words", () => {
    const qmail = (r: string) =>
      `Hi. This is the qmail-send program at example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<user@example.com>:\n192.0.2.1 does not like recipient.\nRemote host said: ${r}\nGiving up on 192.0.2.1.\n`;
    expect(
      classify(
        qmail(
          '550-5.7.26 The MAIL FROM domain [xxx] has an SPF record with a hard fail policy (-all)\nbut it fails',
        ),
      ).entry?.id,
    ).toBe('550-5.7.26-mail-from-spf-hard-fail');
    expect(classify(qmail('550 5.1.1 User unknown')).entry?.provider).not.toBe('gmail');
    expect(classify(qmail('421 4.7.0 Try again later, closing connection.')).entry?.provider).not.toBe(
      'gmail',
    );
  });
});

describe("Gmail's notice copied from its web view", () => {
  it('is Gmail’s by its bare heading over its first sentence, even cut after the address', () => {
    for (const sentence of ["Your message wasn't delivered to", 'Your message was not delivered to']) {
      const d = classify(
        `Delivery Status Notification (Failure)\n\nAddress not found\n${sentence} someone@example.org\n`,
      );
      expect(d.entry?.id, sentence).toBe('notice-address-not-found');
      expect(d.reason, sentence).toBe('user-unknown');
    }
  });

  it('is not claimed from the heading words alone', () => {
    const d = classify('Address not found\nThe recipient someone@example.org could not be reached.\n');
    expect(d.entry?.provider ?? 'none').not.toBe('gmail');
  });
});

describe('a notice copied with typographic apostrophes', () => {
  // Gmail's web view and mail clients show "wasn't" as "wasn’t" (U+2019); the server sent neither
  // more nor less than the plain wording.
  it('is read as a bounce and answered as with plain ones', () => {
    const plain =
      "Your message wasn't delivered to someone@example.invalid because the domain example.invalid couldn't be found. Check for typos or unnecessary spaces and try again.";
    const curly = plain.replace(/'/g, '’');
    expect(looksLikeBounce(curly)).toBe(true);
    expect(readBounce(curly)).not.toBeNull();
    const d = classify(curly);
    expect(d.entry?.id).toBe(classify(plain).entry?.id);
    expect(d.entry?.id).toBe('553-5.1.2-domain-not-found');
    expect(d.reason).toBe('host-unknown');
  });

  it('keeps the web-view heading and the qmail-style notice with either apostrophe', () => {
    const copied = classify(
      'Address not found\nYour message wasn’t delivered to someone@example.org because the address couldn’t be found, or is unable to receive mail.\n',
    );
    expect(copied.entry?.id).toBe('notice-address-not-found');
    const qmail =
      // A server that copies qmail's notice without its "qmail-send program" line.
      'Hi. This is the smtp delivery program at example.org.\nI’m afraid I wasn’t able to deliver your message to the following addresses.\nThis is a permanent error; I’ve given up. Sorry it didn’t work out.\n\n<user@example.com>:\n192.0.2.1 does not like recipient.\nRemote host said: 550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in local recipient table\nGiving up on 192.0.2.1.\n';
    expect(looksLikeBounce(qmail)).toBe(true);
    expect(classify(qmail).reason).toBe('user-unknown');
  });
});

describe('a forwarded or wrapped Gmail TLS line (batch-13 dev samples)', () => {
  it('keeps the typographic apostrophe a quoted-printable forward decodes to from costing the page', () => {
    // Gmail's forward encodes "doesn’t" as "doesn=E2=80=99t"; it is decoded after the paste was made
    // plain, so the reader's own text still has U+2019.
    const text = `From: Alice <alice@example.net>\nSubject: Fwd: Delivery Status Notification (Failure)\nMIME-Version: 1.0\nContent-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\nTLS Negotiation failed, the certificate doesn=E2=80=99t match the host., code: 0\n`;
    const d = classify(text);
    expect(d.bounce).not.toBeNull();
    expect(d.entry?.id).toBe('send-mail-as-tls-negotiation-failed');
    expect(d.reason).toBe('tls');
  });

  it("takes Google's internal status name and BoringSSL path as Google's marker inside another MTA's notice", () => {
    const qmail = (r: string) =>
      `Hi. This is the qmail-send program at example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<user@example.com>:\n192.0.2.1 does not like recipient.\nRemote host said: ${r}\nGiving up on 192.0.2.1.\n`;
    for (const line of [
      'TLS Negotiation failed: FAILED_PRECONDITION: starttls error (71): SSL routines:OPENSSL_internal:SSLV3_ALERT_ILLEGAL_PARAMETER',
      'TLS Negotiation failed: starttls error: third_party/openssl/boringssl/src/ssl/tls_record.cc:592:SSL alert number 47',
    ]) {
      expect(classify(qmail(line)).entry?.id, line).toBe('notice-remote-server-no-tls');
    }
    // Without either marker the short "TLS Negotiation failed" is not Gmail's own.
    expect(classify(qmail('TLS Negotiation failed: handshake error')).entry?.provider ?? 'none').not.toBe(
      'gmail',
    );
  });
});

describe('a relay refusal that asks for a login first', () => {
  // cPanel's Exim ACL and sendmail's proto.m4 (with AUTH offered) word it so.
  const cpanel =
    '550-Please turn on SMTP Authentication in your mail client, or login to the\n550-IMAP/POP3 server before sending your message. mail.example.org\n550 [192.0.2.7]:51234 is not permitted to relay through this server without\n550 authentication.';
  const sendmail = '550 5.7.1 <someone@example.com>... Relaying denied. Proper authentication required.';

  it('is credentials when the sender tried to relay through its own server', () => {
    const exim = `This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  someone@example.com\n    host mail.example.org [192.0.2.1]\n    SMTP error from remote mail server after RCPT TO:<someone@example.com>:\n    ${cpanel}\n`;
    expect(classify(exim).reason).toBe('credentials');
    expect(classify(sendmail).reason).toBe('credentials');
  });

  it("is the remote-server-misconfigured notice, policy, when Gmail's notice quotes it from the recipient's MX", () => {
    for (const reply of [cpanel.replace(/\n/g, ' '), sendmail]) {
      const notice = `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\n** Message not delivered **\n\nThere was a problem delivering your message to someone@example.com. See the technical details below.\n\nThe response from the remote server was:\n${reply}\n`;
      const d = classify(notice);
      expect(d.entry?.id, reply).toBe('notice-remote-server-misconfigured');
      expect(d.reason, reply).toBe('policy');
    }
  });
});

describe('a notice copied double-spaced from a web page', () => {
  // Each line in its own paragraph: a blank line after every line, two where the notice had one.
  const qmail = [
    'Hi. This is the qmail-send program at mail.example.org.',
    "I'm afraid I wasn't able to deliver your message to the following addresses.",
    "This is a permanent error; I've given up. Sorry it didn't work out.",
    '<someone@example.net>:',
    '192.0.2.1 does not like recipient.',
    'Remote host said: 553 5.3.0 <someone@example.net>... Please receive your mail before sending',
    'Giving up on 192.0.2.1.',
  ];

  it("keeps each recipient's block together and reads its reply", () => {
    const b = readBounce(`${qmail.join('\n\n')}\n`);
    expect(b?.recipients[0]?.diagnosticCode).toBe(
      '553 5.3.0 <someone@example.net>... Please receive your mail before sending',
    );
    // POP before SMTP: the login the server wants first is what is missing.
    expect(classify(`${qmail.join('\n\n')}\n`).reason).toBe('credentials');
  });

  it('still ends a block at a paragraph break (two blank lines there)', () => {
    const two = [
      ...qmail.slice(0, 6),
      '',
      '<other@example.net>:',
      '',
      'Sorry, no mailbox here by that name. (#5.1.1)',
    ];
    const b = readBounce(`${two.join('\n\n')}\n`);
    expect(b?.recipients.map((r) => r.recipient)).toEqual(['someone@example.net', 'other@example.net']);
    expect(b?.recipients[0]?.notice).not.toMatch(/no mailbox/);
  });
});

describe('a notice quoted whole inside a forward', () => {
  // A mail client's forward or reply quotes the notice ("> " on each line) under its own header
  // block; Postfix folds the reply across those quoted lines.
  it('reads the reply without the quote markers', () => {
    const notice = [
      'This is the mail system at host mail.example.org.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '                   The mail system',
      '',
      '<user@example.net>: host mx.example.net[192.0.2.1] said: 550 5.7.1 Relay access',
      '    denied (in reply to RCPT TO command)',
    ];
    const text = `Any idea why?\n\n---------- Forwarded message ---------\nFrom: Mail Delivery System <MAILER-DAEMON@example.org>\nSubject: Undelivered Mail Returned to Sender\n\n${notice.map((l) => `> ${l}`).join('\n')}\n`;
    const b = readBounce(text);
    expect(b?.recipients[0]?.diagnosticCode).toMatch(/^550 5\.7\.1 Relay access denied\b/);
    expect(classify(text).reason).toBe('policy');
  });
});

describe("readBounce: Exim's delay warning", () => {
  it('reads it as a delay of each recipient, by the cause it quotes, else other', () => {
    // Exim's stock warn_message text (src/src/configure.default).
    const head =
      'This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mail.example.org.\n\nThe message identifier is:     1abcde-000123-AB\nThe subject of the message is: Hello\n\nThe address to which the message has not yet been delivered is:\n\n  someone@example.net\n';
    const plain = readBounce(head);
    expect(plain?.recipients[0]?.action).toBe('delayed');
    expect(classify(head).reason).toBe('other');
    const withCause = `${head}    Delay reason: SMTP error from remote mail server after RCPT TO:<someone@example.net>:\n    421 4.7.0 Connection timed out\n`;
    expect(classify(withCause).reason).toBe('network');
    // Its subject (Exim's "Warning: message <id> delayed <n> hours") marks a reply that quotes it.
    const reply = `From: a@example.net\nSubject: Re: Warning: message 1abcde-000123-AB delayed 24 hours\n\nWhy?\n\nOn Mon, Mar 4, 2024 at 10:15 AM Mail Delivery System <Mailer-Daemon@mail.example.org> wrote:\n\n> A message that you sent has not yet been delivered to one or more of its\n> recipients after more than 24 hours on the queue on mail.example.org.\n`;
    expect(readBounce(reply)?.recipients[0]?.action).toBe('delayed');
  });
});

describe("Exchange's notice, which names each recipient twice", () => {
  // Exchange 2007-2013: the human part names the recipient with no reply; "Diagnostic information
  // for administrators" names it again with the remote server's reply in single quotes.
  const head = 'From: Microsoft Outlook <postmaster@example.org>\nSubject: Undeliverable: hello\n\n';
  const ndr = (reply: string) =>
    `${head}Delivery has failed to these recipients or groups:

bob@example.net
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.

Diagnostic information for administrators:

Generating server: mail.example.org

bob@example.net
mx.example.net #${reply} ##

Original message headers:
`;
  const quoted = (reply: string) => `${head}Delivery has failed to these recipients or groups:

bob@example.net
A problem occurred during the delivery of this message to this e-mail address.

Diagnostic information for administrators:

Generating server: mail.example.org

bob@example.net
mx.example.net
Remote Server returned '${reply}'
`;

  it('reads the reply from the second naming', () => {
    const b = readBounce(quoted('550 5.2.2 Mailbox full, over quota'));
    expect(b?.recipients).toHaveLength(1);
    expect(b?.recipients[0]?.diagnosticCode).toBe('550 5.2.2 Mailbox full, over quota');
    expect(b?.recipients[0]?.status).toBe('5.2.2');
    expect(classify(quoted('550 5.2.2 Mailbox full, over quota')).reason).toBe('mailbox-full');
  });

  it("reads a reply in quotes that starts without its code (a wrapped reply's continuation)", () => {
    const d = classify(
      quoted(
        'Our system has detected that this message is 550-5.7.1 not RFC 5322 compliant. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked. Please review 550 5.7.1 RFC 5322 specifications for more information. a1si2 - gsmtp',
      ),
    );
    expect(d.entry?.id).toBe('550-5.7.1-rfc5322-noncompliant');
    expect(d.reason).toBe('syntax');
  });

  it('keeps one recipient when the second naming brings nothing new', () => {
    const b = readBounce(ndr('550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'));
    expect(b?.recipients.map((r) => r.recipient)).toEqual(['bob@example.net']);
    expect(classify(ndr('550 5.1.1 RESOLVER.ADR.RecipNotFound; not found')).reason).toBe('user-unknown');
  });
});

describe('a notice that states the cause above its only recipient', () => {
  it('reads the recipient with the whole notice', () => {
    const text = `From: Mail Administrator <Postmaster@example.com>
Subject: Mail System Error - Returned Mail

This Message was undeliverable due to the following reason:

The user(s) account is temporarily over quota.

<bob@example.com>

Please reply to Postmaster@example.com
if you feel this message to be in error.
`;
    const d = classify(text);
    expect(d.bounce?.recipients[0]?.recipient.recipient).toBe('bob@example.com');
    expect(d.reason).toBe('mailbox-full');
  });
});

describe('a notice sent under the report part type', () => {
  const message = (first: string) => `From: Mail Administrator <Postmaster@example.com>
Subject: Mail System Error - Returned Mail
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: message/delivery-status

${first}

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mta.example.com

Final-Recipient: RFC822; <bob@example.com>
Action: failed
Status: 5.3.0

--b1--
`;
  it('reads a report part with no report field as the notice', () => {
    const d = classify(
      message(
        'This Message was undeliverable due to the following reason:\n\n<bob@example.com> has restricted SMS e-mail\n\nPlease reply to <Postmaster@example.com>',
      ),
    );
    expect(d.bounce?.recipients[0]?.recipient.recipient).toBe('bob@example.com');
    expect(d.reason).toBe('policy');
  });
  it('keeps a part with report fields as the report', () => {
    const d = classify(
      message('Reporting-MTA: dns; edge.example.com\nArrival-Date: Tue, 29 Jun 2010 10:42:37 -0500'),
    );
    expect(d.bounce?.recipients[0]?.recipient.status).toBe('5.3.0');
    expect(d.reason).not.toBe('policy');
  });
});

describe("Google's notice in another language, every line break lost", () => {
  it('is read from the one header line that holds its sender and heading', () => {
    const text =
      "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com> Subject: Delivery Status Notification (Failure) ** Die Adresse wurde nicht gefunden ** Ihre Nachricht wurde nicht an ada@gmail.com zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann. Antwort: 550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp";
    const d = classify(text);
    expect(d.entry?.id).toBe('550-5.1.1-no-such-user');
    expect(d.reason).toBe('user-unknown');
  });
  it("another sender's line with a starred note is not taken for Google's notice", () => {
    const text =
      'From: Ada Lovelace <ada@example.org> Subject: weekly notes ** Die Adresse wurde nicht gefunden ** is the heading I keep seeing in my German mailbox when a friend mistypes an address, and I would like to know what it means for the newsletter we send every week';
    expect(classify(text).entry).toBeNull();
  });
});

describe('a reply that quotes nothing above a bounce sent as parts', () => {
  it('reads the notice in the parts, not the empty quote', () => {
    const text = `From: Alice <alice@example.net>
Subject: Re: Returned mail
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="q1"

--q1
Content-Type: text/plain

Why did this bounce?

On Mon, Mar 4, 2024 at 10:15 AM Mail Administrator <postmaster@example.com> wrote:

>

--q1
Content-Type: text/plain

This Message was undeliverable due to the following reason:

<bob@example.com> has restricted SMS e-mail

--q1--
`;
    expect(classify(text).reason).toBe('policy');
  });
});

describe('copies that change the layout of a plain-text report', () => {
  it("reads the report's fields when a copy set every line in by a space", () => {
    const text = [
      'This is an automatically generated Delivery Status Notification.',
      '',
      ' Delivery to the following recipients failed.',
      '',
      '        ada@example.net',
      '        bob@example.net',
      '',
      ' Reporting-MTA: dns;mta.example.com',
      '',
      ' Final-Recipient: rfc822;ada@example.net',
      ' Action: failed',
      ' Status: 5.5.0',
      ' Diagnostic-Code: smtp;550 SPF check failed',
      '',
      ' Final-Recipient: rfc822;bob@example.net',
      ' Action: failed',
      ' Status: 5.1.1',
      ' Diagnostic-Code: smtp;550 No such user',
    ].join('\n');
    const r = readBounce(text)!.recipients;
    expect(r.map((x) => [x.recipient, x.status])).toEqual([
      ['ada@example.net', '5.5.0'],
      ['bob@example.net', '5.1.1'],
    ]);
    expect(classify(text).reason).toBe('auth-failure');
  });
  it('still reads an indented line under Diagnostic-Code as its continuation', () => {
    const text =
      'Final-Recipient: rfc822;ada@example.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;552 5.2.2 The email account\n    that you tried to reach is over quota';
    expect(readBounce(text)!.recipients[0]!.diagnosticCode).toBe(
      '552 5.2.2 The email account that you tried to reach is over quota',
    );
  });
  it('knows a double-spaced notice whose sentence the blank lines split', () => {
    const text = [
      "I'm sorry to have to inform you that your message",
      '',
      "could not be delivered to one or more recipients. It's attached below.",
      '',
      'For further assistance, please send mail to postmaster.',
      '',
      'If you do so, please include this problem report.',
      '',
      'You can delete your own text from the attached returned message.',
      '',
      'The mail system',
      '',
      '<ada@example.net>: host mx.example.net said: 550 5.1.1 <ada@example.net>: Recipient address',
      '',
      'rejected: User unknown (in reply to RCPT TO command)',
    ].join('\n');
    expect(looksLikeBounce(text)).toBe(true);
    expect(classify(text).reason).toBe('user-unknown');
  });
});
