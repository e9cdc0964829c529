import type { BounceReason } from './reason.js';

// Wording of other MTAs and providers that says more than the general words in reason.ts, so it
// is read first: a general word in the same reply ("try again later", "spam", a 5.2.x status)
// would otherwise decide. Each rule is a phrase those servers really send.
const MTA_WORDS: readonly [RegExp, BounceReason][] = [
  // A receiver that cannot resolve the sending IP back to a name (Postfix's
  // reject_unknown_client_hostname, "bad reverse dns") refuses it for its reverse DNS, the
  // vocabulary's auth-failure, whatever "rejected"/"refused" or 4.7.1/5.7.1 say around it.
  [
    /\bcannot find your (?:reverse )?hostname\b|\bbad reverse dns\b|\breverse (?:dns|lookup) (?:fail|mismatch|required|not found)|\bno ptr record\b/i,
    'auth-failure',
  ],
  // Yahoo's reputation codes ([TSS04] "temporarily deferred due to user complaints", [TSS09]
  // "All messages from IP will be permanently deferred") refuse the sending IP, whatever the code.
  [/\[TS(?:S\d\d|\d\d)\]/, 'blocked'],
  // A receiver refusing the connecting host itself ("Client host blocked for spamming issues",
  // Orange's "Adresse IP source bloquee") is about the IP, not this message.
  [
    /\b(?:client host|sending host|source ip|ip source|adresse ip source|your ip(?: address)?|sending ip)\b[^.\n]{0,40}?\b(?:blocked|bloqu[eé]e?|blacklisted|banned)\b/i,
    'blocked',
  ],
  // A permanent refusal at the greeting (Postfix: "refused to talk to me: 554 …") or a refusal
  // "for this IP" refuses the connecting host itself, before any message or recipient is seen.
  [
    /\brefused to talk to me: 5\d\d\b|\b(?:no access|access denied|denied|not allowed|refused|rejected)\b[^.\n]{0,20}?\b(?:for|from) (?:this|your|the sending) ip\b/i,
    'blocked',
  ],
  // TLS said to be unavailable or required is about TLS, even where "unauthenticated" follows.
  [
    /\b(?:starttls|tls|ssl)\b[^.\n]{0,30}?\b(?:not available|unavailable|required|negotiation failed|handshake failed)\b/i,
    'tls',
  ],
  // qmail's relay refusal: the recipient's domain is not one it accepts mail for.
  [/\brcpthosts\b/i, 'policy'],
  // A receiver's own fault said in so many words; its "please try again later" is not a rate limit.
  [/\btemporary (?:server|system|local) (?:error|problem|failure)\b/i, 'system'],
  // The message itself is malformed: bare CR/LF line endings, a named RFC 5322 / 822 violation.
  [
    /\bbare (?:cr|lf|<cr>|<lf>|carriage return|line ?feed|newline)s?\b|\bviolat\w* (?:rfc ?5322|rfc ?822|822\.bis|rfc ?2822)\b/i,
    'syntax',
  ],
];

/** The reason a reply gives in a specific MTA's or provider's own wording, or `null`. */
export function reasonOfMtaWords(text: string): BounceReason | null {
  for (const [re, reason] of MTA_WORDS) if (re.test(text)) return reason;
  return null;
}
