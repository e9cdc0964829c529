import { reasonOfProvider } from './reason-providers.js';
import type { BounceReason } from './reason.js';

// Wording of other MTAs and providers that says more than the general words in reason.ts, so it
// is read first: a general word in the same reply ("try again later", "spam", a 5.2.x status)
// would otherwise decide. Each rule is a phrase those servers really send.
const MTA_WORDS: readonly [RegExp, BounceReason][] = [
  // A receiver that cannot resolve the sending IP back to a name (Postfix's
  // reject_unknown_client_hostname, "bad reverse dns") refuses it for its reverse DNS, the
  // vocabulary's auth-failure, whatever "rejected"/"refused" or 4.7.1/5.7.1 say around it.
  // Said any way an MTA says it: no, bad or missing rDNS / PTR / reverse DNS ("No RDNS entry for"),
  // before a greeting refusal (below) calls it a block.
  [
    // Also postoffice's smtpd.c "is not accepting mail from <ip>, because we cannot resolve your IP
    // address" (its paranoid check: the IP has no name).
    /\bcannot find your (?:reverse )?hostname\b|\bcannot resolve your ip(?: address)?\b|\breverse (?:dns|lookup) (?:fail|mismatch|required|not found|rejected)|\b(?:no|bad|missing|invalid) (?:rdns|ptr|reverse dns)\b|\b(?:rdns|ptr) (?:record )?(?:missing|required|not found|fail)/i,
    'auth-failure',
  ],
  // Yahoo's bracketed reputation codes ([TS01]-[TS03], [TSS04] "temporarily deferred due to
  // unexpected volume or user complaints", [TSS09] "All messages from IP will be permanently
  // deferred", [IPTS04] the same without an enhanced code) refuse the sending IP, whatever the code.
  [/\[(?:IP)?TSS?\d\d\]/, 'blocked'],
  // Microsoft's own markers for a refused sending IP: Outlook.com's block-list codes in brackets
  // ("(S3140)" part of the sender's network is on the block list, "(S3150)"), and Exchange
  // Online's documented detail range 5.7.606-5.7.649 ("Access denied, banned sending IP") and
  // 5.7.708 ("traffic not accepted from this IP"), whatever "Access denied" would otherwise say.
  [/\(S3\d{3}\)|\b[45]\.7\.(?:6(?:0[6-9]|[1-3]\d|4\d)|708)\b/, 'blocked'],
  // A receiver refusing the connecting host itself ("Client host blocked for spamming issues",
  // Orange's "Adresse IP source bloquee", "Your IP(192.0.2.1) is filtered") is about the IP, not
  // this message, even where a word like "spam" follows. Dots inside an address do not end it.
  // Postfix's "Client host rejected: Blacklisted user: <address>" names the address, not the host.
  // Also "Client address [192.0.2.1] blocked" and "Your IP identified as spammer" (ZoneMTA's
  // bounces.txt, blacklist rules): the IP itself, whatever "SPAMMER List" follows.
  [
    /\b(?:client host|client address|sending host|source ip|ip source|adresse ip source|your ip(?: address)?|sending ip)\b(?:[^.\n]|\.(?=\w)){0,40}?\b(?:blocked|bloqu[eé]e?|blacklisted|banned|filtered|identified as (?:an? )?spammer)\b(?! (?:user|sender|(?:e-?mail )?address)\b)/i,
    'blocked',
  ],
  // A refusal at the greeting (Postfix: "refused to talk to me: 554 …") or a refusal "for this IP"
  // refuses the connecting host itself, before any message or recipient is seen. The greeting as
  // each client reports it: Postfix "refused to talk to me: 554", nodemailer's and ZoneMTA's
  // "Invalid greeting. response=554", Exim's "after initial connection: 554", PHP mailers'
  // (SwiftMailer, Laravel, Symfony) "Expected response code 220 but got code "421", with message …".
  // A 4xx there is the greeting refused as much as a 5xx, whichever client reports it (the guide,
  // §4: refused at the connection/greeting -> blocked, whatever words), except rate words (§3's
  // first row and §4's list, "volume" among them, and the reader's "too quickly": rate-limited) and
  // a stated identity check (§5, auth-failure: read above in its own words, or left to the general
  // words when the reply names PTR, rDNS, reverse DNS/lookup or SPF).
  [
    /(?:\brefused to talk to me: [45]\d\d\b|\binvalid greeting\. response=[45]\d\d\b|\bafter initial connection:\s*(?:host [^\n:]*:\s*)?[45]\d\d\b|\bexpected response code 220 but got code "?[45]\d\d\b)(?![^\n]{0,200}?\b(?:too many|rate limit|throttl|too quickly|(?:unexpected|unusual|high|excessive) volume|ptr\b|rdns\b|reverse (?:dns|lookup)|spf\b))|\b(?:no access|access denied|denied|not allowed|not authori[sz]ed|refused|rejected)\b[^.\n]{0,20}?\b(?:for|from) (?:this|your|the sending) ip\b/i,
    'blocked',
  ],
  // Outlook.com's DMARC refusal of the 2014 Yahoo/AOL p=reject era: "messages from (IP) on behalf of
  // (domain) could not be delivered due to domain owner policy restrictions". The domain owner's
  // policy is its published DMARC record (the guide's DMARC fail), not a receiver's local policy.
  [/\bdomain owner(?:'s)? policy\b/i, 'auth-failure'],
  // Exchange Online's directory-based edge blocking, "Access denied. AS(201806281)": the recipient
  // is not in the receiving tenant's directory. "Access denied" and its 5.4.1 would otherwise say
  // policy or network.
  [/\bAS\(201806281\)/, 'user-unknown'],
  // A connection attempt that timed out ("Connection timed out", Gmail's fetcher, nodemailer's
  // "Connection timeout") is the attempt's failure: the guide's network, whether or not the queue
  // then gave up (its cause wins), where "timed out" alone reads as expired.
  [/\bconnection (?:timed out|timeout)\b/i, 'network'],
  // The sender's own queue gave up after its retries ("Exceeded Maximum Delivery Attempts",
  // InterScan VirusWall): whatever product name ("VirusWall") stands around it.
  [/\bmaximum (?:delivery|retry) attempts\b|\bdelivery attempts exceeded\b/i, 'expired'],
  // TLS said to be unavailable or required is about TLS, even where "unauthenticated" follows.
  [
    /\b(?:starttls|tls|ssl)\b[^.\n]{0,30}?\b(?:not available|unavailable|required|negotiation failed|handshake failed)\b/i,
    'tls',
  ],
  // qmail's relay refusal: the recipient's domain is not one it accepts mail for.
  [/\brcpthosts\b/i, 'policy'],
  // Greylisting ("450 4.2.0 Recipient address rejected: Greylisted") is a rule of the receiver that
  // defers every first attempt: not a mailbox status (4.2.0), not a rate, not a fault.
  [/\bgr[ae]y-?list(?:ed|ing)?\b/i, 'policy'],
  // A refusal of the sender's address (Postfix "Sender address rejected: not owned by user" or
  // "…: Domain not found") is a rule about the sender, not an unknown recipient or recipient
  // domain, unless it names SPF/DKIM/DMARC, a block list or spam (the general words then decide).
  [
    /\bsender address rejected\b(?![^\n]{0,80}?\b(?:spf|dkim|dmarc|black ?list|block ?list|listed|spam|reputation)\b)/i,
    'policy',
  ],
  // The sender refused in other words (Sisimai's Rejected list names these families): the sender or
  // its address rejected or "not pre-approved", "invalid sender", "not owned by user", BATV or
  // backscatter checks, an unroutable or empty sender domain, an address a sending service has not
  // verified, a sender address the receiver's directory does not hold (Exchange/LDAP sender checks:
  // "Sender address <…> not found in directory"; the mailbox rule would read it as an unknown
  // recipient): a rule about the sender (the guide's policy), read before "unroutable" (host-unknown)
  // or "expired", unless a stated cause the general words know is named beside it.
  [
    /(?:\bsender (?:e-?mail )?(?:address )?(?:was |is |has been )?(?:rejected|not (?:pre-?approved|allowed|permitted))\b|\binvalid sender\b(?! ip)|\bnot owned by (?:the )?(?:auth(?:enticated)? )?user\b|\bbatv\b|\bbackscatter\b|\bunrout(?:e)?able sender\b|\bsender domain is empty\b|\baddress is not verified\b|\bsender(?: e-?mail)?(?: address)?\b(?:[^.\n]|\.(?=\w)){0,60}?\bnot found in (?:the )?(?:ldap|directory)\b)(?![^\n]{0,80}?\b(?:spf|dkim|dmarc|black ?list|block ?list|listed|spam|reputation)\b)/i,
    'policy',
  ],
  // A sending quota stated as a count per period ("limit of 400 rcpts per 24 hours for client …",
  // policy daemons' wording; "has exceeded the max … per hour"): the guide's sending quota, not
  // the 5.7.1 "not authorised" a policy server sends it under.
  [
    /\blimit of \d+ (?:rcpts?|recipients?|messages?|mails?|e-?mails?)\b[^.\n]{0,20}?\bper\b|\bexceeded (?:the |its |your )?max(?:imum)?\b[^.\n]{0,60}?\bper (?:minute|hour|day|24 hours)\b/i,
    'rate-limited',
  ],
  // The SMTP or POP login was refused: Gmail's mail fetcher ("Server denied POP access for the given
  // username and password") and servers' "username and password not accepted / incorrect".
  [
    /\bdenied (?:POP3?|IMAP|SMTP) access\b|\b(?:user ?name|login) (?:and|or) password (?:(?:is|are|was|were) )?(?:not accepted|incorrect|invalid|wrong|rejected)\b/i,
    'credentials',
  ],
  // The other server closed the connection on an attempt (Gmail's fetcher: "Connection closed by
  // remote host: The other server terminated our connection").
  [
    /\bconnection (?:closed|terminated) by (?:the )?(?:remote|foreign) (?:host|server)\b|\bterminated our connection\b/i,
    'network',
  ],
  // A host name or address typed with characters no host name may hold ("hostname contains unsafe
  // characters", Gmail's mail-fetcher settings): a name that is not well formed.
  [
    /\b(?:host ?name|server name|domain name|address)\b[^.\n]{0,20}?\bcontains? (?:unsafe|invalid|illegal|forbidden) characters?\b/i,
    'syntax',
  ],
  // A receiver's own fault said in so many words; its "please try again later" is not a rate limit.
  [/\btemporary (?:server|system|local) (?:error|problem|failure)\b/i, 'system'],
  // The message itself is malformed: bare CR/LF line endings, a named RFC 5322 / 822 violation.
  // Also a header the receiver names as missing, repeated, badly encoded or holding characters it
  // does not allow (Gmail's "not RFC 5322 compliant", "Messages missing a valid Message-ID header",
  // "Encoded-word syntax is not permitted in message header"): the guide's malformed headers, read
  // before the "To reduce the amount of spam…" Gmail gives as its motive.
  [
    /\bbare (?:cr|lf|<cr>|<lf>|carriage return|line ?feed|newline)s?\b|\bviolat\w* (?:rfc ?5322|rfc ?822|822\.bis|rfc ?2822)\b|\bnot (?:rfc ?(?:5322|2822|822)|rfc-?compliant)(?: compliant)?\b|\bmissing (?:an? )?(?:valid )?(?:address in )?(?!(?:dkim|arc|authentication)\b)[\w-]+:? header\b|\b(?:no|multiple|duplicate) (?:addresses in )?(?!(?:dkim|arc|authentication)\b)(?:[\w-]+:? )?headers?\b|\binvalid mime (?:headers?|structure)\b|\b8-?bit data in (?:the )?(?:message )?headers?\b|\bheader error\b|\bnot permitted in (?:the )?(?:message )?header\b|\bcharacter in an? (?:disallowed|invalid|forbidden) header\b/i,
    'syntax',
  ],
  // Commands in an order SMTP forbids around STARTTLS (RFC 3207: nothing pipelined after it, not
  // issued twice) and a named protocol violation: a malformed conversation, not a TLS failure.
  [/\bprotocol violation\b|\bno commands allowed to pipeline\b|\bstarttls may not be repeated\b/i, 'syntax'],
  // A sending service refusing an address on its own suppression list (the guide's §6: policy, not
  // suspended): Postmark's InactiveRecipientError / API error 406 "marked as inactive … a hard
  // bounce, a spam complaint, or a manual suppression" (Mailgun's and SendGrid's suppressions are in
  // reason-providers.ts). "Inactive" there describes the service's list, not the account.
  [
    /\b(?:recipients?|addresses) (?:that|which) (?:have|has) been marked as inactive\b|\bmarked as inactive\b[^\n]{0,120}?\b(?:hard bounce|spam complaint|suppression)\b|\bInactiveRecipientError\b/i,
    'policy',
  ],
  // The receiver took the message but could not store it ("Your message was received but it could
  // not be saved. Please retry later.", hMailServer): its own fault (the guide's system), not a
  // mailbox that does not exist.
  [/\b(?:message|mail) (?:was received but (?:it )?)?could not be (?:saved|stored|written)\b/i, 'system'],
  // Exchange's localised NDRs say a mailbox is full in the reader's language: German "Das Postfach
  // des Empfängers ist voll", French "La boîte aux lettres du destinataire est pleine", Spanish
  // "El buzón del destinatario está lleno", Italian "La cassetta postale del destinatario è piena".
  [
    /\bpostfach\b[^.\n]{0,40}?\bist voll\b|\bbo[iî]te aux lettres\b[^.\n]{0,40}?\best pleine\b|\bbuz[oó]n\b[^.\n]{0,40}?\best[aá] lleno\b|\bcassetta postale\b[^.\n]{0,40}?(?:\b|\s)[eè] piena\b/i,
    'mailbox-full',
  ],
];

/** The reason a reply gives in a specific MTA's or provider's own wording, or `null`. */
export function reasonOfMtaWords(text: string): BounceReason | null {
  const provider = reasonOfProvider(text);
  if (provider) return provider;
  for (const [re, reason] of MTA_WORDS) if (re.test(text)) return reason;
  return null;
}

// A clause that offers several causes at once ("Mailbox might be disabled, full, or may not exist
// on the server") names none of them: each word in it (disabled, full) would otherwise decide, where
// the reply's status detail is the server's actual answer. Bounded, so linear.
const HEDGE = /\b(?:might|may|could) (?:be|have been)\b[^.;\n]{0,80}?\bor\b[^.;\n]{0,80}/gi;

/**
 * The reply without its hedged clauses, so the status detail decides what they leave open. A clause
 * whose alternatives all give the same reason by `read` ("could be spam or phishing") names that
 * cause whichever alternative holds, so it stays.
 * @internal
 */
export function withoutHedges(text: string, read?: (words: string) => BounceReason | null): string {
  return text.replace(HEDGE, (clause) => (read && agreedCause(clause, read) ? clause : ' '));
}

function agreedCause(clause: string, read: (words: string) => BounceReason | null): boolean {
  const alternatives = clause
    .replace(/^\S+ (?:be|have been)\s*/i, '')
    .split(/,\s*(?:or\s+)?|\s+or\s+/i)
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
  if (alternatives.length < 2) return false;
  const first = read(alternatives[0]!);
  return first !== null && alternatives.every((a) => read(a) === first);
}
