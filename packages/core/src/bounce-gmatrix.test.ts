import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

// Google's own delivery notices crossed with every family of quoted refusal. Each cell's page and
// reason were written from the labelling guide (test/fixtures/bounces/LABELLING.md §2, §4, §6, §7)
// BEFORE the classifier ran on it:
// - a Google reply quoted inside a Google notice → that reply's Gmail page (§2, first bullet);
// - another server's refusal → the notice page of the same meaning: the mailbox does not exist →
//   `notice-address-not-found`; could not connect → `notice-recipient-server-did-not-accept`; the
//   recipient domain's own MX refusing to relay for it → `notice-remote-server-misconfigured`; no TLS
//   → `notice-remote-server-no-tls`; the domain not found → `553-5.1.2-domain-not-found` (§2, §4
//   "specific beats general", §4 old notices);
// - no notice page of that meaning (mailbox full, disabled, size, spam, block, policy, rate,
//   authentication, no cause, no reply quoted) → `not-gmail` with the quoted reply's reason (§2);
//   "Recipient inbox full" with no reply → `not-gmail`, `mailbox-full` (§6).
// Every cell is decided: the questions the guide left open were settled in LABELLING.md §7 and §8.
//
// The notices follow the layouts Google writes (the `gmail` / `oldGmail` helpers of
// reason-guide.test.ts, the catalog's notice pages and the help pages they link): the current one
// ("** heading **", a sentence, "The response was:"), the 2016–2019 one ("The response from the remote
// server was:"), the one before 2016 ("Delivery to the following recipient failed permanently" /
// "Technical details of permanent failure"), a notice copied without its heading, a Workspace notice
// as its source shows it (with the RFC 3464 report part), and the delay notices. The replies are
// written in each vendor's documented wording (Postfix's and Exim's sources, Dovecot's quota reply,
// Microsoft's NDR list, Yahoo's error codes, Spamhaus' return codes, Google's own SMTP replies as
// the catalog quotes them); addresses and hosts are documentation ones.

const RCPT = 'bob@example.net';

/** One quoted reply: its permanent and (when it has one) temporary form and what the guide makes of it. */
interface Reply {
  name: string;
  /** The reply as the remote server (or Google's own delivery agent) wrote it; `null`: no reply quoted. */
  text: string | null;
  /** The same refusal as a temporary failure (for the delay notices); absent: no temporary form. */
  temp?: string;
  /** The status a report part gives it. */
  status: string;
  /** Whose words: another server's, Google's own delivery agent's (no SMTP reply), or Google's SMTP reply. */
  who: 'other' | 'agent' | 'google';
  /** The page the guide gives it inside a Google notice with a generic heading, and the reason. */
  page: string;
  /** The page of its temporary form, when that differs (Google's 452-4.2.2 reply has a page of its own). */
  tempPage?: string;
  reason: string;
  /** The page is a notice page of the reply's meaning (not `not-gmail`, not a Gmail reply page). */
  noticeMeaning?: boolean;
}

const NOT = 'not-gmail';

const REPLIES: Reply[] = [
  // The mailbox does not exist.
  {
    name: 'Postfix user unknown',
    text: `550 5.1.1 <${RCPT}>: Recipient address rejected: User unknown in virtual mailbox table`,
    status: '5.1.1',
    who: 'other',
    page: 'notice-address-not-found',
    reason: 'user-unknown',
    noticeMeaning: true,
  },
  {
    name: 'Exchange recipient not found',
    text: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    status: '5.1.10',
    who: 'other',
    page: 'notice-address-not-found',
    reason: 'user-unknown',
    noticeMeaning: true,
  },
  // A mailbox over its quota: no notice page means it.
  {
    name: 'Dovecot quota exceeded',
    text: `552 5.2.2 <${RCPT}> Quota exceeded (mailbox for user is full)`,
    temp: `452 4.2.2 <${RCPT}> Quota exceeded (mailbox for user is full)`,
    status: '5.2.2',
    who: 'other',
    page: NOT,
    reason: 'mailbox-full',
  },
  {
    name: 'Exim mailbox is full',
    text: `550 5.2.2 ${RCPT}: mailbox is full`,
    temp: `452 4.2.2 ${RCPT}: mailbox is full`,
    status: '5.2.2',
    who: 'other',
    page: NOT,
    reason: 'mailbox-full',
  },
  // A disabled account.
  {
    name: 'Yahoo mailbox disabled',
    text: `554 30 Sorry, your message to ${RCPT} cannot be delivered. This mailbox is disabled (554.30).`,
    status: '5.2.1',
    who: 'other',
    page: NOT,
    reason: 'suspended',
  },
  // The recipient domain not found: Google's own DNS error, and another server's refusal for it.
  {
    name: "Google's DNS error",
    text: "DNS Error: DNS type 'mx' lookup of example.net responded with code NXDOMAIN Domain name not found: example.net",
    temp: 'DNS Error: DNS server returned general failure',
    status: '5.1.2',
    who: 'agent',
    page: '553-5.1.2-domain-not-found',
    reason: 'host-unknown',
    noticeMeaning: true,
  },
  {
    name: 'Postfix recipient domain not found',
    text: `550 5.1.2 <${RCPT}>: Recipient address rejected: Domain not found`,
    temp: `450 4.1.2 <${RCPT}>: Recipient address rejected: Domain not found`,
    status: '5.1.2',
    who: 'other',
    page: '553-5.1.2-domain-not-found',
    reason: 'host-unknown',
    noticeMeaning: true,
  },
  // Could not connect.
  {
    name: 'connection timed out',
    text: 'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net. 192.0.2.10: timed out]',
    temp: 'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net. 192.0.2.10: timed out]',
    status: '4.4.1',
    who: 'agent',
    page: 'notice-recipient-server-did-not-accept',
    reason: 'network',
    noticeMeaning: true,
  },
  {
    name: 'connection refused (old wording)',
    text: 'Could not initiate SMTP conversation with any hosts:\n[mx.example.net. (10): Connection refused]',
    temp: 'Could not initiate SMTP conversation with any hosts:\n[mx.example.net. (10): Connection refused]',
    status: '4.4.1',
    who: 'agent',
    page: 'notice-recipient-server-did-not-accept',
    reason: 'network',
    noticeMeaning: true,
  },
  // No TLS where Google had to use it.
  {
    name: 'remote server does not support TLS',
    text: '500 Remote server does not support TLS (state 6).',
    status: '5.7.10',
    who: 'agent',
    page: 'notice-remote-server-no-tls',
    reason: 'tls',
    noticeMeaning: true,
  },
  {
    name: 'TLS negotiation failed',
    text: 'TLS Negotiation failed: FAILED_PRECONDITION: starttls error (71): protocol error',
    temp: 'TLS Negotiation failed: FAILED_PRECONDITION: starttls error (71): protocol error',
    status: '4.7.5',
    who: 'agent',
    page: 'notice-remote-server-no-tls',
    reason: 'tls',
    noticeMeaning: true,
  },
  // This message's content.
  {
    name: 'amavis spam',
    text: '554 5.7.0 Reject, id=12345-07 - spam',
    status: '5.7.0',
    who: 'other',
    page: NOT,
    reason: 'spam',
  },
  {
    name: 'virus found',
    text: '554 5.7.1 Message rejected: virus found in attachment',
    status: '5.7.1',
    who: 'other',
    page: NOT,
    reason: 'spam',
  },
  // The sending IP refused.
  {
    name: 'Spamhaus listing',
    text: '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1',
    status: '5.7.1',
    who: 'other',
    page: NOT,
    reason: 'blocked',
  },
  {
    name: 'Microsoft banned sending IP',
    text: '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions.',
    status: '5.7.606',
    who: 'other',
    page: NOT,
    reason: 'blocked',
  },
  {
    name: 'Yahoo TSS04 deferral',
    text: '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    temp: '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    status: '4.7.0',
    who: 'other',
    page: NOT,
    reason: 'blocked',
  },
  // Relay denied by the recipient domain's own MX: the "remote server is misconfigured" notice.
  {
    name: 'Postfix relay access denied',
    text: `554 5.7.1 <${RCPT}>: Relay access denied`,
    status: '5.7.1',
    who: 'other',
    page: 'notice-remote-server-misconfigured',
    reason: 'policy',
    noticeMeaning: true,
  },
  // Other policy refusals: no notice page means them.
  {
    name: 'Postfix sender address rejected',
    text: '550 5.7.1 <alice@example.org>: Sender address rejected: Access denied',
    status: '5.7.1',
    who: 'other',
    page: NOT,
    reason: 'policy',
  },
  {
    name: 'greylisted',
    text: `450 4.2.0 <${RCPT}>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.net.html`,
    temp: `450 4.2.0 <${RCPT}>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.net.html`,
    status: '4.2.0',
    who: 'other',
    page: NOT,
    reason: 'policy',
  },
  // A rate.
  {
    name: 'Postfix too many connections',
    text: '421 4.7.0 mx.example.net Error: too many connections from 192.0.2.1',
    temp: '421 4.7.0 mx.example.net Error: too many connections from 192.0.2.1',
    status: '4.7.0',
    who: 'other',
    page: NOT,
    reason: 'rate-limited',
  },
  {
    name: 'Outlook rate limited for reputation',
    text: '451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775)',
    temp: '451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775)',
    status: '4.7.650',
    who: 'other',
    page: NOT,
    reason: 'rate-limited',
  },
  // SPF / DKIM / DMARC.
  {
    name: 'Exchange SPF violation',
    text: '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    status: '5.7.23',
    who: 'other',
    page: NOT,
    reason: 'auth-failure',
  },
  {
    name: 'DMARC reject',
    text: '550 5.7.1 Email rejected per DMARC policy for example.org',
    status: '5.7.1',
    who: 'other',
    page: NOT,
    reason: 'auth-failure',
  },
  // Too big.
  {
    name: 'Postfix message size',
    text: '552 5.3.4 Message size exceeds fixed limit',
    status: '5.3.4',
    who: 'other',
    page: NOT,
    reason: 'too-big',
  },
  {
    name: 'Exim message too big',
    text: '552 Message size exceeds maximum permitted',
    status: '5.3.4',
    who: 'other',
    page: NOT,
    reason: 'too-big',
  },
  // The receiver's own fault.
  {
    name: 'temporary local problem',
    text: '451 4.3.0 Error: temporary local problem',
    temp: '451 4.3.0 Error: temporary local problem',
    status: '4.3.0',
    who: 'other',
    page: NOT,
    reason: 'system',
  },
  // No cause named.
  {
    name: 'Haraka cannot deliver',
    text: `550 I cannot deliver mail for <${RCPT}>`,
    status: '5.0.0',
    who: 'other',
    page: NOT,
    reason: 'other',
  },
  {
    name: 'bare permanent error',
    text: '554 5.0.0 Permanent error',
    status: '5.0.0',
    who: 'other',
    page: NOT,
    reason: 'other',
  },
  // Google's own SMTP replies (a Workspace or Gmail server answering Google's delivery agent).
  {
    name: 'Gmail 550-5.1.1 no such user',
    text: "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. For more information, go to\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1-20020a05600c000000b0040e000000si1234567wmq.99 - gsmtp",
    status: '5.1.1',
    who: 'google',
    page: '550-5.1.1-no-such-user',
    reason: 'user-unknown',
  },
  {
    name: 'Gmail 552-5.2.2 over quota',
    text: '552-5.2.2 The email account that you tried to reach is over quota. Please direct\n552-5.2.2 the recipient to\n552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm a1-20020a05600c000000b0040e000000si1234567wmq.99 - gsmtp',
    temp: '452-4.2.2 The email account that you tried to reach is over quota. Please direct\n452-4.2.2 the recipient to\n452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp a1-20020a05600c000000b0040e000000si1234567wmq.99 - gsmtp',
    status: '5.2.2',
    who: 'google',
    page: '552-5.2.2-over-quota',
    tempPage: '452-4.2.2-over-quota',
    reason: 'mailbox-full',
  },
  {
    name: 'Gmail 550-5.2.1 account disabled',
    text: '550-5.2.1 The email account that you tried to reach is disabled.\n550 5.2.1  https://support.google.com/mail/?p=DisabledUser a1-20020a05600c000000b0040e000000si1234567wmq.99 - gsmtp',
    status: '5.2.1',
    who: 'google',
    page: '550-5.2.1-account-disabled',
    reason: 'suspended',
  },
  {
    name: 'Gmail 550-5.7.26 unauthenticated',
    text: '550-5.7.26 This message does not have authentication information or fails to\n550-5.7.26 pass authentication checks (SPF or DKIM). To best protect our users\n550-5.7.26 from spam, the message has been blocked. Please visit\n550-5.7.26  https://support.google.com/mail/answer/81126#authentication for more\n550 5.7.26 information. a1-20020a05600c000000b0040e000000si1234567wmq.99 - gsmtp',
    status: '5.7.26',
    who: 'google',
    page: '550-5.7.26-unauthenticated',
    reason: 'auth-failure',
  },
  // The remote server demanding TLS of Google (§8): not Gmail's own 530 reply page, and not the no-TLS
  // notice, which is the opposite failure.
  {
    name: 'remote server requires STARTTLS',
    text: '530 5.7.0 Must issue a STARTTLS command first',
    status: '5.7.0',
    who: 'other',
    page: NOT,
    reason: 'tls',
  },
];

/** The reply in the 4xx form a delay notice quotes, or `null` when it has none. */
const tempOf = (r: Reply) => r.temp ?? null;

/** Headers of Google's notice as its source shows them. */
const head = (subject = 'Delivery Status Notification (Failure)') =>
  `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: alice@example.org\nSubject: ${subject}\n`;

// Google's notice sentences, one per heading (the catalog's notice pages and Google's help links).
const SENTENCE: Record<string, string> = {
  'Address not found': `Your message wasn't delivered to ${RCPT} because the address couldn't be found, or is unable to receive mail.`,
  'Message not delivered': `There was a problem delivering your message to ${RCPT}. See the technical details below.`,
  'Message blocked': `Your message to ${RCPT} has been blocked. See technical details below for more information.`,
  'Domain not found': `Your message wasn't delivered to ${RCPT} because the domain example.net couldn't be found. Check for typos or unnecessary spaces and try again.`,
  'Recipient inbox full': `Your message couldn't be delivered to ${RCPT}. Their inbox is full, or it's getting too much mail right now.`,
};

/** The current layout (since 2019): heading, sentence, "The response was:", the reply. */
const current = (heading: string) => (reply: string | null) =>
  `${head()}\n** ${heading} **\n\n${SENTENCE[heading]}\n${reply === null ? '' : `\nThe response was:\n\n${reply}\n`}`;

/** The 2016–2019 layout: "The response from the remote server was:". */
const layout2016 = (heading: string) => (reply: string | null) =>
  `${head()}\n** ${heading} **\n\n${SENTENCE[heading]}\n${reply === null ? '' : `\nThe response from the remote server was:\n${reply}\n`}`;

/** The layout before 2016: "Delivery to the following recipient failed permanently". */
const before2016 = (reply: string | null, agent: boolean) =>
  `${head()}\nDelivery to the following recipient failed permanently:\n\n     ${RCPT}\n\nTechnical details of permanent failure:\n${
    reply === null
      ? 'Google tried to deliver your message, but it was rejected by the server for the recipient domain example.net by mx.example.net. [192.0.2.10].\n'
      : agent
        ? `${reply}\n`
        : `Google tried to deliver your message, but it was rejected by the server for the recipient domain example.net by mx.example.net. [192.0.2.10].\n\nThe error that the other server returned was:\n${reply}\n`
  }`;

/** The current layout copied without its heading line (and without its header fields). */
const headingCut = (reply: string | null) =>
  `${SENTENCE['Message not delivered']}\n${reply === null ? '' : `\nThe response was:\n\n${reply}\n`}`;

/** A Workspace notice as its source shows it: text part and RFC 3464 report part. */
const workspace = (reply: string | null, status: string) => `${head()}MIME-Version: 1.0
Content-Type: multipart/report; boundary="00000000000042"; report-type=delivery-status

--00000000000042
Content-Type: text/plain; charset="UTF-8"

** Message not delivered **

${SENTENCE['Message not delivered']}
${reply === null ? '' : `\nThe response was:\n\n${reply}\n`}
--00000000000042
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 03 Feb 2025 09:12:44 -0800 (PST)
X-Original-Message-ID: <CA+example@mail.gmail.com>

Final-Recipient: rfc822; ${RCPT}
Action: failed
Status: ${status}
${reply === null ? '' : `Remote-MTA: dns; mx.example.net. (192.0.2.10, the server for the domain example.net.)\nDiagnostic-Code: smtp; ${reply.replace(/\n/g, '\n ')}\n`}Last-Attempt-Date: Mon, 03 Feb 2025 09:12:46 -0800 (PST)

--00000000000042--
`;

/** The current delay notice: "Delivery incomplete", Gmail's generic help link, the reply. */
const delayCurrent = (reply: string | null) =>
  `${head('Delivery Status Notification (Delay)')}\n** Delivery incomplete **\n\nThere was a temporary problem delivering your message to ${RCPT}. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\nLearn more here: https://support.google.com/mail/answer/7720\n${reply === null ? '' : `\nThe response was:\n\n${reply}\n`}`;

/** The delay notice before 2016. */
const delayOld = (reply: string | null, agent: boolean) =>
  `${head('Delivery Status Notification (Delay)')}\nThis is an automatically generated Delivery Status Notification\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n     ${RCPT}\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\n${
    reply === null
      ? ''
      : agent
        ? `${reply}\n`
        : `Google tried to deliver your message, but it was rejected by the server for the recipient domain example.net by mx.example.net. [192.0.2.10].\n\nThe error that the other server returned was:\n${reply}\n`
  }`;

/** The current notice copied from below its heading: `sentence` is the notice's first sentence. */
const cutBelow = (sentence: string) => (reply: string | null) =>
  `${sentence}\n${reply === null ? '' : `\nThe response was:\n\n${reply}\n`}`;

/** Gmail's web view copied whole: sender, date and "to me" lines, the heading without asterisks. */
const webView = (reply: string | null) =>
  `Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nFeb 3, 2025, 9:12 AM\nto me\n\nError Icon\nMessage not delivered\n${SENTENCE['Message not delivered']}\n${reply === null ? '' : `The response was:\n${reply}\n`}`;

/** The notice flattened into one paragraph (a chat message, an issue form's one-line field). */
const flattened = (reply: string | null) =>
  current('Message not delivered')(reply)
    .replace(/^(?:[\w-]+:.*\n)+\n/, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

/** The other sentence of the layout before 2016: "rejected by the recipient domain", no host named. */
const before2016Domain = (reply: string) =>
  `${head()}\nDelivery to the following recipient failed permanently:\n\n     ${RCPT}\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: ${reply}\n`;

interface Layout {
  name: string;
  build: (r: Reply) => string | null;
  /** The guide's answer for a reply under this layout's heading. */
  expect: (r: Reply) => { page: string; reason: string };
}

const byMeaning = (r: Reply) => ({ page: r.page, reason: r.reason });
const byTempMeaning = (r: Reply) => ({ page: r.tempPage ?? r.page, reason: r.reason });

// A heading that names a page of its own ("Address not found", "Message blocked") over another
// server's reply whose meaning no notice page has. §7 settled the meanings that are clearly not the
// heading's (§4's "specific beats general" over §2's heading bullet); §8 settled the rest from the
// pages' own words: the message-blocked page is Gmail refusing its own outgoing mail with no remote
// server involved, so any quoted remote refusal under it is `not-gmail` with the reply's reason
// (Google's heading is not the server's word: no cause stays `other`); under "Address not found" a
// refusal that names a cause keeps it, and one that names none takes the heading's page, which §2
// gives even when the quoted reply is another server's.
const headingPage = (heading: 'Address not found' | 'Message blocked') => (r: Reply) => {
  if (r.who === 'google' || r.noticeMeaning) return byMeaning(r);
  if (heading === 'Address not found' && r.reason === 'other')
    return { page: 'notice-address-not-found', reason: 'user-unknown' };
  return byMeaning(r);
};

const LAYOUTS: Layout[] = [
  {
    name: 'current, Message not delivered',
    build: (r) => current('Message not delivered')(r.text),
    expect: byMeaning,
  },
  {
    name: 'current, Address not found',
    build: (r) => current('Address not found')(r.text),
    expect: headingPage('Address not found'),
  },
  {
    name: 'current, Message blocked',
    build: (r) => current('Message blocked')(r.text),
    expect: headingPage('Message blocked'),
  },
  {
    name: '2016–2019, Message not delivered',
    build: (r) => layout2016('Message not delivered')(r.text),
    expect: byMeaning,
  },
  {
    name: '2016–2019, Address not found',
    build: (r) => layout2016('Address not found')(r.text),
    expect: headingPage('Address not found'),
  },
  {
    name: 'before 2016, failed permanently',
    build: (r) => before2016(r.text, r.who === 'agent'),
    expect: byMeaning,
  },
  {
    name: 'heading cut off',
    build: (r) => headingCut(r.text),
    expect: byMeaning,
  },
  {
    name: 'Workspace notice with its report part',
    build: (r) => workspace(r.text, r.status),
    expect: byMeaning,
  },
  {
    name: 'current delay, Delivery incomplete',
    build: (r) => {
      const t = tempOf(r);
      return t === null ? null : delayCurrent(t);
    },
    expect: byTempMeaning,
  },
  {
    name: 'delay before 2016',
    build: (r) => {
      const t = tempOf(r);
      return t === null ? null : delayOld(t, r.who === 'agent');
    },
    expect: byTempMeaning,
  },
  {
    name: 'heading cut off, Address not found sentence',
    build: (r) => cutBelow(SENTENCE['Address not found']!)(r.text),
    expect: headingPage('Address not found'),
  },
  {
    name: 'heading cut off, Message blocked sentence',
    build: (r) => cutBelow(SENTENCE['Message blocked']!)(r.text),
    expect: headingPage('Message blocked'),
  },
  {
    name: 'heading cut off, delay sentence',
    build: (r) => {
      const t = tempOf(r);
      return t === null
        ? null
        : cutBelow(
            `There was a temporary problem delivering your message to ${RCPT}. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.`,
          )(t);
    },
    expect: byTempMeaning,
  },
  {
    name: "Gmail's web view copied whole",
    build: (r) => webView(r.text),
    expect: byMeaning,
  },
  {
    name: 'flattened into one line',
    build: (r) => flattened(r.text),
    expect: byMeaning,
  },
  {
    name: 'before 2016, rejected by the recipient domain',
    build: (r) => (r.text === null ? null : before2016Domain(r.text)),
    expect: byMeaning,
  },
  // Headings that fit only some replies: crossed with those.
  {
    name: 'current, Domain not found',
    build: (r) => (r.reason === 'host-unknown' ? current('Domain not found')(r.text) : null),
    expect: byMeaning,
  },
  {
    name: 'current, Address not found with the domain sentence',
    build: (r) =>
      r.reason === 'host-unknown'
        ? current('Domain not found')(r.text).replace('** Domain not found **', '** Address not found **')
        : null,
    expect: byMeaning,
  },
  {
    name: 'current, Recipient inbox full',
    build: (r) => (r.reason === 'mailbox-full' ? current('Recipient inbox full')(r.text) : null),
    expect: byMeaning,
  },
];

describe('Google notices × quoted replies, each cell decided by the labelling guide', () => {
  for (const layout of LAYOUTS) {
    describe(layout.name, () => {
      for (const r of REPLIES) {
        const text = layout.build(r);
        if (text === null) continue;
        const want = layout.expect(r);
        it(`${r.name} → ${want.page}/${want.reason}`, () => {
          const d = classify(text);
          const page = d.entry === null || d.entry.provider !== 'gmail' ? NOT : d.entry.id;
          expect(`${page}/${d.reason}`).toBe(`${want.page}/${want.reason}`);
        });
      }
    });
  }

  // No reply quoted at all.
  const none: Reply = {
    name: 'no reply',
    text: null,
    status: '5.0.0',
    who: 'other',
    page: NOT,
    reason: 'other',
  };
  const noReply: [string, string, string, string][] = [
    ['current, Message not delivered', current('Message not delivered')(null), NOT, 'other'],
    [
      'current, Address not found',
      current('Address not found')(null),
      'notice-address-not-found',
      'user-unknown',
    ],
    ['current, Message blocked', current('Message blocked')(null), 'notice-message-blocked', 'spam'],
    [
      'current, Domain not found',
      current('Domain not found')(null),
      '553-5.1.2-domain-not-found',
      'host-unknown',
    ],
    ['current, Recipient inbox full', current('Recipient inbox full')(null), NOT, 'mailbox-full'],
    ['before 2016, failed permanently', before2016(null, false), NOT, 'other'],
    ['Workspace notice with its report part', workspace(null, none.status), NOT, 'other'],
    // §8: the delay notice's link (answer 7720) is in every delay notice, so it names no page.
    ['current delay, Delivery incomplete', delayCurrent(null), NOT, 'other'],
  ];
  describe('no reply quoted', () => {
    for (const [name, text, page, reason] of noReply)
      it(`${name} → ${page}/${reason}`, () => {
        const d = classify(text);
        const got = d.entry === null || d.entry.provider !== 'gmail' ? NOT : d.entry.id;
        expect(`${got}/${d.reason}`).toBe(`${page}/${reason}`);
      });
  });
});

// The mechanisms the matrix needed, each with the near misses that must not take them.
describe('mechanisms behind the matrix, with near misses', () => {
  const pageOf = (text: string) => {
    const d = classify(text);
    return `${d.entry === null || d.entry.provider !== 'gmail' ? NOT : d.entry.id}/${d.reason}`;
  };

  it('a relay refusal decides over any notice heading (§4), but a Google relay reply keeps its own page', () => {
    expect(pageOf(current('Message blocked')(`554 5.7.1 <${RCPT}>: Relay access denied`))).toBe(
      'notice-remote-server-misconfigured/policy',
    );
    // Google's own relay refusal (its SMTP relay service) is Google's reply: its Gmail page (§2).
    expect(
      pageOf(
        current('Message blocked')(
          "550-5.7.0 Mail relay denied [192.0.2.1]. Invalid credentials for relay for one of the domains in: example.org (as obtained from HELO and MAIL FROM). Email is being sent from a domain or IP address which isn't registered in your Workspace account. a1si1234567wmq.99 - gsmtp",
        ),
      ),
    ).toBe('550-5.7.0-relay-denied/policy');
    // A sender refused by a rule is no relay refusal: no notice page means it.
    expect(
      pageOf(
        current('Message not delivered')(
          '550 5.7.1 <alice@example.org>: Sender address rejected: Access denied',
        ),
      ),
    ).toBe('not-gmail/policy');
  });

  it("Gmail's 'problem delivering … See the technical details below' marks a notice cut below its heading; either half alone does not", () => {
    expect(pageOf(headingCut(`550 5.1.1 <${RCPT}>: Recipient address rejected: User unknown`))).toBe(
      'notice-address-not-found/user-unknown',
    );
    // Another provider's words ("There was a problem delivering your message", no Google sentence
    // after it) are no Google notice: the reply alone decides, never a Gmail page.
    const other = `There was a problem delivering your message to ${RCPT}.\n\nThe response was:\n\n550 5.1.1 <${RCPT}>: Recipient address rejected: User unknown`;
    expect(pageOf(other)).toBe('not-gmail/user-unknown');
    // The delay sentence without Gmail's "Gmail will retry" is any server's: not Google's notice.
    const delay = `There was a temporary problem delivering your message to ${RCPT}. We will try again later.\n\n450 4.1.2 <${RCPT}>: Recipient address rejected: Domain not found`;
    expect(pageOf(delay)).toBe('not-gmail/host-unknown');
    const seeBelow = `We could not deliver your message. See the technical details below.\n\n550 5.1.1 <${RCPT}>: Recipient address rejected: User unknown`;
    expect(pageOf(seeBelow)).toBe('not-gmail/user-unknown');
  });

  it("Haraka's refusal when no plugin takes the recipient names no cause (§7); its sender refusal stays policy", () => {
    expect(pageOf(current('Message not delivered')(`550 I cannot deliver mail for <${RCPT}>`))).toBe(
      'not-gmail/other',
    );
    expect(pageOf(current('Message not delivered')('550 sender <alice@example.org> denied'))).toBe(
      'not-gmail/policy',
    );
  });

  it("another server's STARTTLS demand in Google's notice is not Gmail's 530 page; Gmail's own, marked, still is (§8)", () => {
    const starttls = '530 5.7.0 Must issue a STARTTLS command first';
    expect(pageOf(current('Message not delivered')(starttls))).toBe('not-gmail/tls');
    // With Google's own marker the reply is Google's, so its page stands.
    expect(pageOf(current('Message not delivered')(`${starttls}. a1si123 - gsmtp`))).toBe(
      '530-5.7.0-starttls-first/tls',
    );
    // Outside a bounce the same line is still Gmail's page: a paste from a client of smtp.gmail.com.
    expect(pageOf(starttls)).toBe('530-5.7.0-starttls-first/tls');
    // A Postfix relay that logs in to smtp.gmail.com quotes the submission server: not a Google notice.
    const postfix = `This is the mail system at host relay.example.org.\n\n<${RCPT}>: host smtp.gmail.com[192.0.2.5] said: 530-5.7.0 Authentication Required. Learn more at 530 5.7.0 https://support.google.com/mail/?p=WantAuthError a1si123 - gsmtp (in reply to MAIL FROM command)`;
    expect(pageOf(postfix)).toBe('530-5.7.0-authentication-required/credentials');
  });

  it("Gmail's 'Address not found' and 'Message blocked' sentences mark a notice cut below its heading (§8)", () => {
    const spam = '554 5.7.1 Message rejected: virus found in attachment';
    expect(pageOf(`${SENTENCE['Message blocked']}\n\nThe response was:\n\n${spam}`)).toBe('not-gmail/spam');
    expect(pageOf(`${SENTENCE['Address not found']}\n\nThe response was:\n\n554 5.0.0 Permanent error`)).toBe(
      'notice-address-not-found/user-unknown',
    );
    // Half a sentence is any server's words.
    expect(pageOf(`Your message to ${RCPT} has been blocked.\n\n554 5.0.0 Permanent error`)).toBe(
      'not-gmail/other',
    );
  });
});
