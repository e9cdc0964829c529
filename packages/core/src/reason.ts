import { reasonOfMtaWords, withoutHedges } from './reason-words.js';
import type { CatalogEntry } from './types.js';

/**
 * Why a message did not get through, in a small stable vocabulary shared by every answer, so
 * bounces can be stored and grouped by reason and compared with other bounce parsers (the names
 * follow Sisimai's reasons where one fits). Values are never renamed; new ones may be added.
 *
 * Each reason is defined by what the refusal is about, so that two people label a reply alike:
 *
 * - `user-unknown`: the mailbox does not exist (unknown user/addressee/recipient, 5.1.1).
 * - `mailbox-full`: the recipient is over their storage quota ("quota" alone means this one).
 * - `suspended`: the recipient's account exists but is disabled, inactive or suspended.
 * - `host-unknown`: the recipient domain does not exist or has no mail server (a sender domain
 *   that does not exist is `policy`: a rule about the sender).
 * - `rate-limited`: too much mail, too fast: a rate, a connection or recipient count, or a sending
 *   quota ("daily sending quota", "max emails per hour"), the sender's or the recipient's.
 * - `auth-failure`: the sender's identity checks fail: SPF, DKIM, DMARC, ARC, or the sending IP's
 *   reverse DNS (missing, generic, not matching), whatever 4.7.1/5.7.1 or "blocked" say around it.
 * - `credentials`: the SMTP login (AUTH) or OAuth token was refused or is required (nothing was sent).
 * - `blocked`: the sending IP, host or domain is refused as a sender, for its reputation, a block
 *   list or a ban, or before any message is seen (at the connection or greeting). The test: the
 *   same server would refuse any other message from that sender too.
 * - `spam`: this message is refused for what it is: judged spam, unsolicited, phishing, spoofed
 *   or carrying a virus. The test: the same server would take a different message from that sender.
 * - `policy`: another explicit rule of the receiving side refuses it: relay denied, a sender address
 *   refused or not owned, restricted recipients or group posting rights, greylisting, an admin rule.
 *   The residue for refusals that name a rule but none of the reasons above.
 * - `too-big`: the message or one of its parts is over a size limit.
 * - `syntax`: the message or the SMTP conversation is malformed (headers, bare line endings, a HELO
 *   name or an address that is not well formed, protocol order).
 * - `expired`: the sending server retried until it gave up (queue lifetime, 4.4.7).
 * - `network`: the server could not be reached or the connection broke on an attempt.
 * - `tls`: a required TLS connection could not be set up.
 * - `system`: the receiving server had a fault of its own (a temporary local error, no disk).
 * - `other`: an error that says nothing more specific.
 *
 * Which evidence decides, in order: a provider page's own reason; a provider's stable markers
 * (`reason-words.ts`); the reply's words; its enhanced status by the meaning of its detail (RFC 3463
 * and the registry since); its basic reply code. Words come before the status because servers
 * reuse status codes loosely (AT&T's "Addressee unknown" under 5.2.1, Yahoo's SPF/DKIM refusal under
 * 5.7.9, greylisting under 4.2.0): the words are the server's own explanation, the status a category.
 */
export type BounceReason =
  | 'user-unknown'
  | 'mailbox-full'
  | 'suspended'
  | 'host-unknown'
  | 'rate-limited'
  | 'auth-failure'
  | 'credentials'
  | 'blocked'
  | 'spam'
  | 'policy'
  | 'too-big'
  | 'syntax'
  | 'expired'
  | 'network'
  | 'tls'
  | 'system'
  | 'other';

/** Every reason, in the order the documentation lists them. */
export const bounceReasons: readonly BounceReason[] = [
  'user-unknown',
  'mailbox-full',
  'suspended',
  'host-unknown',
  'rate-limited',
  'auth-failure',
  'credentials',
  'blocked',
  'spam',
  'policy',
  'too-big',
  'syntax',
  'expired',
  'network',
  'tls',
  'system',
  'other',
];

// Pages by their slug: the first rule whose pattern is in the id decides. Kept as patterns over
// ids so a new page with a telling slug gets its reason without an edit here; the catalog test
// checks every page gets one that is not `other`.
const BY_ID: readonly [RegExp, BounceReason][] = [
  // The Gmail API's pages: their ids name the API's own error reasons, not SMTP words.
  [/^api-(insufficient-permission|precondition-check-failed)/, 'credentials'],
  [/^api-mail-service-not-enabled/, 'suspended'],
  [/^api-(invalid-to-header|recipient-address-required)/, 'syntax'],
  [/^api-backend-error/, 'system'],
  [/ip-blocked/, 'blocked'],
  [/^conn-(?!dns)|greeting|451-4\.4\.2-timeout|did-not-accept/, 'network'],
  [
    /unrecognized|unimplemented|unauthenticated-commands|multiple-destination|protocol|no-parameters/,
    'syntax',
  ],
  [/no-such-user|address-not-found|user-unknown/, 'user-unknown'],
  [/over-quota|out-of-storage|storage-quota|mailbox-full/, 'mailbox-full'],
  [/account-disabled|suspended/, 'suspended'],
  [/domain-not-found|dns-failure|host-unknown/, 'host-unknown'],
  [/recipient-rate-limited|receiving-too-quickly/, 'rate-limited'],
  [/daily|quota|rate|too-many|peak|limit|multiple-destination/, 'rate-limited'],
  // IPv6 sending guidelines: Gmail checks the PTR record and SPF/DKIM of mail sent over IPv6.
  [/spf|dkim|dmarc|ptr|unauthenticated|sender-unauthenticated|ipv6-sending/, 'auth-failure'],
  [
    /^token-|credentials|login|app-password|authenticat|auth-required|auth-type|xoauth2|cannot-decode|identity/,
    'credentials',
  ],
  [/reputation|ip-not|blocked-ip|not-in-whitelist/, 'blocked'],
  [/unsolicited|suspicious|security-issue|spam|message-blocked|moderation-spam/, 'spam'],
  [/too-large|size/, 'too-big'],
  [/tls|starttls|certificate/, 'tls'],
  [
    /rfc5322|missing-|multiple-from|malformed|syntax|header-error|protocol|unrecognized|unimplemented|first|helo|pipelining|optional-argument|mail-loop/,
    'syntax',
  ],
  [/timeout|timed-out|expired/, 'expired'],
  [/conn-|network|greeting/, 'network'],
  [
    /relay|denied|policy|permission|moderation|send-mail-as|not-accepted|prohibited|misconfigured|auto-response/,
    'policy',
  ],
  [/system-problem|server-busy|temporarily|try-again/, 'system'],
];

// RFC 3463 subject.detail → reason, for the generic layer and answers that name no page, with the
// details registered since (RFC 4954, 5248, 7372, 7293, 7505, 8689: IANA's "Enumerated Status
// Codes"). A detail's own meaning decides, not its subject's: X.1.7 is the sender's address syntax,
// not an unknown recipient; X.7.17/X.7.18 (mailbox/domain owner changed) are an unknown
// user/domain, not a policy.
const BY_CODE: Record<string, BounceReason> = {
  '1.1': 'user-unknown',
  '1.2': 'host-unknown',
  '1.3': 'syntax',
  '1.6': 'user-unknown',
  // Bad sender's mailbox address syntax; bad sender's system address (its domain is refused).
  '1.7': 'syntax',
  '1.8': 'policy',
  '1.10': 'user-unknown',
  '2.1': 'suspended',
  '2.2': 'mailbox-full',
  '2.3': 'too-big',
  '3.4': 'too-big',
  '4.1': 'network',
  '4.2': 'network',
  '4.4': 'host-unknown',
  '4.6': 'network',
  '4.7': 'expired',
  '5.1': 'syntax',
  '5.2': 'syntax',
  // Too many recipients: a per-message limit, as Gmail's 452 4.5.3 page reads it.
  '5.3': 'rate-limited',
  '6.0': 'syntax',
  '7.1': 'policy',
  '7.7': 'spam',
  '7.8': 'credentials',
  '7.9': 'credentials',
  '7.10': 'tls',
  // Encryption required for the AUTH mechanism; password transition needed; trust relationship required.
  '7.11': 'tls',
  '7.12': 'credentials',
  '7.13': 'suspended',
  '7.14': 'credentials',
  '7.16': 'too-big',
  // RRVS (RFC 7293): the mailbox's or the domain's owner has changed since the sender last knew it.
  '7.17': 'user-unknown',
  '7.18': 'host-unknown',
  '7.20': 'auth-failure',
  '7.21': 'auth-failure',
  '7.22': 'auth-failure',
  '7.23': 'auth-failure',
  '7.24': 'auth-failure',
  '7.25': 'auth-failure',
  '7.26': 'auth-failure',
  '7.27': 'host-unknown',
  '7.28': 'rate-limited',
  // ARC validation failure (Gmail's pages with this code say "TLS required"; their page decides).
  '7.29': 'auth-failure',
  '7.30': 'tls',
};
const BY_SUBJECT: Record<string, BounceReason> = {
  '1': 'user-unknown',
  '2': 'mailbox-full',
  '3': 'system',
  '4': 'network',
  '5': 'syntax',
  '6': 'syntax',
  '7': 'policy',
};

// Wording every MTA uses, for replies no page names (the text decides before a vague code does).
const BY_TEXT: readonly [RegExp, BounceReason][] = [
  [/\b(?:user|account|mailbox) (?:is )?disabled|suspended|inactive|deactivated/i, 'suspended'],
  [
    /\b(?:user|addressee|recipient|mailbox) (?:is )?unknown|unknown (?:user|addressee|recipient)|no such (?:user|mailbox|recipient)|does not exist|doesn't exist|recipient not found|mailbox unavailable|invalid recipient|unknown recipient|not a valid mailbox|no mail ?-?box|mail-?box not found|address not found|couldn't be found, or is unable to receive|(?:user|addressee) not found|not a (?:known|valid) user|\b(?:user|recipient) (?:doesn't|does not) have an? \S+ account|not listed in (?:the )?(?:[\w-]+ )?(?:directory|address book)|wasn't found at|invalid (?:final delivery )?user ?id\b|wurde nicht in \S+ gefunden/i,
    'user-unknown',
  ],
  // A quota or limit on sending ("Daily user sending quota exceeded") is a sending limit, read
  // before the mailbox's "quota exceeded".
  [/\b(?:sending|send|outgoing|outbound|relay|daily|hourly)(?: user)? (?:quota|limit)\b/i, 'rate-limited'],
  [
    /mail ?(?:box|folder) (?:is )?full|over ?quota|quota (?:limit )?exceeded|quota violation|disk quota|insufficient (?:system )?storage|out of storage|exceeded storage|mailbox exceeds/i,
    'mailbox-full',
  ],
  [/disabled|account (?:has been )?(?:locked|closed)/i, 'suspended'],
  [
    /domain (?:name )?not found|no such domain|host (?:or domain name )?not found|no mx|nxdomain|unrouteable|unroutable|couldn't be found\. check|had no relevant answers/i,
    'host-unknown',
  ],
  [
    // Not "try again later": every temporary refusal says it, whatever its cause; a status detail
    // that names one (4.3.2 system not accepting messages) then decides.
    /too many (?:messages|connections|recipients|sessions)|rate limit|throttl|sending limit|receiving mail at a rate/i,
    'rate-limited',
  ],
  [/\bspf\b|\bdkim\b|\bdmarc\b|\bptr\b|\brdns\b|reverse dns|unauthenticated/i, 'auth-failure'],
  [
    /blacklist|blocklist|block list|\bblocked using\b|listed (?:at|in|on|by)|\brbl\b|spamhaus|reputation/i,
    'blocked',
  ],
  [/spam|unsolicited|junk|virus|malware|phish|\bspoof(?:ed|ing)?\b/i, 'spam'],
  [
    /too (?:large|big)|size limit|exceeds? (?:the )?(?:maximum|size)|size exceeds|maximum message size/i,
    'too-big',
  ],
  [/\btls\b|starttls|certificate|encryption/i, 'tls'],
  [/timed? ?out|expired|retry time|could not be delivered for|giving up/i, 'expired'],
  [
    /connection (?:refused|reset|dropped)|could not connect|unable to connect|network is unreachable|network error|did not accept our requests to connect|(?:didn't|did not) respond|isn't accepting connection/i,
    'network',
  ],
  [
    /internal server error|server error|system error|(?:service|resource) (?:is )?temporarily unavailable|resource (?:is )?unavailable|local error in processing/i,
    'system',
  ],
  [
    /relay(?:ing)? (?:access )?denied|not permitted|permission|not allowed|policy|prohibited|refused/i,
    'policy',
  ],
];

// RFC 5321 basic reply codes whose meaning is specific enough to name a reason, for replies that
// carry no words we know and no informative enhanced code ("451 Internal resource …").
const BY_REPLY_CODE: Partial<Record<number, BounceReason>> = {
  // 421: service not available, closing the channel; 451: local error in processing.
  421: 'system',
  451: 'system',
  // 552: requested mail action aborted, exceeded storage allocation.
  552: 'mailbox-full',
};

/** The reason a catalog page stands for, from its id, then its enhanced code. */
export function reasonOfEntry(entry: CatalogEntry): BounceReason {
  if (entry.provider !== 'generic' || !entry.id.startsWith('generic-')) {
    for (const [re, reason] of BY_ID) if (re.test(entry.id)) return reason;
  }
  return entry.enhancedCode ? reasonOfStatus(entry.enhancedCode) : 'other';
}

/** The reason an RFC 3463 status code stands for (`5.1.1` → `user-unknown`). */
export function reasonOfStatus(status: string): BounceReason {
  const [, subject, detail] = status.split('.');
  return BY_CODE[`${subject}.${detail}`] ?? BY_SUBJECT[subject ?? ''] ?? 'other';
}

/** The reason a reply text gives in words every MTA uses, or `null`. */
export function reasonOfText(text: string): BounceReason | null {
  // Read the reply unfolded: MTAs wrap replies at ~70 columns ("refused to talk to\n    me: 554"),
  // so a phrase may be split across lines and indentation.
  const unfolded = withoutHedges(text.replace(/\s+/g, ' '));
  const specific = reasonOfMtaWords(unfolded);
  if (specific) return specific;
  for (const [re, reason] of BY_TEXT) if (re.test(unfolded)) return reason;
  return null;
}

/**
 * The reason for an answer: the page's own when a provider page was named; otherwise the
 * reply's words, then its enhanced status code (RFC 3463), then its basic reply code (RFC 5321).
 * `null` when there is nothing to go on.
 */
export function reasonFor(
  entry: CatalogEntry | null,
  status: string | null,
  text: string,
  replyCode: number | null = null,
): BounceReason | null {
  if (entry && entry.provider !== 'generic') return reasonOfEntry(entry);
  if (entry && !entry.id.startsWith('generic-')) return reasonOfEntry(entry);
  const byText = reasonOfText(text.length > 4096 ? text.slice(0, 4096) : text);
  if (byText) return byText;
  // Class 2 (RFC 3463) is a success ("250 2.1.5 Recipient ok" quoted before the refusal): no cause.
  const code = (status?.startsWith('2.') ? null : status) ?? entry?.enhancedCode ?? null;
  // X.0.0 is RFC 3463's "undefined": the basic reply code then says more.
  const byStatus = code ? reasonOfStatus(code) : null;
  if (byStatus && byStatus !== 'other') return byStatus;
  const byReply = replyCode !== null ? BY_REPLY_CODE[replyCode] : undefined;
  if (byReply) return byReply;
  // A failure reply (4xx/5xx) that says nothing more is still a failure: `other`, not unknown.
  return byStatus ?? (entry || (replyCode !== null && replyCode >= 400) ? 'other' : null);
}
