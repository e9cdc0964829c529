// The index's classes of error. The catalog has no class field (pages are written by several
// people, and the class is a reading aid, not a fact about the error), so the site derives it from
// what every entry has: its stage, its codes and its title. The rules are data, first match wins.
import type { CatalogEntry } from '@smtpfix/core';

/** One class of the index, in the order the index shows them. */
export interface ErrorClass {
  /** Stable slug: the index's anchor (`#class-authentication`). */
  slug: string;
  /** Heading on the index. */
  label: string;
  /** One line under the heading. */
  blurb: string;
}

export const CLASSES: readonly ErrorClass[] = [
  {
    slug: 'authentication',
    label: 'Authentication',
    blurb: 'Logging in: passwords, app passwords, XOAUTH2.',
  },
  {
    slug: 'rate-limits',
    label: 'Rate limits',
    blurb: 'Sending too much or too fast: per minute, per day, per recipient.',
  },
  {
    slug: 'mail-policy',
    label: 'Policy and authentication of mail',
    blurb: 'SPF, DKIM, DMARC, reverse DNS, reputation, content and policy blocks.',
  },
  { slug: 'recipients', label: 'Recipients', blurb: 'Addresses and mailboxes: missing, disabled, full.' },
  { slug: 'size', label: 'Size', blurb: 'Messages or transactions larger than allowed.' },
  { slug: 'protocol', label: 'Protocol', blurb: 'Commands out of order, bad syntax, malformed messages.' },
  {
    slug: 'tls-connection',
    label: 'TLS and connection',
    blurb:
      "Reaching the server, TLS, timeouts, busy servers, and failures a client reports without the server's reply.",
  },
  {
    slug: 'oauth-tokens',
    label: 'OAuth tokens',
    blurb: "Google's token endpoint: invalid_grant and friends.",
  },
  {
    slug: 'gmail-api',
    label: 'Gmail API',
    blurb: "Gmail's HTTP API (users.messages.send), the way out where SMTP ports are blocked.",
  },
  { slug: 'other', label: 'Other', blurb: 'Pages that fit none of the classes above.' },
];

const subject = (e: CatalogEntry) => (e.enhancedCode ? e.enhancedCode.slice(2) : '');
const words = (e: CatalogEntry) => `${e.id} ${e.title}`.toLowerCase();
const reply = (e: CatalogEntry) => e.replyCode ?? 0;

/** [class slug, rule], in precedence. */
const RULES: readonly [string, (e: CatalogEntry) => boolean][] = [
  ['oauth-tokens', (e) => e.stage === 'token'],
  // Compared as a string: the catalog's Stage type may not name 'api' yet on every branch.
  ['gmail-api', (e) => (e.stage as string) === 'api'],
  [
    'tls-connection',
    (e) =>
      ['connect', 'tls', 'STARTTLS'].includes(e.stage) ||
      /^(conn|tls)-/.test(e.id) ||
      /\b(tls|starttls)\b/.test(words(e)),
  ],
  [
    'authentication',
    (e) =>
      e.stage === 'AUTH' ||
      [530, 534, 535].includes(reply(e)) ||
      ['7.8', '7.9', '7.14'].includes(subject(e)) ||
      /credentials|login/.test(words(e)),
  ],
  // Commands out of order or malformed are protocol errors, whatever word their text shares.
  ['protocol', (e) => [500, 501, 502, 503, 504, 555].includes(reply(e))],
  // 4.7.28 is Gmail's rate limit for unsolicited mail, even when it names the SPF or DKIM domain.
  ['rate-limits', (e) => subject(e) === '7.28'],
  [
    'mail-policy',
    (e) =>
      ['7.25', '7.26', '7.27'].includes(subject(e)) ||
      /allowlist|whitelist/.test(words(e)) ||
      /\b(spf|dkim|dmarc|ptr|ipv6)\b|reputation|unauthenticated email/.test(words(e)),
  ],
  ['recipients', (e) => subject(e) === '2.2' || /account-disabled/.test(e.id)],
  ['size', (e) => ['2.3', '3.4'].includes(subject(e)) || /\bsize\b|too large/.test(words(e))],
  ['rate-limits', (e) => subject(e) === '4.5' || /\brate\b|limit|quota|too quickly|busy/.test(words(e))],
  ['recipients', (e) => subject(e).startsWith('1.') || /recipient|destination/.test(words(e))],
  [
    'protocol',
    (e) =>
      [500, 501, 502, 503, 504, 555].includes(reply(e)) ||
      /^[56]\./.test(subject(e)) ||
      /command|header|rfc 5322|malformed|syntax|loop/.test(words(e)),
  ],
  ['tls-connection', (e) => /^[34]\./.test(subject(e)) || /connection|system problem|timeout/.test(words(e))],
  ['mail-policy', (e) => subject(e).startsWith('7.')],
  // Last, by where it comes back: pages without codes (bounce notices, Google Groups) still land
  // where a reader would look for them.
  [
    'recipients',
    (e) => e.stage === 'RCPT' || /address not found|couldn't be found|does not exist/.test(words(e)),
  ],
  ['mail-policy', (e) => e.stage === 'DATA' || e.stage === 'MAIL' || /blocked|rejected|spam/.test(words(e))],
  ['protocol', (e) => e.stage === 'EHLO'],
  // A client library's own "sending failed" with no reply and no step (Commons Email's wrapper): the
  // reader looks for it where the other failures a client reports without the server's reply are.
  ['tls-connection', (e) => e.replyCode === null && e.stage === 'any' && /\bfailed\b/.test(words(e))],
];

/** The class an entry is listed under; `other` when no rule fits (a new kind of page). */
export function classOf(entry: CatalogEntry): ErrorClass {
  const slug = RULES.find(([, rule]) => rule(entry))?.[0] ?? 'other';
  return CLASSES.find((c) => c.slug === slug)!;
}
