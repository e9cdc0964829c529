import { describe, expect, it } from 'vitest';
import { catalog } from './catalog.js';
import { classify } from './classify.js';
import { reasonOfEntry } from './reason.js';

// One test per rule of the labelling guide (test/fixtures/bounces/LABELLING.md §3 table, §4
// clarifications), each on whole bounces written here in the documented format of the MTA that
// sends them: Postfix's bounce(8) notice and RFC 3464 report, Exim's "Mail delivery failed",
// sendmail's transcript, Gmail's notices. The reply lines follow the wording documented by their
// vendors (Microsoft's Exchange Online NDR list, Yahoo's and Cox's error-code pages, Spamhaus'
// return codes, cPanel's hourly limit, Postfix/Exim/qmail sources); addresses and hosts are
// example ones.

const RCPT = 'bob@example.net';

/** Postfix's notice with its report: `line` is what Postfix writes after `<rcpt>: `. */
function postfix(line: string, status: string, remoteMta: string | null = 'mx.example.net'): string {
  const diagnostic = line.replace(/^.*? said: /, '').replace(/ \(in reply to [^)]*\)$/, '');
  return `From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<${RCPT}>: ${line}

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org

Final-Recipient: rfc822; ${RCPT}
Action: failed
Status: ${status}
${remoteMta ? `Remote-MTA: dns; ${remoteMta}\n` : ''}Diagnostic-Code: ${remoteMta ? 'smtp' : 'x-unix'}; ${diagnostic}

--B--
`;
}

/** A remote server's reply as Postfix quotes it. */
const said = (reply: string, status: string, stage = 'RCPT TO') =>
  postfix(`host mx.example.net[192.0.2.10] said: ${reply} (in reply to ${stage} command)`, status);

/** Exim's notice: `body` is the indented text under the failed address. */
const exim = (body: string) => `From: Mail Delivery System <Mailer-Daemon@mail.example.org>
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ${RCPT}
${body}
`;

/** Gmail's current notice: `** heading **`, its sentence, and the remote server's reply. */
const gmail = (
  heading: string,
  sentence: string,
  reply: string,
) => `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Failure)

** ${heading} **

${sentence}

The response from the remote server was:

${reply}
`;

/** Gmail's notice of before 2016: "Delivery to the following recipient failed permanently". */
const oldGmail = (details: string) => `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Failure)

Delivery to the following recipient failed permanently:

     ${RCPT}

Technical details of permanent failure:
${details}
`;

const reason = (text: string) => classify(text).reason;
const page = (text: string) => classify(text).entry;
const pageReason = (id: string) => reasonOfEntry(catalog.find((e) => e.id === id)!);

describe('the labelling guide, §3 table', () => {
  it('"temporarily rate limited / throttled / too many", even for reputation → rate-limited', () => {
    expect(
      reason(
        said(
          '451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775)',
          '4.7.650',
          'MAIL FROM',
        ),
      ),
    ).toBe('rate-limited');
    expect(reason(said('450 4.7.1 Messages temporarily deferred due to unexpected volume', '4.7.1'))).toBe(
      'rate-limited',
    );
  });

  it('the IP or host refused as a sender (block list, ban, access denied for this IP) → blocked', () => {
    expect(
      reason(
        said(
          '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1',
          '5.7.1',
        ),
      ),
    ).toBe('blocked');
    expect(
      reason(
        said(
          '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions.',
          '5.7.606',
        ),
      ),
    ).toBe('blocked');
    expect(reason(said('550 5.7.1 Access denied for this IP address', '5.7.1', 'MAIL FROM'))).toBe('blocked');
    expect(
      reason(
        said(
          '550 5.7.1 Client host [192.0.2.1] is not authorized to send mail to this domain',
          '5.7.1',
          'MAIL FROM',
        ),
      ),
    ).toBe('blocked');
    expect(
      reason(
        said(
          '550 5.7.1 Your IP address 192.0.2.1 is not on the allow list of this server',
          '5.7.1',
          'MAIL FROM',
        ),
      ),
    ).toBe('blocked');
  });

  it('the sender address refused by a rule, relay denied, greylisting, a banned attachment → policy', () => {
    expect(
      reason(
        said(
          '553 5.7.1 <alice@example.org>: Sender address rejected: not owned by user alice@example.org',
          '5.7.1',
        ),
      ),
    ).toBe('policy');
    expect(
      reason(said('450 4.1.8 <alice@example.org>: Sender address rejected: Domain not found', '4.1.8')),
    ).toBe('policy');
    expect(reason(said(`554 5.7.1 <${RCPT}>: Relay access denied`, '5.7.1'))).toBe('policy');
    // Restricted recipients and group posting rights: Exchange's delivery restrictions, and a
    // Postfix access map's REJECT on the recipient (its generic text, 5.7.1).
    expect(
      reason(
        said(
          '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for group [Stage: CreateMessage]',
          '5.7.133',
          'end of DATA',
        ),
      ),
    ).toBe('policy');
    expect(
      reason(
        said('550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]', '5.7.1'),
      ),
    ).toBe('policy');
    expect(reason(said(`554 5.7.1 <${RCPT}>: Recipient address rejected: Access denied`, '5.7.1'))).toBe(
      'policy',
    );
    expect(
      reason(
        said(`550 5.7.1 <${RCPT}>: Recipient address rejected: only internal senders are allowed`, '5.7.1'),
      ),
    ).toBe('policy');
    expect(
      reason(
        said(
          `450 4.2.0 <${RCPT}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html`,
          '4.2.0',
        ),
      ),
    ).toBe('policy');
    expect(
      reason(
        said(
          '554 5.7.0 Reject, id=12345-01 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,M=application/x-msdownload,T=exe,N=setup.exe',
          '5.7.0',
          'end of DATA',
        ),
      ),
    ).toBe('policy');
  });

  it("this message's content: spam, a virus → spam", () => {
    expect(
      reason(said('550 5.7.1 Message rejected as spam by Content Filtering.', '5.7.1', 'end of DATA')),
    ).toBe('spam');
    expect(
      reason(said('554 5.7.0 Reject, id=12345-02 - INFECTED: Eicar-Test-Signature', '5.7.0', 'end of DATA')),
    ).toBe('spam');
    expect(
      reason(said('550 5.7.1 Message rejected due to content restrictions', '5.7.1', 'end of DATA')),
    ).toBe('spam');
  });

  it("a sender callout that found the SENDER's address missing (X.1.8) → policy, not user-unknown", () => {
    // sendmail with a callout milter: the reply says the sender's address "doesn't exist", and
    // its (#5.1.8) says whose address that is (RFC 3463: bad sender's system address).
    const callout =
      "550 <alice@host.example.org> doesn't exist according to 192.0.2.20: 550 no such user <alice@host.example.org> (#5.1.8)";
    expect(reason(said(callout, '5.1.8', 'DATA'))).toBe('policy');
    // The same words under a recipient's status stay an unknown mailbox.
    expect(reason(said(`550 <${RCPT}> doesn't exist according to 192.0.2.20 (#5.1.1)`, '5.1.1'))).toBe(
      'user-unknown',
    );
  });

  it('SPF/DKIM/DMARC fail, no reverse DNS ("cannot find your hostname") → auth-failure', () => {
    // Outlook.com's DMARC refusal: the "domain owner policy" is the From domain's DMARC record.
    expect(
      reason(
        said(
          '550 5.7.0 (COL004-MC2F1) Unfortunately, messages from (192.0.2.1) on behalf of (example.com) could not be delivered due to domain owner policy restrictions.',
          '5.7.0',
          'end of DATA',
        ),
      ),
    ).toBe('auth-failure');
    expect(
      reason(
        said(
          `550 5.7.23 <${RCPT}>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=alice@example.org;ip=192.0.2.1;r=${RCPT}`,
          '5.7.23',
        ),
      ),
    ).toBe('auth-failure');
    expect(
      reason(said('450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]', '4.7.1')),
    ).toBe('auth-failure');
  });

  it('the sender gave up after retrying: the cause it reports wins, expired only with none', () => {
    // sendmail after its queue lifetime, with the connection refusal it kept meeting.
    const sendmail = `From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>
Subject: Returned mail: see transcript for details

The original message was received at Mon, 2 Nov 2026 10:00:00 GMT
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<${RCPT}>
    (reason: 451 4.4.1 reply: read error from mx.example.net.)

   ----- Transcript of session follows -----
<${RCPT}>... Deferred: Connection refused by mx.example.net.
Message could not be delivered for 5 days
Message will be deleted from queue
`;
    expect(reason(sendmail)).toBe('network');
    // Exchange Online's queue expiry quoting the DNS failure it met.
    expect(
      reason(
        said(
          '550 4.4.7 QUEUE.Expired; message expired [Previous error: 451 4.4.0 DNS query failed. The error was: SMTPSEND.DnsQueryFailed; nonexistent domain]',
          '4.4.7',
          'end of DATA',
        ),
      ),
    ).toBe('host-unknown');
    expect(reason(said('550 4.4.7 QUEUE.Expired; message expired', '4.4.7', 'end of DATA'))).toBe('expired');
    expect(reason(exim('    retry timeout exceeded'))).toBe('expired');
    expect(
      reason(
        exim(
          "    all hosts for 'example.net' have been failing for a long time (and retry time not reached)",
        ),
      ),
    ).toBe('expired');
  });

  it('DNS could not find the domain or its mail host, even "try again" → host-unknown', () => {
    expect(
      reason(
        postfix(
          'Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again',
          '5.4.4',
          null,
        ),
      ),
    ).toBe('host-unknown');
    expect(reason(exim('    Unrouteable address'))).toBe('host-unknown');
    expect(reason(exim('    all relevant MX records point to non-existent hosts'))).toBe('host-unknown');
    const sendmail = `From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>
Subject: Returned mail: see transcript for details

   ----- The following addresses had permanent fatal errors -----
<${RCPT}>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <${RCPT}>... Host unknown (Name server: example.net: host not found)
`;
    expect(reason(sendmail)).toBe('host-unknown');
    // Gmail's delay notice for a DNS failure: the domain-not-found page.
    const delay = gmail(
      'Delivery incomplete',
      `There was a temporary problem delivering your message to ${RCPT}. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.`,
      'DNS Error: DNS server returned general failure Learn more at https://support.google.com/mail/?p=DNSError',
    ).replace('(Failure)', '(Delay)');
    expect(page(delay)?.id).toBe('553-5.1.2-domain-not-found');
    expect(reason(delay)).toBe('host-unknown');
  });

  it('could not connect, connection lost, timed out on an attempt → network', () => {
    expect(
      reason(postfix('connect to mx.example.net[192.0.2.10]:25: Connection timed out', '4.4.1', null)),
    ).toBe('network');
    expect(
      reason(postfix('lost connection with mx.example.net[192.0.2.10] while sending RCPT TO', '4.4.2', null)),
    ).toBe('network');
    expect(
      reason(
        postfix(
          'conversation with mx.example.net[192.0.2.10] timed out while receiving the initial server greeting',
          '4.4.2',
          null,
        ),
      ),
    ).toBe('network');
    expect(reason(postfix('connect to mx.example.net[192.0.2.10]:25: No route to host', '4.4.1', null))).toBe(
      'network',
    );
  });

  it('a routing loop, "too many hops", "mail loop" (X.4.6) → network', () => {
    expect(reason(postfix(`mail forwarding loop for ${RCPT}`, '5.4.6', null))).toBe('network');
    expect(reason(exim('    Too many "Received" headers - suspected mail loop'))).toBe('network');
    expect(
      reason(
        said(
          '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [DM6PR00MB0000.namprd00.prod.outlook.com]',
          '5.4.14',
          'end of DATA',
        ),
      ),
    ).toBe('network');
    const qmail = `Hi. This is the qmail-send program at mail.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<${RCPT}>:
This message is looping: it already has my Delivered-To line. (#5.4.6)
`;
    expect(reason(qmail)).toBe('network');
    // Gmail's own mail-loop pages stand for the same reason.
    expect(pageReason('554-5.4.6-mail-loop')).toBe('network');
    expect(pageReason('554-5.6.0-mail-loop')).toBe('network');
  });

  it("the server's own fault: temporary server error, local problem, disk full, a pipe → system", () => {
    expect(
      reason(said('451 4.3.0 Temporary server error. Please try again later', '4.3.0', 'end of DATA')),
    ).toBe('system');
    expect(
      reason(
        exim(
          '    SMTP error from remote mail server after end of data:\n    451 Temporary local problem - please try later',
        ),
      ),
    ).toBe('system');
    expect(reason(said('452 4.3.1 Insufficient system storage', '4.3.1', 'MAIL FROM'))).toBe('system');
    expect(
      reason(
        postfix(
          'Command died with status 1: "/usr/local/bin/deliver-hook". Command output: Traceback (most recent call last): PermissionError: [Errno 13] Permission denied',
          '5.3.0',
          null,
        ),
      ),
    ).toBe('system');
  });

  it('"mailbox unavailable" / "recipient rejected" with no more detail: by the status detail, none → user-unknown', () => {
    const stock = '550 Requested action not taken: mailbox unavailable';
    expect(reason(said(stock.replace('550', '550 5.2.1'), '5.2.1'))).toBe('suspended');
    expect(reason(said(stock.replace('550', '550 5.2.2'), '5.2.2'))).toBe('mailbox-full');
    expect(reason(said(stock.replace('550', '550 5.1.1'), '5.1.1'))).toBe('user-unknown');
    expect(reason(said(stock, '5.0.0'))).toBe('user-unknown');
    expect(reason(said(`550 5.2.1 <${RCPT}>: Recipient rejected`, '5.2.1'))).toBe('suspended');
  });

  it('account disabled / inactive / suspended → suspended', () => {
    expect(
      reason(
        said(
          `554 delivery error: dd Sorry your message to ${RCPT} cannot be delivered. This mailbox is disabled (554.30). - mta1.mail.example.net`,
          '5.0.0',
          'end of DATA',
        ),
      ),
    ).toBe('suspended');
  });

  it("a mailbox's quota → mailbox-full; a sending quota → rate-limited", () => {
    expect(
      reason(said(`552 5.2.2 <${RCPT}>: Recipient address rejected: Mailbox quota exceeded`, '5.2.2')),
    ).toBe('mailbox-full');
    expect(
      reason(
        exim(
          '    Domain example.org has exceeded the max emails per hour (100/100 (100%)) allowed.  Message discarded.',
        ),
      ),
    ).toBe('rate-limited');
  });

  it('too many recipients (5.5.3), too many connections → rate-limited', () => {
    expect(reason(said('452 4.5.3 Error: too many recipients', '4.5.3'))).toBe('rate-limited');
    expect(
      reason(
        postfix(
          'host mx.example.net[192.0.2.10] refused to talk to me: 421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later.',
          '4.7.0',
        ),
      ),
    ).toBe('rate-limited');
  });

  it('SMTP AUTH refused or required → credentials', () => {
    expect(
      reason(said('535 5.7.8 Error: authentication failed: authentication failure', '5.7.8', 'AUTH')),
    ).toBe('credentials');
  });

  it('a malformed conversation: bad HELO, out-of-sequence commands → syntax', () => {
    expect(
      reason(said('504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname', '5.5.2')),
    ).toBe('syntax');
    expect(reason(said('550 5.7.1 <ubuntu>: Helo command rejected: Host not found', '5.7.1'))).toBe('syntax');
    expect(reason(said('503 5.5.1 Error: need MAIL command', '5.5.1'))).toBe('syntax');
  });

  it('TLS required but missing → tls', () => {
    expect(
      reason(
        postfix('TLS is required, but was not offered by host mx.example.net[192.0.2.10]', '4.7.4', null),
      ),
    ).toBe('tls');
  });

  it('a failure that names no cause → other', () => {
    expect(reason(said('554 5.0.0 Permanent error', '5.0.0', 'end of DATA'))).toBe('other');
  });
});

describe('the labelling guide, §4 clarifications', () => {
  it("specific beats general: a Google notice's quoted error decides over its heading", () => {
    const blocked = gmail(
      'Message blocked',
      `Your message to ${RCPT} has been blocked. See technical details below for more information.`,
      '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM0PR00MB0000.eurprd00.prod.outlook.com]',
    );
    expect(page(blocked)?.id).toBe('notice-address-not-found');
    expect(reason(blocked)).toBe('user-unknown');
    const dns = gmail(
      'Address not found',
      "Your message wasn't delivered to bob@example.invalid because the domain example.invalid couldn't be found. Check for typos or unnecessary spaces and try again.",
      "DNS Error: DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN Domain name not found: example.invalid",
    );
    expect(page(dns)?.id).toBe('553-5.1.2-domain-not-found');
    expect(reason(dns)).toBe('host-unknown');
  });

  it("another server's mailbox-full under Google's notice → not-gmail, mailbox-full (never Gmail's over-quota page)", () => {
    const full = gmail(
      'Message not delivered',
      `There was a problem delivering your message to ${RCPT}. See the technical details below.`,
      `552 5.2.2 <${RCPT}>: Recipient address rejected: Mailbox full`,
    );
    expect(page(full)?.provider).not.toBe('gmail');
    expect(reason(full)).toBe('mailbox-full');
    const old = oldGmail(
      `Google tried to deliver your message, but it was rejected by the server for the recipient domain example.net by mx.example.net. [192.0.2.10].\n\nThe error that the other server returned was:\n552 5.2.2 <${RCPT}>: Recipient address rejected: Mailbox full`,
    );
    expect(page(old)?.provider).not.toBe('gmail');
    expect(reason(old)).toBe('mailbox-full');
  });

  it("an old Google notice quoting another server's refusal → the notice page of the same meaning", () => {
    const quoting = (reply: string) =>
      oldGmail(
        `Google tried to deliver your message, but it was rejected by the server for the recipient domain example.net by mx.example.net. [192.0.2.10].\n\nThe error that the other server returned was:\n${reply}`,
      );
    const unknown = quoting(
      `550 5.1.1 <${RCPT}>: Recipient address rejected: User unknown in virtual mailbox table`,
    );
    expect(page(unknown)?.id).toBe('notice-address-not-found');
    expect(reason(unknown)).toBe('user-unknown');
    // The recipient domain's own server refusing to relay for it: "the remote server is misconfigured".
    const relay = quoting(`554 5.7.1 <${RCPT}>: Relay access denied`);
    expect(page(relay)?.id).toBe('notice-remote-server-misconfigured');
    expect(reason(relay)).toBe('policy');
    // No notice page means a disabled mailbox: not-gmail with the reply's reason.
    const disabled = quoting(`550 5.2.1 <${RCPT}>: Mailbox disabled`);
    expect(page(disabled)?.provider).not.toBe('gmail');
    expect(reason(disabled)).toBe('suspended');
  });

  it('old Google notices of a connection failure → notice-recipient-server-did-not-accept, network', () => {
    const old = oldGmail(
      'Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: Could not initiate SMTP conversation with any hosts:\n[mx.example.net. (10): Connection timed out]',
    );
    expect(page(old)?.id).toBe('notice-recipient-server-did-not-accept');
    expect(reason(old)).toBe('network');
  });

  it('refused at the greeting → blocked whatever the words; after it the words decide', () => {
    expect(
      reason(
        postfix(
          'host mx.example.net[192.0.2.10] refused to talk to me: 554 5.7.1 Local Policy Violation',
          '5.7.1',
        ),
      ),
    ).toBe('blocked');
    expect(
      reason(
        exim(
          '    host mx.example.net [192.0.2.10]\n    SMTP error from remote mail server after initial connection:\n    554 5.7.1 Connection rejected by policy',
        ),
      ),
    ).toBe('blocked');
    expect(reason(said('554 5.7.1 Reject due to policy restrictions', '5.7.1'))).toBe('policy');
    expect(
      reason(
        said(
          '421 cmsmtp blocked. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL',
          '4.0.0',
          'MAIL FROM',
        ),
      ),
    ).toBe('blocked');
    expect(reason(said('550 5.7.1 Your IP 192.0.2.1 is listed at bl.spamcop.net', '5.7.1'))).toBe('blocked');
  });

  it('an old Google reply in wording no page has → the Gmail page of the same meaning and code (RFC 2822 → 5322)', () => {
    const line =
      '550-5.7.1 [192.0.2.1] Our system has detected that this message is\n550-5.7.1 not RFC 2822 compliant. To reduce the amount of spam sent to Gmail,\n550-5.7.1 this message has been blocked. Please review\n550 5.7.1 RFC 2822 specifications for more information. abc123.45 - gsmtp';
    expect(page(line)?.id).toBe('550-5.7.1-rfc5322-noncompliant');
    expect(reason(line)).toBe('syntax');
  });

  it('"mailbox unavailable" with a stated cause → that cause; Microsoft\'s "Access denied" → user-unknown', () => {
    expect(
      reason(said('550 Requested action not taken: mailbox unavailable (Mailbox quota exceeded)', '5.0.0')),
    ).toBe('mailbox-full');
    expect(
      reason(
        said(
          '550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM1PEPF000000AB.eurprd00.prod.outlook.com]',
          '5.4.1',
        ),
      ),
    ).toBe('user-unknown');
    // A status detail the guide does not list: its RFC 3463 meaning (4.3.2, system not accepting messages).
    expect(reason(said('453 4.3.2 Please try again later', '4.3.2'))).toBe('system');
  });

  it('words naming the domain beat a user status → host-unknown', () => {
    expect(reason(said(`550 5.1.1 <${RCPT}>: Ungueltige Mail-Domain`, '5.1.1'))).toBe('host-unknown');
    expect(reason(said(`550 5.1.1 <${RCPT}>: Recipient domain does not exist`, '5.1.1'))).toBe(
      'host-unknown',
    );
    expect(reason(said('550 5.1.1 Domain example.net does not exist', '5.1.1'))).toBe('host-unknown');
    // The sender's domain is a rule about the sender (policy), whatever "does not exist" says.
    expect(
      reason(
        said(
          '553 5.1.8 <alice@example.org>... Domain of sender address alice@example.org does not exist',
          '5.1.8',
          'MAIL FROM',
        ),
      ),
    ).toBe('policy');
  });

  it('HELO not a FQDN → syntax; 530 5.7.57 → credentials; "does not want your mail", "policy reasons" → policy', () => {
    expect(reason(said('550 Please use your real hostname in HELO', '5.0.0'))).toBe('syntax');
    expect(
      reason(
        postfix(
          'host smtp.office365.com[192.0.2.10] said: 530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. (in reply to MAIL FROM command)',
          '5.7.57',
          'smtp.office365.com',
        ),
      ),
    ).toBe('credentials');
    expect(reason(said('550 5.7.1 Recipient does not want your mail', '5.7.1'))).toBe('policy');
    expect(
      reason(
        said(
          '554 Message not accepted for policy reasons.  See https://help.yahoo.com/kb/postmaster',
          '5.0.0',
          'end of DATA',
        ),
      ),
    ).toBe('policy');
    expect(
      reason(said('550 5.7.1 Your message does not meet our delivery requirements', '5.7.1', 'end of DATA')),
    ).toBe('policy');
  });

  it("Yahoo's [TS…] codes → blocked; a deferral is a rate only with rate words", () => {
    expect(
      reason(
        said(
          '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
          '4.7.0',
          'MAIL FROM',
        ),
      ),
    ).toBe('blocked');
    expect(
      reason(said('421 4.7.1 Messages from 192.0.2.1 temporarily deferred due to user complaints', '4.7.1')),
    ).toBe('blocked');
    expect(reason(said('450 4.7.1 Message deferred, too many messages from 192.0.2.1', '4.7.1'))).toBe(
      'rate-limited',
    );
  });

  it("a queue or organisation quota → rate-limited; a mailbox owner's disk quota → mailbox-full", () => {
    expect(reason(said('450 4.7.9 Application queue quota exceeded', '4.7.9', 'end of DATA'))).toBe(
      'rate-limited',
    );
    expect(reason(said('452 4.3.1 Organization queue quota exceeded', '4.3.1', 'end of DATA'))).toBe(
      'rate-limited',
    );
    expect(reason(said(`552 5.2.2 <${RCPT}>: Recipient address rejected: EXDISKQUOTA`, '5.2.2'))).toBe(
      'mailbox-full',
    );
  });

  it('a failed local delivery program → system, whatever its output; an open resolver → system', () => {
    expect(
      reason(
        exim(
          '    pipe to |/home/bob/bin/filter.sh\n      generated by bob@example.net\n      local delivery failed\n\nThe following text was generated during the delivery attempt:\n\n------ pipe to |/home/bob/bin/filter.sh\n       generated by bob@example.net ------\n\nPermissionError: [Errno 13] Permission denied',
        ),
      ),
    ).toBe('system');
    expect(
      reason(
        said(
          '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/192.0.2.53/',
          '5.7.1',
        ),
      ),
    ).toBe('system');
  });

  it('a Groups refusal "you may not post" → groups-no-permission-to-post (policy)', () => {
    const groups = `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Failure)

Hello alice@example.org,

We're writing to let you know that the group you tried to contact (team) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:

 * You might have spelled or formatted the group name incorrectly.
 * The owner of the group may have removed this group.
 * You may need to join the group before receiving permission to post.
 * This group may not be open to posting.

If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/.

Thanks,

Google Groups
`;
    expect(page(groups)?.id).toBe('groups-no-permission-to-post');
    expect(reason(groups)).toBe('policy');
  });
});

describe("pages' own reasons, where they contradicted the guide's definitions", () => {
  it('a connection or session that timed out is network, not the sender giving up', () => {
    expect(pageReason('421-4.7.0-connection-expired')).toBe('network');
    expect(pageReason('smtp-timeout')).toBe('network');
  });

  it('a From domain not aligned with SPF or DKIM (DMARC) is auth-failure', () => {
    expect(pageReason('421-5.7.32-from-not-aligned-blocked')).toBe('auth-failure');
  });
});
