import { describe, expect, it } from 'vitest';
import { catalog } from './catalog.js';
import { classify } from './classify.js';
import { bounceReasons, reasonFor, reasonOfEntry, reasonOfStatus, reasonOfText } from './reason.js';

describe('bounce reasons', () => {
  it('gives every provider page a specific reason from the vocabulary', () => {
    for (const e of catalog.filter((x) => x.provider !== 'generic')) {
      const r = reasonOfEntry(e);
      expect(bounceReasons, e.id).toContain(r);
      expect(r, e.id).not.toBe('other');
    }
  });

  it('names the reason pages stand for', () => {
    const of = (id: string) => reasonOfEntry(catalog.find((e) => e.id === id)!);
    expect(of('550-5.1.1-no-such-user')).toBe('user-unknown');
    expect(of('552-5.2.2-over-quota')).toBe('mailbox-full');
    expect(of('550-5.2.1-account-disabled')).toBe('suspended');
    expect(of('553-5.1.2-domain-not-found')).toBe('host-unknown');
    expect(of('421-4.7.28-unusual-rate-limited')).toBe('rate-limited');
    expect(of('550-5.7.26-dmarc-policy')).toBe('auth-failure');
    expect(of('535-5.7.8-bad-credentials')).toBe('credentials');
    expect(of('550-5.7.1-low-reputation-ip')).toBe('blocked');
    expect(of('550-5.7.1-likely-unsolicited')).toBe('spam');
    expect(of('552-5.2.3-message-too-large')).toBe('too-big');
    expect(of('550-5.7.29-tls-required')).toBe('tls');
    // Its 4xx form says "Your email has been rate limited because…": rate words win (guide §3).
    expect(of('421-4.7.29-tls-required')).toBe('rate-limited');
    expect(of('conn-timeout')).toBe('network');
    expect(of('groups-no-permission-to-post')).toBe('policy');
    // IPv6 sending guidelines are about the PTR record and SPF/DKIM of mail sent over IPv6.
    expect(of('550-5.7.1-ipv6-sending-guidelines')).toBe('auth-failure');
    // A server asking for a login, like Gmail's own 530 page.
    expect(of('smtp-auth-required')).toBe('credentials');
    expect(of('530-5.7.0-authentication-required')).toBe('credentials');
  });

  it('reads RFC 3463 codes and the words every MTA uses', () => {
    expect(reasonOfStatus('5.1.1')).toBe('user-unknown');
    expect(reasonOfStatus('4.2.2')).toBe('mailbox-full');
    expect(reasonOfStatus('4.4.7')).toBe('expired');
    expect(reasonOfStatus('5.7.26')).toBe('auth-failure');
    expect(reasonOfStatus('5.9.9')).toBe('other');
    expect(reasonOfText('552 5.2.1 <x@y>: Recipient address rejected: User disabled')).toBe('suspended');
    expect(reasonOfText('550 Requested action not taken: mailbox unavailable')).toBe('user-unknown');
    expect(reasonOfText('lunch?')).toBeNull();
    // The words decide before a vague code: 5.0.0 with "Mailbox full" is a full mailbox.
    expect(reasonFor(null, '5.0.0', '550 5.0.0 Mailbox full')).toBe('mailbox-full');
    expect(reasonFor(null, null, '')).toBeNull();
  });

  it("reads a status by its detail's own meaning, from the registry of enhanced codes", () => {
    const of = (id: string) => reasonOfEntry(catalog.find((e) => e.id === id)!);
    // The sender's address syntax and system address are not an unknown recipient.
    expect(reasonOfStatus('5.1.7')).toBe('syntax');
    expect(reasonOfStatus('5.1.8')).toBe('policy');
    expect(of('553-5.1.7-invalid-sender-address')).toBe('syntax');
    // Too many recipients is a limit, as Gmail's own 452 4.5.3 page says.
    expect(reasonOfStatus('4.5.3')).toBe(of('452-4.5.3-too-many-recipients'));
    expect(reasonOfStatus('5.7.11')).toBe('tls');
    expect(reasonOfStatus('5.7.12')).toBe('credentials');
    // RRVS: the mailbox's or domain's owner changed.
    expect(reasonOfStatus('5.7.17')).toBe('user-unknown');
    expect(reasonOfStatus('5.7.18')).toBe('host-unknown');
    expect(reasonOfStatus('5.7.29')).toBe('auth-failure');
  });

  it("reads a quota on sending as a sending limit, a quota alone as the mailbox's", () => {
    // Real replies of the development set: Gmail's (mta-bounces-2.json) and a submission server's (go-gomail/gomail#174).
    expect(reasonOfText('550 5.4.5 Daily user sending quota exceeded')).toBe('rate-limited');
    expect(reasonOfText('Recipient address rejected: Email Sending Quota Exceeded')).toBe('rate-limited');
    expect(reasonOfText('422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)')).toBe(
      'mailbox-full',
    );
  });

  it('is on every answer that names a page', () => {
    expect(classify('535-5.7.8 Username and Password not accepted. - gsmtp').reason).toBe('credentials');
    expect(classify('550 5.1.1 <a@example.com>: Recipient address rejected: User unknown').reason).toBe(
      'user-unknown',
    );
    expect(classify('hello').reason).toBeNull();
  });
});

describe('batch-9/10 mechanisms, on texts written in each documented form', () => {
  it('reads a null MX (RFC 7505) as no mail host, before Exchange reads 5.1.10 as an unknown recipient', () => {
    expect(reasonFor(null, '5.1.10', '556 5.1.10 Recipient address has null MX', 556)).toBe('host-unknown');
    expect(classify('smtp: 556 5.1.10 example.net does not accept mail (null MX)').reason).toBe(
      'host-unknown',
    );
    // Exchange's own 5.1.10 keeps its reading.
    expect(
      reasonOfText('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'),
    ).toBe('user-unknown');
  });

  it("reads dma's 'DNS lookup failure: host … not found' as host-unknown", () => {
    // dma net.c: snprintf(errmsg, …, "DNS lookup failure: host %s not found", host).
    expect(reasonOfText('remote delivery failed: DNS lookup failure: host relay.example.net not found')).toBe(
      'host-unknown',
    );
  });

  it("reads a local delivery program's sysexits text as the server's own fault", () => {
    // Postfix sys_exits.c: EX_CANTCREAT "can't create user output file" (5.2.0), EX_OSERR, EX_SOFTWARE.
    expect(reasonFor(null, '5.2.0', "can't create user output file", null)).toBe('system');
    expect(reasonOfText('mx.example.org [192.0.2.7] can’t create user output file')).toBe('system');
    expect(reasonOfText('status=bounced (system resource problem)')).toBe('system');
    expect(reasonOfText('status=bounced (internal software error)')).toBe('system');
    // The mailbox owner's quota still is mailbox-full.
    expect(reasonOfText("can't create user output file: Disk quota exceeded")).toBe('mailbox-full');
  });

  it("reads Haraka's 'Tried all MXs' as the queue giving up", () => {
    // Haraka outbound: temp_fail("Tried all MXs"); its bounce then says "Too many failures".
    expect(reasonOfText('<user@example.org>: Too many failures (Tried all MXs)')).toBe('expired');
    expect(reasonOfText('Temp failing for 64 seconds: Tried all MXs')).toBe('expired');
    // A cause stated with it still decides.
    expect(reasonOfText('Tried all MXs: connect to mx.example.org: Connection refused')).toBe('network');
  });

  it("gives a provider's code-less 'failed to deliver' the reason other, not none", () => {
    expect(
      reasonFor(null, null, '605 Failed to deliver: not delivering to a previously bounced address', null),
    ).toBe('other');
    expect(classify('The message was undeliverable.').reason).toBe('other');
    expect(classify('hello').reason).toBeNull();
  });

  it(".NET's SmtpClient sentence around the reply is not the server's cause", () => {
    const wrapped =
      'The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Must issue a STARTTLS command first.';
    expect(reasonOfText(wrapped)).toBe('tls');
    // A server that itself says the client was not authenticated (Exchange) still is credentials.
    expect(reasonOfText('530 5.7.1 Client was not authenticated')).toBe('credentials');
  });

  it('reads a HELO name called invalid outright as the conversation, a block list aside', () => {
    // cPanel's Exim ACL words it "Invalid HELO name (See RFC2821 4.1.1.1)", after "Access denied".
    expect(reasonOfText('550-Access denied - Invalid HELO name (See RFC2821 4.1.1.1)\n550 Try again')).toBe(
      'syntax',
    );
    expect(reasonOfText('501 5.5.2 HELO argument is invalid')).toBe('syntax');
    expect(reasonOfText('554 5.7.1 Bad EHLO: localhost.localdomain')).toBe('syntax');
    expect(reasonOfText('550 invalid HELO hostname given, see RFC 5321')).toBe('syntax');
    // A block list named in the same reply decides.
    expect(reasonOfText('550 Bad HELO, client listed in zen.spamhaus.org')).toBe('blocked');
  });

  it('reads a failed lookup of the recipient domain as its cause, inside an expired queue too', () => {
    // Amazon SES's diagnostic: the queue gave up, and the reply it quotes names the cause.
    expect(
      reasonOfText(
        'smtp; 554 4.4.7 Message expired: unable to deliver in 1440 minutes.<421 4.4.0 Unable to lookup DNS for example.invalid>',
      ),
    ).toBe('host-unknown');
    expect(reasonOfText('451 4.4.0 could not resolve MX for mail.example.invalid')).toBe('host-unknown');
    expect(reasonOfText("Can't resolve host smtp.example.invalid")).toBe('host-unknown');
    // Not a reverse lookup of the sending IP, nor a queue that gave up with no cause.
    expect(reasonOfText('450 4.7.1 Unable to resolve the reverse DNS of 192.0.2.1')).not.toBe('host-unknown');
    expect(reasonOfText('450 4.7.1 Client host rejected: cannot resolve 192.0.2.1 to a name')).not.toBe(
      'host-unknown',
    );
    expect(reasonOfText('554 4.4.7 Message expired: unable to deliver in 1440 minutes.')).toBe('expired');
  });

  it("reads Node's socket errors as the attempt's connection failing", () => {
    // Node prints a failed socket call as "<syscall> <code> <address>:<port>" (its docs' system errors).
    expect(reasonOfText('Error: connect ECONNREFUSED 192.0.2.1:25')).toBe('network');
    expect(reasonOfText('550 connect EADDRNOTAVAIL 192.0.2.1:25 - Local (192.0.2.2:0)')).toBe('network');
    expect(reasonOfText('Error: read ECONNRESET')).toBe('network');
    expect(reasonFor(null, null, 'Error: connect EHOSTUNREACH 2001:db8::1:25', null)).toBe('network');
  });

  it('reads a recipient domain the server does not handle as relay denied', () => {
    // Exchange Online's 5.7.54 (Microsoft's NDR documentation), and the same refusal in other words.
    expect(reasonOfText('550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain')).toBe('policy');
    expect(reasonOfText('550 <user@example.org>: example.org is not a local domain')).toBe('policy');
    expect(reasonOfText('550 Domain is not hosted here')).toBe('policy');
    expect(reasonOfText('500 Domain not on this server (in reply to RCPT TO command)')).toBe('policy');
    // A domain that does not resolve is still host-unknown.
    expect(reasonOfText('550 5.1.2 Domain not found')).toBe('host-unknown');
  });

  it('reads a typographic apostrophe as the plain one', () => {
    expect(reasonOfText('550 5.1.1 The email account that you tried to reach doesn’t exist')).toBe(
      'user-unknown',
    );
  });

  it('reads an out-of-order conversation and an RFC 5322 header check as syntax', () => {
    // RFC 5321 §4.2.4's 503 text; OpenDMARC's RequiredHeaders check ("RFC5322 requirement error: …").
    expect(reasonOfText('503 5.5.1 Bad sequence of commands')).toBe('syntax');
    expect(reasonOfText('-ERR the client sent commands in the wrong order')).toBe('syntax');
    expect(reasonOfText('550 5.7.1 RFC5322 requirement error: not exactly one From field')).toBe('syntax');
    // A cause stated before them still decides.
    expect(reasonOfText('554 5.7.1 Message rejected as spam; bad sequence of commands follows')).toBe('spam');
  });

  it("reads Exim's delay warning by the cause it quotes, and no cause when it quotes none", () => {
    // Exim's default warning message (src/src/configure.default, warn_message_file's stock text).
    // The sender is still trying: a delay is labelled by the failure it reports (LABELLING.md §1),
    // and one that reports none is `other` in a bounce, not `expired` (a blind adjudicator's call).
    const head =
      'A message that you sent has not yet been delivered to one or more of its recipients after more than 48 hours on the queue on mx.example.org.';
    expect(reasonOfText(head)).toBeNull();
    expect(
      reasonOfText(
        `${head} Delay reason: SMTP error from remote mail server after RCPT TO: 421 Connection timed out`,
      ),
    ).toBe('network');
    // "not yet been delivered" with no time on the queue is no give-up.
    expect(reasonOfText('Your message has not yet been delivered.')).toBeNull();
  });

  it('reads a broken connection, an IP not allowed to send and an unavailable auth service', () => {
    // CommuniGate Pro's delay report; a provider refusing the sending IP; RFC 4954's 454 4.7.0 class.
    expect(
      reasonOfText(
        'delayed SMTP module(domain example.org) reports: connection with mx.example.org is broken',
      ),
    ).toBe('network');
    expect(reasonOfText('550 Your IP address 192.0.2.1 is not allowed to send mail')).toBe('blocked');
    // Relaying is a rule about the destination, not the IP.
    expect(reasonOfText('550 Client host 192.0.2.1 is not allowed to relay')).toBe('policy');
    expect(reasonOfText('454 4.7.0 Authentication service unavailable')).toBe('system');
  });

  it("reads 'too many recipient …' as a rate and Office 365's 'Unknown To address' as an unknown user", () => {
    expect(reasonOfText('452 Too many recipient addresses in this session')).toBe('rate-limited');
    expect(reasonOfText('Too many hops')).toBe('network');
    // Office 365's NDR graphic labels an unknown recipient so (Microsoft's NDR documentation).
    expect(reasonOfText('Action Required Recipient Unknown To address')).toBe('user-unknown');
  });

  it("reads an 'invalid client IP' as the sender refused and 'no relaying allowed' as relay denied", () => {
    expect(reasonOfText('501 Invalid Client IP')).toBe('blocked');
    expect(reasonOfText('554 No relaying allowed')).toBe('policy');
    expect(reasonOfText('550 Relaying is not allowed for this domain')).toBe('policy');
    // An invalid IP in the message's own words is no refusal of the sender.
    expect(reasonOfText('550 Invalid recipient')).not.toBe('blocked');
  });

  it("reads the sender's address on the receiver's own list as policy, a listed IP or host as blocked", () => {
    expect(reasonOfText('550 5.1.1 <someone@example.org> sender is blacklisted')).toBe('policy');
    expect(
      reasonOfText(
        '554 5.7.1 <mail.example.org[192.0.2.1]>: Client host rejected: Blacklisted user: a@example.org',
      ),
    ).toBe('policy');
    expect(reasonOfText('553 Sorry, your email address has been blacklisted')).toBe('policy');
    expect(reasonOfText('550 Sender IP is blacklisted')).toBe('blocked');
    expect(reasonOfText('554 Client host [192.0.2.1] blacklisted by zen.spamhaus.org')).toBe('blocked');
    // "IP address" ends in "address", but it names the connecting host (guide §3 block list row).
    expect(reasonOfText('550 5.7.1 Your server IP address is blacklisted')).toBe('blocked');
    expect(reasonOfText('550 5.7.1 Service unavailable; client IP address blacklisted by Spamhaus')).toBe(
      'blocked',
    );
  });

  it("reads 'inbox is full' as a full mailbox and an invalid attachment name as the admin's rule", () => {
    expect(reasonOfText('Error Description: Inbox is full.')).toBe('mailbox-full');
    expect(reasonOfText('Your e-mail has been rejected due to invalid attachment names.')).toBe('policy');
    // Exim's AUTH that could not be checked is the server's own fault, whatever its error says.
    expect(
      reasonOfText('435 Unable to authenticate at present (syntax error in Exim::expand_string argument)'),
    ).toBe('system');
  });

  it("reads Postfix's refusal prefix by what it refused when the text after it names no known cause", () => {
    // The guide: a recipient rejected with no more detail is user-unknown (a blind adjudicator's call).
    expect(reasonFor(null, null, 'Recipient address rejected: Please try again later!')).toBe('user-unknown');
    expect(reasonFor(null, null, '554 5.7.1 <a@example.org>: Sender address rejected: Go away')).toBe(
      'policy',
    );
    expect(reasonFor(null, null, '554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Go away')).toBe(
      'blocked',
    );
    expect(reasonFor(null, null, '504 5.5.2 <localhost>: Helo command rejected: Go away')).toBe('syntax');
    // A cause after the prefix still decides.
    expect(reasonFor(null, null, 'Recipient address rejected: Greylisted, see http://example.org')).toBe(
      'policy',
    );
    expect(reasonFor(null, null, 'Please try again later!')).toBeNull();
    // cPanel's hedged list of possible causes names none: a failure with no cause.
    expect(
      reasonFor(
        null,
        null,
        'The mail server could not deliver mail to a@example.org. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.',
      ),
    ).toBe('other');
  });
});

describe('a failure below SMTP with no server reply', () => {
  // The runtime's own error is all there is; the row that named the page read it more closely than
  // general words ("refused", "expired", "timeout") can.
  it.each([
    [
      'No connection could be made because the target machine actively refused it. (os error 10061)',
      'conn-refused',
      'network',
    ],
    [
      'ConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it',
      'conn-refused',
      'network',
    ],
    ['Net::OpenTimeout: execution expired', 'conn-timeout', 'network'],
    ['dial tcp: lookup smtp.example.com: i/o timeout', 'conn-dns-failure', 'host-unknown'],
    [
      'javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 465; nested exception is: javax.net.ssl.SSLHandshakeException: PKIX path building failed',
      'tls-certificate-error',
      'tls',
    ],
  ] as const)('%s', (text, page, reason) => {
    const d = classify(text);
    expect(d.entry?.id).toBe(page);
    expect(d.reason).toBe(reason);
  });

  it('near misses: a server reply beside it still gives its own reason', () => {
    expect(
      classify('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org')
        .reason,
    ).toBe('blocked');
    const refused = catalog.find((e) => e.id === 'conn-refused')!;
    expect(
      reasonFor(refused, '5.7.1', 'Connection refused: 554 5.7.1 blocked using zen.spamhaus.org', 554),
    ).toBe('blocked');
    expect(reasonFor(refused, null, 'Connection refused', null)).toBe('network');
  });
});

describe("a log field that holds the server's reply", () => {
  // The logger's record of the session before it ("SMTPCLOSE … Connection closed") is not the cause.
  it('reads the reply in response="…" first', () => {
    const line =
      'info Sender/default/101[2] 1a2b3c.001 SMTPCLOSE [AbCdEf] Connection closed response="550 5.5.0 Requested action not taken: mailbox unavailable. [EX1.example.net]"';
    expect(reasonFor(null, '5.5.0', line, 550)).toBe('user-unknown');
    expect(
      reasonFor(null, '5.7.1', "SMTPCLOSE Connection closed reply='554 5.7.1 Message rejected as spam'", 554),
    ).toBe('spam');
  });

  it('near misses: a reply that names the connection, and no field at all', () => {
    expect(reasonFor(null, '4.4.2', 'SMTPCLOSE response="421 4.4.2 Connection timed out"', 421)).toBe(
      'network',
    );
    expect(reasonFor(null, null, 'SMTPCLOSE Connection closed', null)).toBe('network');
  });
});
