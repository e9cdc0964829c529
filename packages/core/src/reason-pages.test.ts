import { describe, expect, it } from 'vitest';
import { catalog, getEntry } from './catalog.js';
import { type BounceReason, reasonFor, reasonOfEntry, reasonOfStatus, reasonOfText } from './reason.js';
import type { CatalogEntry } from './types.js';

// A page's reason (`reasonOfEntry`) is what the labelling guide (test/fixtures/bounces/LABELLING.md)
// says a reply with that page's wording and code gets. The guide's reading of a reply from a server
// no page names is `reasonFor(null, …)`, so each page's own reply, read that way, must give the page's
// reason. Google's list rows add an explanation after the reply ("This error occurs if…", "This
// message means…"): that is Google's gloss, not the server's words, so only the reply is read.
const GLOSS =
  /\s(?:This (?:error occurs|message means|usually indicates)|For more information|To (?:learn more|view|review))\b[\s\S]*$/;
const replyOf = (e: CatalogEntry) => e.providerText.replace(GLOSS, '');
const readAsUnknownServer = (e: CatalogEntry): BounceReason | null =>
  reasonFor(null, e.enhancedCode ?? null, replyOf(e), e.replyCode);

// Pages whose reason the reply reader cannot or should not reach from their text alone, each with
// the guide line that gives the page its reason.
const NOT_A_SERVER_REPLY =
  "not a mail server's reply (Gmail API, OAuth token endpoint or a client library's own message): §3, a Google page's reason is the page's own; the credentials row names OAuth";
const GOOGLE_NOTICE =
  "Google's own notice: §2 picks the page by its heading, help link or Groups wording, §3 gives it the page's reason";
const RFC3463_TITLE =
  "the registry's title, not a server's words: §4, a status detail not listed is read by its RFC 3463 meaning (a media / conversion error), not by the word 'prohibited' / 'not permitted'";
const EXCEPTIONS: Readonly<Record<string, string>> = {
  '334-xoauth2-challenge': NOT_A_SERVER_REPLY,
  'auth-missing-credentials': NOT_A_SERVER_REPLY,
  'auth-phpmailer-could-not-authenticate': NOT_A_SERVER_REPLY,
  // Commons Email's sentence names no cause (the reader finds none): §3's "names no cause" → other.
  'send-failed-cause-hidden': NOT_A_SERVER_REPLY,
  // A shell's, PHP's or msmtp's words about the local mail program: no server replied. §4's local
  // program that failed, whatever its output → system (reason.ts BY_ID says why not `other`).
  'local-mailer-not-configured': NOT_A_SERVER_REPLY,
  'conn-reset':
    "a list of runtime messages, first 'read ECONNRESET': §3 'connection lost' → network; its Node alternative 'disconnected before secure TLS connection was established' is the same lost connection",
  '451-4.3.0-multiple-destination-domains':
    '§3 syntax: a conversation Gmail does not accept (recipients of several domains in one transaction), not a fault of its own',
  '454-4.7.0-cannot-authenticate':
    '§3 credentials (the AUTH login refused); the page is labelled so on the dev side. Left: "due to temporary system problem" could be read as system by "specific beats general"',
  '501-5.5.2-cannot-decode-response': '§3 credentials: the AUTH exchange (SASL response) refused',
  '503-5.7.0-no-identity-changes': '§3 credentials: a second AUTH in one session refused',
  '535-5.5.4-optional-argument-not-permitted': '§3 syntax: a bad argument to the AUTH command',
  '550-5.7.1-email-quota-exceeded':
    "§3: a SENDING quota → rate-limited; Google's SMTP relay page, where the bare words would read as a mailbox's quota",
  '554-5.7.0-too-many-unauthenticated-commands':
    "§3 syntax: commands a server refuses before AUTH; 'Unauthenticated' here is no SPF/DKIM failure",
  'notice-message-blocked': GOOGLE_NOTICE,
  'notice-remote-server-misconfigured': GOOGLE_NOTICE,
  'groups-rejected-as-spam': GOOGLE_NOTICE,
  'groups-external-recipient-quota': GOOGLE_NOTICE,
  'groups-auto-response-rejected': GOOGLE_NOTICE,
  'generic-4.6.2-conversion-required-and-prohibited': RFC3463_TITLE,
  'generic-5.6.2-conversion-required-and-prohibited': RFC3463_TITLE,
  'generic-4.6.7-non-ascii-addresses-not-permitted-for-that-sender-recipient': RFC3463_TITLE,
  'generic-5.6.7-non-ascii-addresses-not-permitted-for-that-sender-recipient': RFC3463_TITLE,
  'generic-4.6.8-utf-8-string-reply-is-required-but-not-permitted-by-the-smtp-client': RFC3463_TITLE,
  'generic-5.6.8-utf-8-string-reply-is-required-but-not-permitted-by-the-smtp-client': RFC3463_TITLE,
};
const excepted = (e: CatalogEntry) => e.id in EXCEPTIONS || /^(?:token|api)-/.test(e.id);

describe("every page's reason is the guide's reading of its own reply", () => {
  it('reads each page the way an unknown server saying its words is read', () => {
    const wrong = catalog
      .filter((e) => !excepted(e))
      .map((e) => ({ id: e.id, page: reasonOfEntry(e), words: readAsUnknownServer(e) }))
      .filter((r) => r.page !== r.words);
    expect(wrong).toEqual([]);
  });

  it('keeps each exception still needed and still a page', () => {
    for (const id of Object.keys(EXCEPTIONS)) {
      const e = getEntry(id);
      expect(e, id).toBeDefined();
      expect(readAsUnknownServer(e!), id).not.toBe(reasonOfEntry(e!));
    }
  });
});

const of = (id: string) => reasonOfEntry(getEntry(id)!);

describe('pages whose reason the guide decides against their slug', () => {
  // §3: "temporarily rate limited … even when the cause given is reputation" → rate-limited, as
  // Gmail's SPF, DKIM, DMARC and PTR "rate limited" pages already are; the 5xx forms stay by cause.
  it("Gmail's 4.7.24 and 4.7.29 deferrals say 'rate limited': rate-limited", () => {
    expect(of('421-4.7.29-tls-required')).toBe('rate-limited');
    expect(of('451-4.7.24-spf-suspicious-entries')).toBe('rate-limited');
    expect(of('421-4.7.27-spf-not-pass-rate-limited')).toBe('rate-limited');
    expect(of('550-5.7.29-tls-required')).toBe('tls');
    expect(of('550-5.7.24-spf-suspicious-entries')).toBe('auth-failure');
  });

  // §3: out-of-sequence commands are syntax; tls is TLS missing or its handshake failing.
  it('STARTTLS-order pages are syntax, STARTTLS required stays tls', () => {
    expect(of('454-4.5.0-pipelining-after-starttls')).toBe('syntax');
    expect(of('523-5.7.10-pipelining-after-starttls')).toBe('syntax');
    expect(of('454-5.5.1-starttls-repeated')).toBe('syntax');
    expect(of('530-5.7.0-starttls-first')).toBe('tls');
  });

  // §3: malformed message headers are syntax, whatever policy status (5.7.1) they come under.
  it('header-encoding pages are syntax', () => {
    expect(of('550-5.7.1-encoded-word-not-permitted')).toBe('syntax');
    expect(of('550-5.7.1-unicode-in-disallowed-header')).toBe('syntax');
  });

  // §3 evidence order: no rate words, so the status detail X.3.4 (message too big) decides; X.5.3 is
  // too many recipients (rate-limited), as "try this recipient in a separate transaction" says.
  it('too many attachments is too-big; the domain policy size per transaction is rate-limited', () => {
    expect(of('552-5.3.4-too-many-attachments')).toBe('too-big');
    expect(of('452-4.5.3-domain-policy-size')).toBe('rate-limited');
  });

  // §3: SMTP AUTH login refused → credentials; both pages of "Unrecognized authentication type".
  it('an AUTH mechanism the server does not offer is credentials, on the Gmail and the generic page', () => {
    expect(of('504-5.7.4-unrecognized-auth-type')).toBe('credentials');
    expect(of('smtp-auth-mechanism-unsupported')).toBe('credentials');
    expect(reasonFor(null, '5.7.4', '504 5.7.4 Unrecognized authentication type', 504)).toBe('credentials');
    expect(reasonFor(null, '5.5.4', '504 5.5.4 Authentication mechanism not supported', 504)).toBe(
      'credentials',
    );
  });

  it("Gmail's two 'Try again later, closing connection' pages give the same reason", () => {
    expect(of('421-4.7.0-session-recycled')).toBe('system');
    expect(of('421-4.7.0-try-again-later-closing-connection')).toBe('system');
  });

  // RFC 7505 §4.2 registers X.1.10 "Recipient address has null MX": the recipient's domain accepts
  // no mail (host-unknown). Exchange Online's 5.1.10 RecipientNotFound says "not found" in words.
  it('X.1.10 is a null MX (host-unknown) unless the words say the recipient is unknown', () => {
    expect(reasonOfStatus('5.1.10')).toBe('host-unknown');
    expect(of('generic-5.1.10-recipient-address-has-null-mx')).toBe('host-unknown');
    expect(reasonFor(null, '5.1.10', '556 5.1.10 Recipient address rejected', 556)).toBe('host-unknown');
    expect(
      reasonFor(
        null,
        '5.1.10',
        '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient u@example.com not found by SMTP address lookup',
        550,
      ),
    ).toBe('user-unknown');
  });
});

// Replies from servers no page names, written in each server's documented form for these tests.
describe("the reply reader reads those pages' wordings from any server", () => {
  const read = (status: string | null, text: string, code: number | null = null) =>
    reasonFor(null, status, text, code);

  it('a login required or refused is credentials (RFC 4954 530 5.7.0; Gmail)', () => {
    expect(read('5.7.0', '530 5.7.0 Authentication required', 530)).toBe('credentials');
    expect(read('5.7.1', '535 5.7.1 Application-specific password required', 535)).toBe('credentials');
    expect(read('5.7.1', '550 5.7.1 Invalid credentials for relay [192.0.2.1]', 550)).toBe('credentials');
    expect(read(null, '535 SMTP AUTH failed with the remote server.')).toBe('credentials');
    // An SPF or DKIM "authentication required" is the sender's domain failing its checks.
    expect(read('5.7.1', '550 5.7.1 DKIM authentication required for example.com', 550)).toBe('auth-failure');
  });

  it('malformed headers are syntax even where spam is given as the motive', () => {
    expect(
      read(
        '5.7.1',
        '550 5.7.1 This message is not RFC 5322 compliant: duplicate headers. To reduce the amount of spam, it has been blocked.',
        550,
      ),
    ).toBe('syntax');
    expect(read('5.7.1', '550 5.7.1 Messages missing a valid Message-ID header are not accepted.', 550)).toBe(
      'syntax',
    );
    expect(read('5.7.0', '554 5.7.0 Header error', 554)).toBe('syntax');
    expect(
      read('5.7.1', '550 5.7.1 Encoded-word syntax is not permitted in message header Subject', 550),
    ).toBe('syntax');
  });

  it('commands out of order around STARTTLS are syntax (RFC 3207)', () => {
    expect(
      read('4.5.0', '454 4.5.0 SMTP protocol violation, no commands allowed to pipeline after STARTTLS', 454),
    ).toBe('syntax');
    expect(read('5.5.1', '454 5.5.1 STARTTLS may not be repeated', 454)).toBe('syntax');
    expect(read('5.7.0', '530 5.7.0 Must issue a STARTTLS command first', 530)).toBe('tls');
  });

  it('rate words Gmail uses are rate-limited', () => {
    expect(
      read('4.2.1', '450 4.2.1 The user you are trying to contact is receiving mail too quickly', 450),
    ).toBe('rate-limited');
    expect(read('4.7.0', '454 4.7.0 Too many login attempts, please try again later', 454)).toBe(
      'rate-limited',
    );
    expect(
      read(
        '4.5.3',
        '452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction',
        452,
      ),
    ).toBe('rate-limited');
  });

  it('a session that expired or a greeting never received is network; a busy server is system', () => {
    expect(read('4.7.0', '421 4.7.0 Connection expired, try reconnecting', 421)).toBe('network');
    expect(read(null, 'Greeting never received')).toBe('network');
    expect(read(null, 'Error: connect EACCES 192.0.2.1:25')).toBe('network');
    expect(read('4.4.5', '421 4.4.5 Server busy, try again later', 421)).toBe('system');
  });

  it("a client's resolver and TLS library errors name their cause", () => {
    expect(read(null, 'Error: getaddrinfo ENOTFOUND smtp.example.com')).toBe('host-unknown');
    expect(read(null, 'Error: 140736: SSL routines:ssl3_get_record:wrong version number')).toBe('tls');
  });

  it("content that presents a security issue is spam (Gmail's 552 5.7.0)", () => {
    expect(
      read(
        '5.7.0',
        '552 5.7.0 This message was blocked because its content presents a potential security issue',
        552,
      ),
    ).toBe('spam');
  });

  it('a bare syntax error is syntax, whatever the status subject', () => {
    expect(read('5.7.11', '501 5.7.11 Syntax error (no parameters allowed)', 501)).toBe('syntax');
  });
});

describe('the new words keep to their cause', () => {
  it('a missing DKIM header is auth-failure; SSL on a refused connection is network', () => {
    expect(reasonOfText('550 5.7.1 Message rejected: no DKIM-Signature header found')).toBe('auth-failure');
    expect(reasonOfText('connect to smtp.example.com[192.0.2.1]:465 (SSL): Connection refused')).toBe(
      'network',
    );
  });
});

describe('a relay refused for want of a login is credentials (guide §3: SMTP AUTH required)', () => {
  it("reads cPanel's Exim and POP-before-SMTP refusals as credentials, a bare relay denial as policy", () => {
    expect(
      reasonFor(
        null,
        null,
        '550-Please turn on SMTP Authentication in your mail client. 550-(mail.example.org) [192.0.2.1]:36825 is not permitted to relay through 550 this server without authentication.',
        550,
      ),
    ).toBe('credentials');
    expect(
      reasonFor(null, '5.3.0', '553 5.3.0 <u@example.com>... Please receive your mail before sending', 553),
    ).toBe('credentials');
    expect(reasonFor(null, '5.7.1', '554 5.7.1 <u@example.com>: Relay access denied', 554)).toBe('policy');
  });
});

describe("a refusal naming RFC 2822 compliance is syntax (OpenSMTPD's, Gmail's pre-2014 wording)", () => {
  it('reads it as a malformed message whatever the 5.7.1 around it', () => {
    expect(
      reasonFor(
        null,
        '5.7.1',
        '550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822 compliant',
        550,
      ),
    ).toBe('syntax');
  });
});
