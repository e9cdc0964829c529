import { familyPage } from './catalog/families.js';
import { FALLBACK_PAGES } from './match.js';
import { withoutClientWords } from './parse.js';
import { reasonOfLocalisedWords, reasonOfMtaWords, withoutHedges } from './reason-words.js';
import type { CatalogEntry } from './types.js';

/**
 * Why a message did not get through, in a small stable vocabulary shared by every answer, so
 * bounces can be stored and grouped by reason and compared with other bounce parsers (the names
 * follow Sisimai's reasons where one fits). Values are never renamed; new ones may be added.
 *
 * The definitions and the order of evidence are those of the labelling guide every bounce fixture
 * is labelled by (`test/fixtures/bounces/LABELLING.md` §3 and §4); `reason-guide.test.ts` holds one
 * test per rule. A Gmail / Google page's reason is the page's own (`reasonOfEntry`); any other
 * reply is read by the definitions below.
 *
 * - `user-unknown`: the mailbox does not exist (unknown user/addressee/recipient, X.1.1). A stock
 *   "mailbox unavailable" / "recipient rejected" / "invalid recipient" with no more detail goes by
 *   the status detail (5.1.1 `user-unknown`, 5.2.1 `suspended`, 5.2.2 `mailbox-full`), none →
 *   `user-unknown`; a cause stated in the same reply decides instead. Microsoft's "Recipient
 *   address rejected: Access denied" (whatever 5.4.1) is `user-unknown`.
 * - `mailbox-full`: a mailbox over its quota ("over quota", "mailbox full", "quota exceeded", a
 *   mailbox owner's disk quota such as EXDISKQUOTA).
 * - `suspended`: the account is disabled, inactive, suspended or closed.
 * - `host-unknown`: DNS could not find the recipient's domain or mail host, permanently or
 *   temporarily ("Host or domain name not found", "no MX", "No such domain", "unrouteable
 *   address"), or a domain that accepts no mail (RFC 7505's null MX, X.1.10). Words naming the
 *   domain beat a user status ("Ungueltige Mail-Domain" under 5.1.1).
 * - `rate-limited`: "temporarily rate limited / throttled / deferred: too many", even when the
 *   cause given is reputation (Outlook's 4.7.650 "rate limited due to IP reputation"); a sending,
 *   queue or organisation quota ("daily sending quota", "Organization queue quota exceeded");
 *   too many recipients (X.5.3) or connections. A deferral is a rate only with rate words ("rate
 *   limited", "too many", "volume", "throttled").
 * - `auth-failure`: SPF, DKIM, DMARC or ARC fail; the sending IP has no, a generic or a mismatched
 *   reverse DNS ("cannot find your hostname").
 * - `credentials`: SMTP AUTH or OAuth login refused or required (Microsoft's 530 5.7.57 "not
 *   authenticated to send anonymous mail"; an AUTH mechanism the server does not offer; a relay
 *   refused only for want of a login).
 * - `blocked`: the IP or host is refused as a sender (the test: any message from that sender would
 *   be refused): reputation, a block list (Spamhaus, Barracuda, SpamCop, "AUP#…RBL", "listed at"),
 *   a ban, "not authorized" / "access denied" for this IP, not on an allow-list, refused at the
 *   connection or greeting whatever the words ("Local Policy Violation"); Yahoo's `[TS…]`,
 *   `[TSS…]`, `[IPTS…]` codes; "temporarily deferred" for reputation or complaints without rate
 *   words. No rate, no "temporarily limited": those are `rate-limited`.
 * - `spam`: this message's content: spam score, "unsolicited", phishing, spoofing, a virus, a
 *   content filter.
 * - `policy`: the sender ADDRESS or domain refused by a rule ("Sender address rejected", "not owned
 *   by user", sender verify failed, sender domain not found), relay denied, restricted recipients,
 *   group posting rights, greylisting, "local policy" after the greeting ("Reject due to policy
 *   restrictions"), "Recipient does not want your mail", "Message not accepted for policy
 *   reasons", "does not meet our delivery requirements", an admin rule, a forbidden attachment type.
 * - `too-big`: the message or one of its parts is over a size limit.
 * - `syntax`: a malformed message or conversation: headers, bare LF, a bad HELO ("Use your real
 *   hostname in HELO", not a FQDN) or address syntax, out-of-sequence commands.
 * - `expired`: the sending side gave up after retrying and reports no cause ("message expired",
 *   "retry timeout exceeded", "Maximum delivery attempts", X.4.7). When it reports one, the cause
 *   wins: connection refused / timed out / no response / no route → `network`, a quoted reply →
 *   that reply's reason.
 * - `network`: could not connect, connection lost, timed out on an attempt (TLS aside); a routing
 *   loop, "too many hops", "mail loop" (X.4.6).
 * - `tls`: TLS required but missing, or the handshake failed.
 * - `system`: the receiving or local server's own fault: "internal error", "temporary local
 *   problem", "Temporary server error", disk full; a local delivery program (pipe) that failed,
 *   whatever its output (unless it reports the mailbox owner's quota); a block-list lookup failing
 *   on the receiver's own resolver ("open resolver").
 * - `other`: a failure that names no cause ("rejected", "5.0.0", "permanent error" and nothing else).
 *
 * Which evidence decides, in order: a Gmail page's own reason; the server's own words (a
 * provider's stable markers in `reason-words.ts`, then the words every MTA uses); the enhanced
 * status by the meaning of its detail (RFC 3463 and the registry since: X.1.1 `user-unknown`,
 * X.2.2 `mailbox-full`, X.2.1 `suspended`, X.4.7 `expired`, X.5.3 `rate-limited`, X.7.x by
 * detail); the basic reply code (421/451 `system`, 552 `mailbox-full`); else `other`. Words come
 * before the status because servers reuse status codes loosely (AT&T's "Addressee unknown" under
 * 5.2.1, Yahoo's SPF/DKIM refusal under 5.7.9, greylisting under 4.2.0). Specific beats general:
 * a stated cause beats the general words around it, and a Google notice's quoted error beats its
 * heading (`bounce-classify.ts`).
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
  // No message in the request (no `raw`, no upload) is a malformed request, as is a To or From
  // header Gmail cannot parse (a malformed message, guide §3); a JSON body over the metadata URL's
  // limit is the message's size.
  [/^api-(invalid-(?:to|from)-header|recipient-address-required|raw-payload-required)/, 'syntax'],
  [/^api-request-payload-too-large/, 'too-big'],
  [/^api-backend-error/, 'system'],
  // The app handed its message to a local mail program (PHP mail(), sendmail, msmtp) that is missing
  // or has no settings: no server replied, and the failing part is the sending machine's own
  // program. The guide's `system` row ("the receiving or local server's own fault", §4's local
  // delivery program that failed, whatever its output) fits; `other` is for a failure that names no
  // cause, and this one names it.
  [/^local-mailer-not-configured$/, 'system'],
  [/ip-blocked/, 'blocked'],
  // Pages whose slug names one reason and whose own reply another, decided by the labelling guide
  // (§3): Gmail's 4.7.24/4.7.29 deferrals say "has been (temporarily) rate limited" whatever cause
  // they give, as its SPF/DKIM/DMARC "rate limited" pages do; too many attachments is a limit on
  // the message itself (X.3.4, no rate words); the domain policy size per transaction is the
  // per-transaction recipient limit (X.5.3, "try this recipient in a separate transaction").
  [/^421-4\.7\.29-tls-required|^451-4\.7\.24-spf-suspicious-entries|domain-policy-size/, 'rate-limited'],
  [/too-many-attachments/, 'too-big'],
  // Commands out of order around STARTTLS (pipelined after it, repeated) are a malformed
  // conversation (syntax), not TLS missing or failing; a header whose characters or encoding Gmail
  // does not allow is a malformed message.
  [/pipelining|starttls-repeated|encoded-word|disallowed-header/, 'syntax'],
  // An AUTH mechanism the server does not offer ("Unrecognized authentication type") is the SMTP AUTH
  // login refused (§3 credentials), read before "unrecognized" commands (syntax) and X.7.4 (policy).
  [/auth-type|auth-mechanism/, 'credentials'],
  // A mail loop (X.4.6, "too many hops") is a routing failure, as the labelling guide reads it.
  [/mail-loop/, 'network'],
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
  // A From domain not aligned with SPF or DKIM fails DMARC.
  [/spf|dkim|dmarc|ptr|unauthenticated|sender-unauthenticated|ipv6-sending|not-aligned/, 'auth-failure'],
  // RFC 4954's 454 4.7.0 "Temporary authentication failure" (smtp-auth-temporary-failure) is an
  // SMTP AUTH login refused, for now: the guide's §3 row "SMTP AUTH / OAuth login refused or
  // required", as Gmail's 454 4.7.0 "Cannot authenticate due to temporary system problem" is.
  [
    /^token-|credentials|login|app-password|authenticat|auth-required|auth-failed|auth-temporary|auth-type|xoauth2|cannot-decode|identity/,
    'credentials',
  ],
  [/reputation|ip-not|blocked-ip|not-in-whitelist/, 'blocked'],
  [/unsolicited|suspicious|security-issue|spam|message-blocked|moderation-spam/, 'spam'],
  [/too-large|size/, 'too-big'],
  [/tls|starttls|certificate/, 'tls'],
  [
    /rfc5322|missing-|multiple-from|malformed|syntax|header-error|protocol|unrecognized|unimplemented|first|helo|pipelining|optional-argument/,
    'syntax',
  ],
  // A session or connection that timed out failed on that attempt (network); `expired` is the
  // sender's queue giving up after its retries, which no page of a single reply stands for.
  [/timeout|timed-out|connection-expired/, 'network'],
  [/expired/, 'expired'],
  [/conn-|network|greeting/, 'network'],
  [
    /relay|denied|policy|permission|moderation|send-mail-as|not-accepted|prohibited|misconfigured|auto-response/,
    'policy',
  ],
  // Gmail recycling a session ("421 4.7.0 Try again later, closing connection." mid-session) is the
  // same reply as its EHLO-stage page: no cause in words, X.7.0 undefined, so the basic code 421.
  [/system-problem|server-busy|temporarily|try-again|session-recycled/, 'system'],
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
  // RFC 3463 X.1.4 "Destination mailbox address ambiguous": the address matches several mailboxes,
  // which names none of the reasons (Exchange's RESOLVER.ADR.Ambiguous, Kopano's "Destination mailbox
  // address ambiguous"); `other`, as batch-8's adjudication labelled Exchange's "The recipient name
  // is ambiguous", not the subject's user-unknown.
  '1.4': 'other',
  '1.6': 'user-unknown',
  // Bad sender's mailbox address syntax; bad sender's system address (its domain is refused).
  '1.7': 'syntax',
  '1.8': 'policy',
  // RFC 7505: "Recipient address has null MX", the recipient's domain accepts no mail (no mail
  // host), whatever server says it. Exchange Online reuses 5.1.10 for "RecipientNotFound; Recipient
  // not found by SMTP address lookup": its words name a missing mailbox and decide (user-unknown).
  '1.10': 'host-unknown',
  '2.1': 'suspended',
  '2.2': 'mailbox-full',
  '2.3': 'too-big',
  // RFC 3463 X.2.4 "Mailing list expansion problem": a list that could not be expanded (deleted, invalid
  // members, or its expansion server down) names none of the reasons, and no mailbox's space (the
  // subject's mailbox-full): `other`, as a blind adjudication of batch-45's OpenSMTPD reply settled it.
  '2.4': 'other',
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
  // RFC 3463's "other or undefined" protocol and security status names no cause, as X.0.0 does
  // (LABELLING.md §8): the words or the basic reply code decide, else `other`.
  '5.0': 'other',
  '6.0': 'syntax',
  '7.0': 'other',
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
  // RFC 7505: "Sender address has null MX", the SENDER's domain takes no mail: the guide's §3
  // policy row (sender domain not found), not the recipient's domain (X.1.10).
  '7.27': 'policy',
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
// The order is the guide's: a stated cause before the general words that often stand around it.
const BY_TEXT: readonly [RegExp, BounceReason][] = [
  // A HELO/EHLO name refused as malformed or unresolvable (Postfix's "Helo command rejected: need
  // fully-qualified hostname" / "Host not found", "use your real hostname in HELO"), unless a block
  // list decides it: the conversation, not an unknown host or a block.
  // Also the HELO name called invalid or bad outright (cPanel's Exim ACL "Invalid HELO name (See
  // RFC2821 4.1.1.1)", "invalid helo given", "Bad HELO"), whatever "Access denied" stands before it.
  // lex10: also HestiaCP's and cPanel's Exim ACLs "HELO required before MAIL" (out of sequence) and
  // HestiaCP's "Helo name contains an IP address" (install/deb/exim/exim4.conf.template).
  // lex12: also Apache James's "Invalid domain name or ip supplied as HELO argument" (protocols/smtp
  // HeloCmdHandler, EhloCmdHandler), read here before "invalid domain" names the recipient's domain.
  [
    /\b(?:helo|ehlo) command rejected\b(?![^\n]{0,80}?\b(?:black[- ]?list|block[- ]?list|listed|blocked using|spam|reputation)\b|: access denied\b)|\breal (?:host ?name|domain name) in (?:helo|ehlo)\b|\b(?:helo|ehlo) required before\b|\b(?:helo|ehlo)(?: name)? (?:contains|is) an ip\b|\bsupplied as (?:an? |the )?(?:helo|ehlo) argument\b|\b(?:helo|ehlo)\b[^.\n]{0,40}?\b(?:fqdn|fully[- ]qualified)|(?:\b(?:invalid|bad|bogus|illegal|malformed|syntactically invalid) (?:helo|ehlo)\b|\b(?:helo|ehlo)(?: (?:name|host ?name|argument|domain))? (?:is )?(?:invalid|not valid|malformed|bogus)\b)(?![^\n]{0,80}?\b(?:black[- ]?list|block[- ]?list|listed|blocked using|spam|reputation)\b)/i,
    'syntax',
  ],
  // Postfix's check_helo_access refusal with its stock text, "Helo command rejected: Access denied":
  // an admin's rule about the name, not its form (the guide's §8, batch-26's blind adjudication).
  // Read here, not left to the 5.7.1 beside it: the smtp-helo-rejected page names every "Helo command
  // rejected" now, and that page's own reason (syntax) is for a name called invalid.
  [/\b(?:helo|ehlo) command rejected: access denied\b/i, 'policy'],
  // A mail loop (Postfix "mail forwarding loop", Exim 'Too many "Received" headers - suspected mail
  // loop', Exchange "Hop count exceeded - possible mail loop", qmail "This message is looping"): a
  // routing failure.
  [
    /\bmail(?:ing)? (?:forwarding )?loop\b|\bforwarding loop\b|\bmessage (?:is )?looping\b|\bloop (?:was )?(?:detected|found)\b|\bloops? back to (?:myself|me)\b|\btoo many hops\b|\bhop count exceeded\b|\btoo many "?received"? headers\b|\brouting loop\b|\bexceeded (?:the )?maximum hop count\b|\bmaximum hop count (?:was |has been )?exceeded\b|\bforwarded too many times\b/i,
    'network',
  ],
  // batch-31: the receiver's own filtering component failing ("451 System policy engine error", a
  // policy service or content scanner that errored or is unavailable) is the server's own fault
  // (the guide's system), not a rule applied to the message: read before "policy" names one.
  [
    /\b(?:policy|filter(?:ing)?|content[- ]filter|scan(?:ning|ner)?|milter|anti-?(?:spam|virus)) (?:engine|daemon|server|service) (?:error|failure|crashed|timed? ?out|(?:is )?(?:temporarily )?(?:unavailable|not (?:available|responding)))\b/i,
    'system',
  ],
  // A delivery restriction on the recipient (Exchange's "RESOLVER.RST.AuthRequired; authentication
  // required", "…SenderNotAuthenticatedForGroup"): restricted recipients or group posting rights,
  // not a login of the sender's.
  // Except Exchange's size limits for a recipient or a sender ("RESOLVER.RST.RecipSizeLimit",
  // "…SendSizeLimit.Org"; Mail::DeliveryStatus::BounceParser's message_too_large list, code): the
  // message is over a size limit (too-big).
  [/\bRESOLVER\.RST\.(?:Recip|Send)SizeLimit\b/i, 'too-big'],
  [/\bRESOLVER\.RST\.|\bdelivery restriction\b/i, 'policy'],
  // The recipient's own restriction of what mail reaches it (a carrier's "… has restricted SMS
  // e-mail", the email-to-SMS gateway's opt-out): restricted recipients, the guide's §3 policy.
  [/\bhas restricted (?:(?:sms|mms|text|incoming) )?e-?mail\b/i, 'policy'],
  // Microsoft's 530 5.7.57 ("Client not authenticated to send mail", also when SMTP AUTH "is
  // disabled for the Tenant"): the login is missing or refused, not a disabled mailbox.
  // Also a login said to be required or refused in the words of RFC 4954 and Gmail ("530 5.7.0
  // Authentication Required", "Application-specific password required", "Please log in with your
  // web browser", "Invalid credentials for relay", "SMTP AUTH failed"), not SPF's or DKIM's; a relay
  // refused only for want of a login ("… not permitted to relay through this server without
  // authentication"): the login is what is missing. cPanel's and POP-before-SMTP servers' own
  // wordings are in reason-providers.ts. Also "must authenticate first" in servers' words
  // (OpenSMTPD "Must issue an AUTH command first", Stalwart "You must authenticate first", IONOS
  // "must be authenticated"), not Gmail's "The sender must authenticate with at least one of SPF or
  // DKIM".
  // lex12: also Citadel's "You must log in to send mail from <domain>" / "… on this port"
  // (modules/smtp/serv_smtp.c) and Exchange IMS's "502 Server does not support AUTH" (an AUTH the
  // server does not offer, Sisimai Exchange2003.pm's securityerror code 000B0981).
  [
    /\b5\.7\.57\b|\bnot authenticated to send\b|\bauthentication unsuccessful\b|(?<!(?:spf|dkim|dmarc|arc) )\bauthenti(?:fi)?cation (?:is )?required\b(?![^.\n]{0,60}?\b(?:spf|dkim|dmarc)\b)|(?<!\battachment )\b(?:application-specific |app )?password (?:is )?required\b|\blog ?in (?:with|via|using) your (?:web )?browser\b|\binvalid (?:login |user )?credentials?\b|\bsmtp auth(?:entication)? failed\b|\brelay\b[^.\n]{0,40}?\bwithout (?:smtp )?authentication\b|\bunrecognized authentication type\b|(?<!(?:spf|dkim|dmarc|arc) )\b(?:requires? (?:smtp )?authentication|(?:authenti(?:c|fic)ation|authenticated) (?:failed|failure|credentials invalid|invalide|requise)|authentication turned on)\b(?![^.\n]{0,60}?\b(?:spf|dkim|dmarc)\b)|\b(?:authentication|auth) mechanism (?:is )?not (?:supported|available)\b|\bunsupported (?:authentication|auth|sasl) mechanism\b|\bdoes not support (?:smtp )?auth(?:entication)?\b(?! mechanism)|\bmust log ?in to send (?:mail|e-?mail|messages?)\b|\bmust (?:issue an auth(?:enticate)? command|authenticate|be authenticated)\b(?![^.\n]{0,60}?\b(?:spf|dkim|dmarc)\b)/i,
    'credentials',
  ],
  // An account or mailbox said to be expired ("is expired account", "Account expired";
  // ZoneMTA's bounces.txt and BounceParser's user_unknown list, code): the guide's account
  // closed (suspended), not the sender's queue giving up (expired). Read after the login words, so
  // an SMTP AUTH refusal naming an expired account stays credentials. Not a delivery to an address
  // that "expired after 5 days" or "in the queue": the guide's queue lifetime (review9).
  [
    /\b(?:account|mailbox|address) (?:is |has |has been |was )?expired\b(?! after\b| in (?:the )?queue\b)|\bexpired (?:e-?mail |user )?(?:account|mailbox)\b/i,
    'suspended',
  ],
  // Not Postfix's "delivery temporarily suspended: <cause>" (src/qmgr/qmgr_defer.c): the delivery
  // is suspended, not the account, and the cause after it decides.
  [
    /\b(?:user|account|mailbox) (?:is )?disabled|(?<!delivery temporarily )suspended|inactive|de-?activated/i,
    'suspended',
  ],
  // The sender's domain refused (sendmail's "Domain of sender address … does not exist", 5.1.8): a
  // rule about the sender, not an unknown recipient or recipient domain. Also a sender's domain that
  // "could not be found in DNS" (a reply line found by its 5.7.1 in public code, lex8), read here
  // before "could not be found" names the recipient's domain; a server that "does not accept mails
  // from this sender address" after a stock "Mailbox unavailable" (the guide's §4: the stated cause
  // decides, not 5.2.1).
  // Also a sender's domain said to have no MX (Haraka's mail_from.is_resolvable "No MX for your FROM
  // address"; "Sender <a> has no A, AAAA, or MX DNS records"; o2.pl's "refused mailfrom because return
  // MX does not exist", batch-44): the guide's §3 policy row (sender
  // domain not found), read here, before "no MX" names the recipient's domain (host-unknown, below).
  // The records missing are the sender's own, named right after it: "sender a@b to c@d: recipient
  // domain d has no MX records" is the recipient's domain (review9).
  [
    /\b(?:domain of (?:the )?sender(?: address)?|sender(?:'s)? domain)\b[^\n]{0,80}?\b(?:does not exist|doesn't exist|not found|must exist|unknown|invalid|(?:could not|couldn't|cannot|can't) be (?:found|resolved|verified))\b|\bno mx for your (?:mail ?)?from address\b|\brefused mail ?from because (?:the )?(?:return |sender(?:'s)? )?mx (?:does not|doesn't) exist\b|\b(?:does not|doesn't|do not|don't|will not) accept (?:e-?)?mails? from (?:this|your|the) sender\b|\bsender(?: address| domain)?(?: <[^<>\s]{1,254}>| [\w.+=@-]{1,254})? (?:has no|does not have any) (?:a, aaaa,? or mx|a or mx|mx) (?:dns )?records?\b/i,
    'policy',
  ],
  // Words naming the recipient's domain beat the user status they come with ("550 5.1.1
  // Ungueltige Mail-Domain"; Gmail's "Address not found" heading over "the domain … couldn't be
  // found", the guide's specific-beats-general; a bare domain name that "does not exist", as SoftBank
  // words it: "553 example.jp does not exist"). A sender's domain is refused by a rule (reason-words.ts, X.1.8).
  // Not a name after "mailbox for" or "email" (a user: "mailbox for john.doe does not exist"), nor a
  // Windows path ("…\example.com does not exist"), nor a DKIM/SPF/DMARC key or record of a domain
  // that "could not be found" (the guide's auth-failure rows) (review9).
  [
    // morph9: also "Domain does not exists" / "dosn't exist" (else the mailbox words took it), "non existent
    // domain", a domain that "could not be resolved"; "host unkown".
    /\b(?:invalid|unknown|ung(?:ue|ü)ltige|non[- ]?exist[ae]nt|non-?existing) (?:mail[- ]|recipient |destination )?domain\b(?! (?:name )?(?:syntax|format))|(?<!\b(?:dkim|spf|dmarc)\b[^.\n]{0,30})\bdomain\b(?! of (?:the )?sender)(?:[^.\n]|\.(?=\w)){0,60}?\b(?:(?:does ?not|do(?:e?sn'?t|es'nt)) exists?|is unknown|(?:couldn't|could not|can't|cannot) be (?:found\b(?!, or is unable)|resolved))\b|(?<![@\w./\\-])(?<!\b(?:(?:user|mailbox|account|recipient|(?:e-?mail )?address|alias|login|name|folder|file|directory)(?: for)?|e-?mail) )[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,} (?:does ?not|do(?:e?sn'?t|es'nt)) exists?\b/i,
    'host-unknown',
  ],
  [
    // morph9: the same words as servers and people spell them (each found in public text): typos
    // "unkown"/"unknow", "recipent", "doesnot exist", "does not exists", plural "recipients unknown",
    // "mail box", an address that "no longer exists" (§3 mailbox does not exist). batch-28: Microsoft
    // 365's NDR sentence "… because the address couldn't be found or is unable to receive email".
    /\b(?:user|addressee|recipi?ent|mailbox)s? (?:(?:is|are) )?unk(?:n?own|now)\b|\bunk(?:n?own|now) (?:user|addressee|recipi?ent)|no such (?:user|mailbox|recipient)|does not exist|doesn't exist|\b(?:e-?mail )?address you entered (?:couldn't|could not|can't|cannot) be found\b|\bbecause the (?:e-?mail )?address (?:couldn't|could not) be found\b|\bdo(?:e?sn'?t|es'nt|esnot) exists?\b|recipi?ent not found|unknown recipient|not a valid mailbox|no mail ?-?box|mail[- ]?box not found|\b(?:user|recipient|mailbox|(?:e-?mail )?address) no longer exists?\b|address not found|couldn't be found, or is unable to receive|(?:user|addressee) not found|not a (?:known|valid) user|\b(?:user|recipient) (?:doesn't|does not) have an? \S+ account|not listed in (?:the )?(?:[\w-]+ )?(?:directory|address book)|not listed in (?:the )?public name (?:&|and) address book|wasn't found at|invalid (?:final delivery )?user ?id\b|wurde nicht in \S+ gefunden|nicht im [\w-]*Verzeichnis aufgef|\bnosuch(?:user|mailbox)\b|\bunknown to address\b|\brecipient(?: address)? is not in my local list\b/i,
    'user-unknown',
  ],
  // The same meaning in other servers' words (Sisimai's UserUnknown list names these families): the
  // address or mailbox unknown, not found or invalid, "no such address/person", a user "not
  // exist"/"not known", a qmail validrcptto list that lacks it, French/Spanish/Italian forms.
  [
    // morph9: also "unknown mail address", "no such adress", "user not exists", "non existent" / "nonexistant".
    /\bad?dress unknown\b|\bunknown (?:mailbox|(?:e-?)?mail address|local ?-?part|virtual user)\b|\binvalid mailbox\b|\bmailbox (?:is )?(?:invalid|not present)\b|\b(?:user|recipient) not (?:exists?|known)\b|\b(?:user|recipient|mailbox|address) (?:<[^>\s]*> |\([^)\s]*\) )?(?:was )?not found\b|\buser (?:<[^>\s]*>|\([^)\s]*\)) unknown\b|\bno such (?:ad?dress|person)\b|\bno account by that name\b|\bno one at this address\b|\b(?:e-?mail address|email name) (?:could not be|is not|was not) found\b|\bnot present in (?:the )?directory\b|\bnon[- ]?exist[ae]nt (?:user|recipient|mailbox|address)\b|\bnot in (?:my |the )?validrcptto\b|\butilisateur inconnu\b|\bno existe (?:ese|dicha?|el) (?:usuario|persona)\b|\bnessun utente\b/i,
    'user-unknown',
  ],
  // PHP-Bounce-Handler's (cfortune) rule list, read as code, names further wordings of an unknown
  // mailbox (the guide's §3, mailbox does not exist): an account not found or unknown, "no such
  // e-mail address", "no one with that address here", an address "not known to this system", an
  // unknown or illegal user/alias, a user missing from the directory (LDAP), an address "no longer
  // valid" (X.1.6, moved: ours user-unknown). Not an account with its password (a login). Also an
  // address that "does not appear to exist" (Elastic Email's NoMailbox category).
  [
    /\baccount (?:was |is )?not found\b|\b(?:unknown|non-?existent) account\b(?![^.\n]{0,40}?\bpassword)|\bno such e-?mail address\b|\bno one (?:with|by) that (?:e-?mail )?address\b|\bnot known (?:to|at|on) this (?:system|server|host)\b|\bunknown (?:address|user) or (?:alias|illegal)\b|\bunknown or illegal (?:user|alias)\b|\bunable to find (?:alias |the )?user\b|\bnot found in (?:the )?(?:ldap|directory)\b|\b(?:address|mailbox) (?:is )?no longer valid\b|\buser (?:is )?invalid\b|\b(?:address|mailbox|user|recipient|account) (?:does not|doesn't) appear to exist\b/i,
    'user-unknown',
  ],
  // rails' bounce_email classifier (its rule list, read as code) names qmail's own failure lines
  // and Gmail's old connection notices: "I couldn't find any host named <domain>" (#5.1.2) is DNS not
  // finding the recipient's host (the guide's host-unknown); "wasn't able to establish an SMTP
  // connection" (#4.4.1), "Connection was dropped by remote host", "Could not initiate SMTP
  // conversation" are failed attempts (network, §3 and §4's old Google notices).
  [/\bcould(?:n't| not) find any host (?:named|by that name)\b/i, 'host-unknown'],
  [
    /\b(?:wasn't|was not|were not|weren't) able to establish an smtp connection\b|\bconnection (?:was )?dropped by (?:the )?remote (?:host|server)\b|\bcould not initiate (?:the )?smtp conversation\b/i,
    'network',
  ],
  // BounceParser's user_unknown list (code) and ZoneMTA's bounces.txt add: a recipient or address
  // "not recognized" (here), "no such account/customer", "unknown customer", Comcast's "not our
  // customer", a server that "doesn't handle mail for that user" (a user, not a domain: not relay),
  // "recipient no longer on server" (X.1.6 moved: ours user-unknown). §3 mailbox does not exist.
  // Not an IP address or the sender's address "not recognized" (the guide's IP refused, sender
  // verify failed; reason-words.ts reads the sender's) (review9).
  [
    /(?<!\b(?:ip|sender|sending) )\b(?:user|recipient|addressee|mailbox|(?:e-?mail )?address)(?: name)?(?: <[^>\s]{1,254}>| [\w.+-]{1,64}@[\w.-]{1,253})? (?:is )?not (?:recogni[sz]ed|known here)\b|\bno such (?:account|customer)\b|\bunknown customer\b|\bnot our customer\b|\b(?:doesn't|does not|don't|do not) handle mail for (?:that|this|the) (?:user|recipient|address)\b|\brecipient no longer on (?:this |the )?server\b/i,
    'user-unknown',
  ],
  // An account or mailbox "discontinued" (BounceParser, everyone.net): closed, §3 suspended.
  [/\b(?:account|mailbox|user|address) (?:has been |is |was )?discontinued\b/i, 'suspended'],
  // A mailbox's own storage in other words ("Mailbox quota disk exceeded", "Not enough storage
  // space in user's mailbox"): the guide's mailbox-full; space on the server's disk stays system.
  [
    /\bmailbox quota\b[^.\n]{0,20}?\bexceeded\b|\bnot enough (?:storage )?space in (?:the )?(?:user's |recipient's )?mail ?box\b/i,
    'mailbox-full',
  ],
  // A mailbox expired or blocked "for lack of use" in Spanish and Italian (PHP-Bounce-Handler's
  // list): the guide's account inactive.
  [/\b(?:expirado|caducado|desactivad[ao]|bloquead[ao]) por falta de uso\b|\bper inutilizzo\b/i, 'suspended'],
  // Dada Mail's bounce rules (code) add: a recipient "no longer here" (moved away, X.1.6: ours
  // user-unknown); a recipient's storage full (the guide's mailbox full); the sender on the user's
  // deny list or "sender denied" (§6: the sender's address on the receiver's own list, policy),
  // unless a block list, SPF/DKIM/DMARC or spam is named beside it (the general words decide).
  [/\b(?:recipient|user|addressee|mailbox) (?:is )?no longer here\b/i, 'user-unknown'],
  [/\b(?:recipient|mailbox|user|account|inbox) storage (?:is )?full\b/i, 'mailbox-full'],
  [
    /(?:\bsender (?:address )?(?:is )?(?:on|in) (?:the |a |my |our )?(?:user |recipient's )?deny ?-?list\b|\bsender (?:address )?(?:was |is |has been )?(?:denied|deny-?listed)\b)(?![^\n]{0,80}?\b(?:spf|dkim|dmarc|black[- ]?list|block[- ]?list|listed (?:at|in|on|by)|spam|reputation)\b)/i,
    'policy',
  ],
  // A mailbox blocked, closed or disabled for want of use ("mailbox has been blocked due to
  // inactivity"): the guide's account inactive (suspended), not a block of the sender.
  [
    /\b(?:blocked|closed|disabled|locked|suspended|deleted) (?:due to|for|because of) (?:long )?inactivity\b/i,
    'suspended',
  ],
  // The recipient's own choice to refuse this sender ("You have been blocked by the recipient"):
  // like "Recipient does not want your mail" (the guide's §4), a rule, not a block of the IP.
  // Also "Blacklisted by recipient" (ZoneMTA's bounces.txt keeps it apart from a block list).
  [/\b(?:blocked|refused|rejected|black-?listed|block-?listed) by (?:the )?recipient\b/i, 'policy'],
  // lex10: the guide's §4 "does not meet our delivery requirements" (mailcow's rspamd reject_message,
  // data/conf/rspamd/override.d/worker-proxy.inc), a rule of the receiver's, whatever status it carries.
  [/\bdoes not meet (?:our|the) delivery requirements\b/i, 'policy'],
  // An encrypted (password-protected) attachment refused because it cannot be scanned: the
  // admin's attachment rule (the guide's forbidden attachment type, policy), not a login.
  [/\bpassword[- ]protected (?:file )?(?:attachments?|archives?|files?)\b/i, 'policy'],
  // A sending IP refused as dial-up or dynamic (PHP-Bounce-Handler's "dial-up or dynamic-ip
  // denied"): any message from that IP would be refused, the guide's blocked.
  [
    /\b(?:dial-?up|dynamic[- ]ip)\b[^.\n]{0,30}?\b(?:denied|rejected|refused|blocked|not (?:allowed|accepted))\b/i,
    'blocked',
  ],
  // A quota or limit on sending ("Daily user sending quota exceeded", cPanel's "exceeded the max
  // emails per hour", a queue's or an organisation's quota) is a sending limit, read before the
  // mailbox's "quota exceeded". lex10: also iRedAPD's throttle plugin ("Throttling quota exceeded",
  // libs/__init__.py reject_quota_exceeded), a sender's quota of messages.
  [
    /\b(?:sending|send|outgoing|outbound|relay|daily|hourly|queue|organi[sz]ation|tenant|throttl(?:e|ing))(?: user)? (?:quota|limit)\b|\b(?:emails|messages|recipients) per (?:hour|day|minute)\b/i,
    'rate-limited',
  ],
  [
    // morph9: also "mail-box full", "mailbox-full", "over-quota", "quota exceded", "quota has been exceeded".
    // lex12: also MXLogic's "error: quota exceed" (Sisimai Lhost/MXLogic.pm mailboxfull list, code).
    /mail[- ]?(?:box|folder)[- ](?:is )?full|\binbox (?:is )?full\b|over[- ]?quota|quota (?:limit |usage )?(?:has been |was |is )?exc?e?eded\b|\bquota exceed\b|quota violation|disk ?(?:space )?quota|\bfull mailbox\b|\bover (?:the |its |their )?(?:allowed |disk |mailbox )?quota\b|\bexceed(?:s|ed|ing)? (?:(?:its|their|his|her|your) (?:mailbox |disk |storage )?|(?:the )?(?:mailbox|disk|storage) )?quota\b|\bmailbox (?:has )?exceeded (?:its |the )?(?:local |disk space |storage )limit\b|\bwould exceed (?:the )?(?:maximum )?(?:allowed )?storage\b|\bspace has been used up\b|out of storage|exceeded storage|mailbox exceeds|\b(?:mail ?box|inbox|folder|account|user) (?:size|storage) (?:exceeds|exceeded|has exceeded|is over) (?:the |its |your |their )?(?:[\w-]+ )?quota\b|\bexdiskquota\b/i,
    'mailbox-full',
  ],
  // Fourth pass (other classifiers' rule lists, read as code; each family decided by the guide).
  // Mail::DeliveryStatus::BounceParser's over_quota list: a mailbox "for this user is full", a
  // mailbox's size exceeded, a user or inbox holding too many messages on the server ("Benutzer hat
  // zuviele Mails auf dem Server"): the mailbox's own quota (§3 mailbox-full), read before the rate
  // words, where "too many messages" is a sending quota. Also Dovecot's quota plugin ("Too many
  // messages in the mailbox", src/plugins/quota/quota.c), a mailbox's "maximum number of messages"
  // and its size limit ("message would exceed maximum mailbox size for this recipient", GNU
  // Mailutils' maidag), read before the too-big words; review9 merged here the same words that
  // reason-words.ts and reason-providers.ts (Dovecot) also read.
  [
    /\bmail ?box (?:for|of) (?:this|the) (?:user|recipient) is full\b|\bmail ?box size (?:limit )?(?:exc?eeded|reached)\b|\b(?:mail ?box|inbox) (?:has|contains) too many (?:messages|mails|e-?mails)\b|\btoo many (?:messages|mails|e-?mails) (?:in (?:the |this |your |(?:the )?user'?s? )?(?:mail ?box|inbox)|on (?:the )?server)\b|\bmax(?:imum)? number of (?:messages|mails|e-?mails) (?:in|for) (?:the |this |your )?(?:mail ?box|inbox)\b|\bbenutzer hat zu ?viele mails\b|\bmaximum mailbox size\b/i,
    'mailbox-full',
  ],
  // Also an account locked, or an account or mailbox frozen (Sisimai's Suspend list; "terminated" is
  // read in reason-words.ts, before "invalid mailbox"):
  // the guide's disabled / closed family. Not relaying disabled (Libero's and Virgilio's "550 Relay
  // Disabled": relay denied, policy, below). Not "mailbox is locked": a delivery agent's lock on the
  // mailbox file is a temporary fault of the server.
  [
    /(?<!\brelay(?:ing)? (?:is )?)disabled|account (?:has been |is |was )?(?:locked|closed)|\baccount is locked\b|\b(?:account|mailbox|user) (?:is |has been )?frozen\b/i,
    'suspended',
  ],
  [
    // Gmail's "DNS Error: …" and Exchange's "DNS query failed": the recipient's domain, not the
    // sending IP's reverse DNS (auth-failure, reason-words.ts).
    // A lookup of a named domain or host that failed ("Unable to lookup DNS for <domain>", Amazon
    // SES's reason inside its "Message expired"; "could not resolve MX for …"): not a reverse lookup
    // of the sending IP (an address, in-addr.arpa), nor the sender's own domain.
    // A client's resolver failing on the server's name (Node's "getaddrinfo ENOTFOUND", glibc's
    // "Name or service not known", "Temporary failure in name resolution", Go's "lookup <host>: no such
    // host", Java's UnknownHostException, Windows' "No such host is known"), read before a TLS word
    // beside it ("Failed to open TLS connection, dial tcp: lookup …", batch-33).
    // Fourth pass (BounceParser's domain_error list, ZoneMTA's 521, a Go classifier's, code): a domain
    // "unknown", "No data record of requested type", an MX lookup failed, a domain that accepts no
    // mail (RFC 7505), all the recipient's domain by DNS. Fifth pass: maddy's "MX lookup error"
    // (Haraka's outbound "Temporary MX lookup error for <domain>" too),
    // OpenSMTPD's "Domain does not accept mail", Courier's "Domain does not receive mail"; never the
    // sender's domain.
    /\bgetaddrinfo E(?:NOTFOUND|AI_AGAIN)\b|\bname or service not known\b|\btemporary failure in name resolution\b|\blookup [\w.-]+(?: on [\d.:[\]]+)?: no such host\b|\bUnknownHostException\b|\bno such host is known\b|domain (?:name )?not found|no such domain|host (?:or domain name )?not found|no mx(?!s? (?:hosts? )?(?:for (?:this|the) domain )?could be reached)|nxdomain|unrouteable|unroutable|couldn't be found\. check|had no relevant answers|(?<!reverse[- ])\bdns (?:error|query failed|lookup (?:failed|failure))\b|(?<!\b(?:reverse|spf|dkim|dmarc|ptr|rdns)[- ])\bdns failure\b|(?<!client )\bhost unk(?:n?own|now)\b|\bunk(?:n?own|now) host\b(?! ?name)|\bdns records? for\b[^.\n]{0,60}?\b(?:could not|couldn't|cannot) be found\b|\bhost ?name lookup failure\b|\bname server reply\b|\bname service error\b|\bdomain (?:name )?(?:unknown|not known)\b|\bno data record of requested type\b|\bmx (?:record )?lookup (?:failed|failure|error)\b|(?<!\bsender(?:'s)? )\bdomain (?:does not|doesn't|will not) (?:accept|receive) (?:any )?(?:e-?)?mail\b(?! from)|\bnon[- ]?exist[ae]nt hosts?\b|\b(?:unable to|could not|couldn't|cannot|can't|failed to) (?:look ?up|resolve)(?: (?:the )?(?:dns|mx(?: records?)?|host ?(?:name)?|domain(?: name)?))?(?: (?:for|of))? (?!(?:the )?(?:reverse|ptr|rdns|client|sender|sending|your|ip)\b|\d{1,3}(?:\.\d{1,3}){3}\b|\S*\.in-addr\.arpa\b)[\w-]+(?:\.[\w-]+)+/i,
    'host-unknown',
  ],
  [
    // Not "try again later": every temporary refusal says it, whatever its cause; a status detail
    // that names one (4.3.2 system not accepting messages) then decides. A deferral is a rate only
    // with rate words ("unexpected volume").
    // Also Gmail's "receiving mail too quickly", "Too many login attempts" and its per-transaction
    // limit ("try this recipient in a separate transaction").
    // Also "too fast" (a Python classifier's rate rule, code), the same rate word as "too quickly".
    // Servers' own words for the same: Postfix's "too much mail from <ip>", Dovecot's "Too many
    // concurrent deliveries for user", Rackspace's "Mailbox received too much email in a short period
    // of time", Stalwart's "Maximum number of messages per session exceeded", a relay's "Hourly send
    // rate exceeded". Also Postfix's anvil limit on logins, "450 4.7.1 Error: too many AUTH commands
    // from <client>" (smtpd_client_auth_rate_limit), as "Too many login attempts" above.
    // morph9: also "rate-limited", "too many connection" (singular), "too many e-mails", "recipents", a
    // message's or connection's "rate exceeded" (MQTT's and WebSocket servers' words for the same limit).
    /too many (?:[\w-]+ ){0,2}(?:messages|connections?|recipi?ents?|sessions|e-?mails|mails|attempts|deliveries)|\btoo many auth(?:entication)? commands\b|\btoo much (?:e-?)?mail (?:from|in a short)\b|\b(?:send(?:ing)?|message|mail|connection) rate (?:limit )?exceeded\b|\bconcurrent (?:server |smtp )?connections\b[^.\n]{0,60}?\b(?:exceeded|limit)\b|\bper-source limit\b|\breached its limit for processing\b|\bmax(?:imum)? number of (?:messages|recipients|connections)\b(?! (?:in|for) (?:the |this |your )?(?:mail ?box|inbox)\b)[^.\n]{0,30}?\bexceeded\b|rate[- ]?limit|throttl|\btoo quickly\b|\bin a separate transaction\b|sending limit|receiving mail at a rate|\b(?:unexpected|unusual|high|excessive|large) volume\b|\bvolume (?:is )?too high\b|\bconnection limit\b|\btrop de connexions\b|\btry again slower\b|\bslow down\b|\btoo fast\b/i,
    'rate-limited',
  ],
  // A deferral for the sender's reputation or its recipients' complaints, with no rate words,
  // refuses the sender (Yahoo's bracketed codes are read in reason-words.ts).
  // Also "blocked due to complaints" (Salesforce Marketing Cloud's block bounce 1001 "Complaints").
  [/\b(?:deferred|blocked)\b[^\n]{0,80}?\b(?:complaints?|reputation)\b/i, 'blocked'],
  // Also a sending IP whose name does not resolve back to it, in other servers' words ("IP name
  // lookup failed", a forward DNS entry that does not point to the sending IP, a domain that
  // "mismatches client IP"), a HELO name that does not resolve to the sending IP (hMailServer's "The
  // host name specified in HELO does not match IP address"): read after the rate words, as Gmail's
  // rate-limited PTR page needs.
  [
    // Also SPF's own "does not designate <ip> as permitted sender" (a Python classifier's rule, code).
    /\bspf\b|\bdkim\b|\bdomainkeys\b|\bdmarc\b|\bptr\b|\brdns\b|reverse[- ]dns|unauthenticated|\bip name lookup failed\b|\bforward dns\b[^.\n]{0,40}?\bdoes not (?:point|match|resolve)\b|\b(?:mismatch(?:es)?|does not match) (?:the )?(?:client|sending|connecting) ip\b|\b(?:helo|ehlo)\b[^.\n]{0,30}?\bdoes not match (?:the )?(?:client |sending |connecting )?ip(?: address)?\b|\bdoes not designate\b(?:[^.\n]|\.(?=\w)){0,80}?\bas (?:a )?permitted sender\b/i,
    'auth-failure',
  ],
  // The sender's ADDRESS on the receiver's own list ("sender is blacklisted", "Blacklisted user:
  // <address>") is a rule about the address (the guide's `policy`); a listed IP or host is `blocked`,
  // "IP address is blacklisted" too, and "IP address is on our blacklist". Also "Sender is on
  // domain's blacklist" (Broadcom's table of receivers' refusals). lex13: also a bare address
  // "is blacklisted" (MIMEDefang's mimedefang-filter(5) example "Sorry; <address> is blacklisted.").
  [
    /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8} is (?:black|block|deny)[- ]?listed\b|(?<!\bip )\b(?:sender|user|(?:e-?mail |sender )?address)(?: <[^>\s]*>)? (?:that |which )?(?:is |has been |was )?(?:black|block|deny)[- ]?listed\b|(?<!\bip )\b(?:sender|(?:e-?mail )?address) is (?:in|on) (?:my|our|the|[\w-]{1,64}'s?) (?:black|block) ?list\b|\b(?:black|block)[- ]?listed (?:user|sender(?: address)?|(?:e-?mail )?address)\b/i,
    'policy',
  ],
  // SORBS and NJABL by name too (ZoneMTA's bounces.txt and a Python classifier's rules, code): a
  // named block list decides whatever "Currently Sending Spam" says beside it.
  [
    // morph9: also "black-listed", "block-listed", "denylisted" (a host's or IP's listing; an address's is
    // policy, above, in the same spellings).
    /black[- ]?list|block[- ]?list|\bdeny[- ]?listed\b|\bblocked using\b|spamcop|barracuda|\bsorbs\b|\bnjabl\b|\bdnsbl\b|\blisted as abusive\b|listed (?:at|in|on|by)|\brbl\b|\bAUP#\w*RBL\b|spamhaus|\bcbl\.abuseat\.org\b|\bivmsip\b|reputation/i,
    'blocked',
  ],
  // The sending host not on an allow-list, or "not authorized" / "invalid" as a host or IP: any
  // message from it would be refused.
  [
    /\bnot (?:on|in) (?:the |our |my )?(?:[\w-]+ )?(?:white|allow) ?list|\bnot (?:white|allow)-?listed\b|\b(?:client host|host|ip(?: address)?)\b(?:[^.\n]|\.(?=\w)){0,40}?\bnot (?:authori[sz]ed|allowed|permitted)\b(?! to relay)|\binvalid (?:client|sender|sending|remote|connecting) ip\b/i,
    'blocked',
  ],
  // The sending IP refused in other servers' words (Sisimai's Blocked list names these): a banned or
  // bad sending IP, an IP "is blocked", access forbidden for "your IP", an open proxy, a refusal to
  // let it connect at all. Read after the address rules above, so an address's listing stays policy.
  [
    /\b(?:banned|bad) (?:sending |sender )?ip(?: address)?\b|\bsender ip address rejected\b|\b(?:forbidden|refused|denied) (?:by|for|from|to) your ip\b|\baccepting mail from your ip\b|\bip(?: address)?(?: \S+)? (?:is |has been |was )?(?:blocked|banned)\b|\bopen proxy\b|\bbad ip profile\b|\bnot allowed to connect\b|\bblocked for abuse\b|\bmail server at \S+ is blocked\b/i,
    'blocked',
  ],
  // ZoneMTA's blacklist rules (config/bounces.txt, code) name the sending IP refused in further
  // words: a bare IP "has been blocked"/"is blacklisted" (also in brackets, AT&T's "521 <ip> is
  // blocked"), mail from an IP "rejected using" a list or
  // "due to listing in" one, an IP "found in" a list's listing, a refusal by geographical location:
  // any message from that IP would be refused (§3 blocked).
  [
    /\b\d{1,3}(?:\.\d{1,3}){3}[\]>]? (?:has been |is |was )?(?:blocked|blacklisted|banned)\b|\bfrom (?:ip )?\[?\d{1,3}(?:\.\d{1,3}){3}\]? (?:was )?rejected (?:using|due to listing)\b|\bdue to listing in\b|\bfound in (?:the )?[\w.-]{1,60} listing\b|\b(?:rejected|blocked|refused|denied) (?:based on|due to|because of) (?:your |the )?geo(?:graphic(?:al)?)? location\b/i,
    'blocked',
  ],
  // A forbidden attachment or file type is an admin's rule (the guide's policy), said in the same
  // reply as the content filter that applied it ("Message rejected by content filter: attachment
  // type not allowed"): the specific cause beats the general words around it. A virus found in the
  // attachment is the content itself (spam, below), whether it is named before or after. Filters
  // that abbreviate it ("Disallowed Attach Type") say the same.
  [
    /(?:\b(?:attachment|attach(?= ?types?\b)|file)(?: ?(?:type|extension|name))?s?\b[^.\n]{0,40}?\b(?:not (?:allowed|permitted|accepted)|prohibited|forbidden|disallowed|banned|blocked)\b|\b(?:prohibited|forbidden|disallowed|banned|blocked|unacceptable|executable|invalid|illegal) (?:attachment|attach(?= ?types?\b)|file)(?: ?(?:type|extension|name))?s?\b)(?<!\b(?:virus|malware|infected|phish)[^\n]{0,160})(?![^\n]{0,80}?\b(?:virus|malware|infected|phish))/i,
    'policy',
  ],
  [
    // Gmail's "its content presents a potential security issue" (a harmful attachment or link).
    // Also "Message filtered" (a Python classifier's rules, code): a content filter.
    // lex10: also Mailu's rspamd force_actions "Rejected (dangerous/malicious code detected)",
    // "Rejected (dangerous macro detected)" and composites "Rejected (malicious macro)": harmful content.
    // A plea ("No SPAM please") beside another refusal is no spam verdict (LABELLING.md §8).
    // A filter's score for this message ("This message scored 13.2 points", SourceForge's
    // SpamAssassin refusal) is the guide's spam score.
    /\bcontent presents a (?:potential )?security issue\b|\bmalicious (?:code|macros?|content|attachments?)\b|\bdangerous (?:code|macros?|content)\b|(?<!\bno )spam|\bno spam(?!,? please\b)|\bmessage scored -?\d{1,3}(?:\.\d{1,3})? points\b|unsolicited|junk|virus(?!wall)|malware|phish|\binfected\b|\bspoof(?:ed|ing)?\b|\bcontent[- ](?:filter(?:ing)?|restrictions?)\b|\bcontent (?:was )?rejected\b|\brejecting (?:banned |mail )?content\b|\bunacceptable content\b|\bblocked by (?:our|the) (?:spam |content )?filter\b|\bmessage (?:was |has been )?filtered\b/i,
    'spam',
  ],
  // §3 mailbox-full: a mailbox's size limit reached ("Mailbox limit exceeded", misspelt "exeeded"),
  // also a whole recipient domain's storage used up (SmarterMail's "The domain size limit has been
  // exceeded": the owner's storage quota, not this message's size). Read before the message's size
  // limit (too-big) and a delivery program's failure (below): procmail's "Mailbox limit exceeded
  // while appending message" before sendmail's "Can't create output" reports the owner's quota
  // (this file's head comment). Also an account's resources used up ("Not accepting mail for this
  // account : resource limit exceeded for user class", a host's table of its recipient refusals):
  // the owner's allowance, as two blind labellers of batch-23 read it.
  [
    /\bresource limit (?:exc?eeded|reached) for (?:this )?(?:user|account|mailbox)\b|\bmailbox (?:size |storage )?limit (?:exc?eeded|exeeded|reached)\b|\bdomain (?:size|storage|disk(?: space)?) (?:limit|quota) (?:has been |is )?(?:exc?eeded|reached)\b/i,
    'mailbox-full',
  ],
  [
    // Not a message "too long in (the) queue": the guide's queue lifetime (EXPIRED) (review9).
    // morph9: also "Message to large", "size-limit", "message size exceeded", "exceeded maximum size" (not
    // "Exceeded Maximum Delivery Attempts": the queue giving up), "maximum size exceeded" (not a mailbox's).
    // lex9: also mailing-list managers' size limits: Majordomo 2's "The message body is too long (52000 >
    // 40000)" (files/en/error/body_length), Mailman 3's "larger than the 40 KB maximum size"
    // (rules/max_size.py), Sympa's "its size (…) was over the maximum size … allowed on this list",
    // ezmlm's "I don't accept messages larger than 30000 bytes"; not a mailbox's size (mailbox-full).
    // lex10: also iRedAPD's "Message size exceed (maybe caused by big attachment file)" (its grammar).
    // lex14: also ZeptoMail's (Zoho) "5.2.0 Email size exceeded the policy." (its SMTP error codes page):
    // the message's size, whatever "policy" after it says; not a mailbox's ("mailbox size" stays out).
    /too (?:large|big)|\bmessage (?:is )?to (?:large|big)\b(?! (?:lists?|groups?|audiences?|numbers?|distribution|mailing)\b)|size[- ]limit|exceeds? (?:the )?(?:maximum|size)|\bexceeded (?:the )?(?:maximum (?:allowed )?(?:message )?)?size\b|size exceeds|maximum message size|(?<!mail ?box )\bmax(?:imum)? size exceeded\b|\bmax(?:imum)? (?:[\w-]+ )?message (?:size|length)\b|\b(?:message|e-?mail) (?:size|length) exceed(?:s|ed)?\b|\blarger than (?:the )?maximum (?:allowed )?(?:message )?size\b|\bmessage(?: body)? (?:is )?too long\b(?! in (?:the )?queue\b)|\bmessage length\b[^.\n]{0,40}?\bexceeds\b|\bmessage length limit\b|(?<!\b(?:mail ?box|quota|folder|inbox|storage)\b[^.\n]{0,40})(?:\blarger than (?:the )?\d+ ?(?:[kmg]i?b|bytes|kilobytes|megabytes)\b|\bover the maximum size\b)/i,
    'too-big',
  ],
  // batch-34: a TCP connection that never opened ("Connection to tcp://smtp.example.net:465 Timed Out",
  // SwiftMailer's and Symfony's words; also under ssl:// or tls://) is the attempt's network, whatever
  // TLS the asker mentions around it: no handshake began.
  [/\bconnection to (?:(?:tcp|ssl|tls):\/\/)?[\w.-]+:\d{2,5} timed out\b/i, 'network'],
  // batch-45: the domain's mail hosts were found but none answered ("421 4.4.0 [internal] no MXs for
  // this domain could be reached at this time", Symantec's gateway): a connection failure, not DNS.
  [/\bno mxs? (?:hosts? )?(?:for (?:this|the) domain )?could be reached\b/i, 'network'],
  // A TLS library's own errors (OpenSSL's "SSL routines:ssl3_get_record:wrong version number", Java's
  // SSLException); an MTA-STS policy the MX does not satisfy (maddy's "Failed to establish the MX
  // record authenticity (MTA-STS)").
  [
    /\btls\b|starttls|certificate|encryption|\bssl routines\b|\bSSLException\b|\bwrong version number\b|\bMTA-STS\b|\bMX record authenticity\b/i,
    'tls',
  ],
  // Seventh pass: an attempt that failed on the network in a sending service's words (Postmark's
  // "Message is delayed due to network troubles"; Constant Contact's "Undeliverable": "the ISP
  // wasn't responding"): the guide's network (could not connect, no response). Not a DNS server (the
  // guide's host-unknown, "try again") or the receiver's own LDAP, database or directory server
  // (system) that is not responding (review9).
  [
    /\b(?:due to|because of) network (?:troubles?|problems?|issues?)\b|(?<!\b(?:dns|name|ldap|database|directory|auth(?:entication)?) )\b(?:server|host|isp|mx)\b[^.\n]{0,20}?\b(?:wasn't|was not|isn't|is not) responding\b/i,
    'network',
  ],
  [
    // A timeout on an attempt ("Connection timed out", "timeout while receiving the greeting"); a
    // queue's "retry timeout exceeded" or "timed out in the queue" is the sender giving up (EXPIRED below).
    // Also Node's socket errors as its libraries print them ("connect ECONNREFUSED 192.0.2.1:25",
    // "connect EADDRNOTAVAIL …", "read ECONNRESET"): the attempt's connection failed.
    // Fourth pass: "can't connect", "network unreachable", "none of the mail servers … responded"
    // (a Python and a Go classifier's rules, code), attempts that failed.
    // A message that "timed out while waiting" for the server timed out on the attempt (network);
    // only the bare "The message timed out" is SparkPost's queue giving up (EXPIRED) (review9).
    // morph9: also "timed-out", a connection that "was refused" / "has been reset" ("refused" alone read as
    // policy), "conection", "couldn't connect", "failed to connect"; batch-27: a service that "refused the
    // connection" (n8n's words for ECONNREFUSED); batch-32: PHPMailer's "SMTP connect() failed" (no
    // host could be reached).
    /(?<!retry |\bmessage (?:has )?)\b(?:timed[- ]out|time-?out)\b(?! in (?:the )?queue)|\b(?:connect|read|write) E(?:CONNREFUSED|CONNRESET|CONNABORTED|TIMEDOUT|HOSTUNREACH|HOSTDOWN|NETUNREACH|NETDOWN|ADDRNOTAVAIL|PIPE|ACCES)\b|\bconnection expired\b|\bgreeting never received\b|conn?ection (?:(?:was|has been) )?(?:refused|reset|dropped|lost|closed)|\bconnection went away\b|\b(?:server|host) \S{1,100} is not responding\b|\bclosed (?:the )?connection\b|\brefused (?:the |our |your )?connection\b|\bconnection (?:with|to) \S+ (?:is|was|has been) broken\b|\bconnection (?:is |was )?broken\b|lost connection|\bnetwork i\/o error\b|no route to host|\b(?:host|server|destination) (?:is )?(?:unreachable|not reachable)\b|could(?: no|n')t connect|unable to connect|failed to connect|\bsmtp connect\(\) failed|\bcan(?:no|')?t connect\b|network (?:is )?unreachable|\bnone of the (?:mail )?servers\b(?:[^.\n]|\.(?=\w)){0,60}?\brespond|network error|did not accept our requests to connect|(?:didn't|did not) respond|isn't accepting connection|\bmessage (?:has )?timed out (?:while|waiting|during)\b/i,
    'network',
  ],
  // lex12: also Citadel's "550 Internal delivery error" (modules/smtp/serv_smtp.c).
  [
    // A local delivery program's exit status as Postfix and sendmail word it (sysexits: EX_CANTCREAT
    // "can't create user output file", sendmail's sysexits.c "Can't create output", EX_SOFTWARE,
    // EX_OSERR, EX_OSFILE): the receiving server's own fault, not the mailbox owner's quota, whatever
    // "Permission denied" follows. Also a server too busy or its load too high to take mail
    // ("system load is too high", maddy's "High load"): the receiver's own state, not a rate of the
    // sender's.
    // Fourth pass (ZoneMTA's bounces.txt, a Python classifier's rules, code): a "server configuration
    // problem" (X.3.5), a (temporary or qmail "qq") file write error, insufficient resources, the
    // mail transport unavailable: the receiver's or local server's own fault.
    // morph9: also the guide's own "disk full" (§3 system), not a mailbox's or a user's disk quota.
    /internal (?:server |software |delivery )?error|server error|\bserver (?:is )?(?:too )?busy\b|\btoo busy to accept\b|\b(?:system |server )?load (?:is )?too high\b|\btoo much load\b|\bhigh load\b|system error|system resource problem|critical os file missing|\bcan(?:no|['’])?t (?:create|write)\b[^.\n]{0,30}?\b(?:output|(?:mailbox|mail ?spool) file)\b|(?:service|resource) (?:is )?(?:temporarily|currently) unavailable|\b(?:server |system )?config(?:uration)? (?:error|problem)\b|\bno space left on device\b|(?<!\b(?:mail ?box|user'?s?|quota) )\bdisk (?:is )?full\b|\b(?:insufficient|not enough|not sufficient) disk space\b|\bmail system (?:is )?full\b|\b(?:queue |temporary )?file write error\b|\bqq (?:write|read) error\b|\binsufficient (?:system )?resources?\b|\b(?:mail )?transport (?:is )?(?:temporarily )?unavailable\b|\binterrupted system call\b|\bcommand died with (?:status|signal)\b|\bpipe to \||\b(?:auth(?:entication)?|authori[sz]ation|directory|storage|backend) service (?:is )?unavailable\b|resource (?:is )?unavailable|local error in processing/i,
    'system',
  ],
  // A malformed conversation or message (the guide's syntax): RFC 5321's 503 "Bad sequence of
  // commands", a POP3/SMTP peer whose commands or messages come "in the wrong order", and a header
  // check naming RFC 5322 (OpenDMARC's RequiredHeaders: "RFC5322 requirement error: not exactly one
  // Date field").
  [
    // Fourth pass: RFC 5321's 502/504 "Command (parameter) not implemented" (ZoneMTA's general
    // rules) and an address or domain of bad syntax or format (BounceParser's "domain syntax").
    // Fifth pass, servers' own words: OpenSMTPD's "Command not allowed at this point", hMailServer's
    // "Invalid syntax", Stalwart's "Failed to parse message" and "Line is too long" (go-smtp's
    // ErrTooLongLine "smtp: too longer line in input stream", as Tencent Cloud SES documents it), Zimbra's
    // "Maximum line length exceeded", a relay's "does not conform to RFC2822 standard".
    /\bsyntax error\b|\binvalid (?:command )?syntax\b|\bbad sequence of commands\b|\bout of sequence\b|\bcommand not allowed at this point\b|\bfailed to parse (?:the )?message\b|\b(?:command )?line (?:is )?too long\b|\btoo long(?:er)? line\b|\bmax(?:imum)? line length exceeded\b|\bdoes not conform to (?:the )?rfc ?(?:5322|2822|822)\b|\b(?:messages|commands|responses) in the wrong order\b|\brfc ?5322 requirement\b|\bnot exactly one [\w-]+ (?:header|field)\b|\bcommand (?:parameter )?not (?:implemented|recogni[sz]ed)\b|\b(?:invalid|bad|illegal) (?:e-?mail )?(?:address|domain)(?: name)? (?:syntax|format)\b|\b(?:address|domain) syntax (?:error|invalid)\b/i,
    'syntax',
  ],
  // Families from providers' reply tables (Sisimai lib/sisimai/rhost/*.rb, read as code) and RFC 3463's
  // own detail texts that no rule above read, each decided by the labelling guide. Kept after the
  // rules above so a cause named with them (a block list, a quota) still decides.
  // §3 user-unknown / host-unknown: RFC 3463 X.1.1 "Bad destination mailbox address", X.1.2 "Bad
  // destination system address"; Gmail's "We weren't able to find the recipient domain" (DNS).
  [
    /\bbad destination mailbox address\b(?! syntax)|\brecipient (?:address )?unrecognized\b|\buser <?[\w.+-]{1,64}@[\w.-]{1,253}>? (?:is )?unknown\b/i,
    'user-unknown',
  ],
  // From PHPMailer-BMH's rule list (phpmailer-bmh_rules.php, code), by our guide: a mailbox the
  // server cannot find (vpopmail "Sorry, can't find user's mailbox"), a user with no account, a
  // recipient not in the domain, an unknown alias -> user-unknown.
  [
    /\bcan(?:no|')?t find (?:the )?(?:user'?s? |recipient'?s? )?mailbox\b|\b(?:user|recipient) (?:doesn't|does not) have an? (?:[\w.-]{1,100} )?account\b|\brecipient (?:is )?not (?:a )?member of (?:the |this )?domain\b|\b(?:unknown|no such|invalid) alias\b/i,
    'user-unknown',
  ],
  // An address closed for inactivity or that "no longer accepts mail" -> suspended (account closed).
  [
    /\bclosed (?:due to|for) inactivity\b|\b(?:address|account|mailbox|user) no longer accepts (?:e-?)?mail\b/i,
    'suspended',
  ],
  // A mailbox's storage used up ("User has exhausted allowed storage space", "Not enough storage
  // space in user's mailbox", "Mailbox has exceeded the quota") -> mailbox-full.
  [
    /\bexhausted (?:the |its |their )?(?:allowed )?storage(?: space)?\b|\bnot enough (?:storage )?space in (?:the )?(?:user'?s? |recipient'?s? )?mailbox\b|\bmailbox (?:has )?exceeded (?:the |its )?quota\b/i,
    'mailbox-full',
  ],
  // The receiver's own I/O failure (vpopmail "can not open new email file", "input/output error")
  // -> system.
  [/\bcan ?not open new (?:e-?mail|mail|message) file\b|\binput\/output error\b|\bI\/O error\b/i, 'system'],
  // "MX list for <domain> points back to <host>": a routing loop -> network.
  [/\bmx list (?:for [\w.-]{1,253} )?points? back to\b/i, 'network'],
  // A content filter's "Content reject" -> spam.
  [/\bcontent reject\b/i, 'spam'],
  // batch-48: vger.kernel.org's content filter holding a message ("550 5.7.1 Content-Policy
  // accept-into-freezer-1"; its other verdicts say "we consider it SPAM"): a content filter's verdict.
  [/\bcontent-policy accept-into-freezer\b/i, 'spam'],
  // batch-49: MailEnable's delay notice "Mail server for <domain> could not be contacted": no
  // connection to the recipient's server (network), before the delay notice's retry words.
  [/\b(?:mail ?server|mail host|host|server)(?: for [\w.-]{1,253})? could not be contacted\b/i, 'network'],
  // §3 suspended: an account "not active" / "not activated" (KumoMTA's community bounce rules,
  // InactiveMailbox).
  [/\b(?:account|mailbox|user) (?:is )?not (?:active|activated)\b/i, 'suspended'],
  // §3 policy: the sender's domain does not resolve ("Sender Domain Resolve Fail"): sender domain not
  // found, a rule about the sender ("Sender <a> has no … MX DNS records" is read with the sender's
  // domain rule above, before "no MX").
  [/\bsender domain resolve fail(?:ed|ure)?\b/i, 'policy'],
  [
    /\bbad destination system address\b(?! syntax)|\b(?:unable|able) to find the recipient(?:'s)? domain\b|\brouting server failure\b/i,
    'host-unknown',
  ],
  // (RFC 3463's X.4.3 text "Routing server failure", which Libero's and Virgilio's help pages gloss
  // as the recipient's domain not existing or mistyped: the guide's host-unknown.)
  // §4 network: a hop limit reached ("message exceeded 50 hops") is a routing loop (X.4.6).
  [/\bexceeded \d{1,4} hops\b/i, 'network'],
  // credentials: an SMTP AUTH login refused in Exim's words ("535 Incorrect authentication
  // data"), Gmail's "log in through your web
  // browser", Exchange's 5.7.3 "Cannot achieve Exchange Server authentication".
  [
    /\b(?:incorrect|invalid|bad) authentication data\b|\blog ?in through your (?:web )?browser\b|\bcannot achieve exchange server authentication\b/i,
    'credentials',
  ],
  // auth-failure: SPF/DKIM checks failed ("fails to pass authentication checks"), the IP not matching
  // its PTR name ("does not match the IP address of the hostname in the PTR record").
  [
    /\bfails? to pass (?:the )?authentication checks\b|\bdoes not match the ip address of the host ?name\b/i,
    'auth-failure',
  ],
  // blocked: a connection denied (refused at the connection, the guide's blocked).
  [/\bconnection denied\b/i, 'blocked'],
  // policy: the sender ADDRESS refused ("Sender address blocked", X.1.7 "Unknown sender address";
  // Fastmail's "Not authorised to send from this header address", a From the login does not own),
  // a recipient that takes no mail from this sender (Exchange's 5.7.1 "Delivery not authorized").
  [
    /\bsender address (?:blocked|denied)\b|\bunknown sender address\b|\bdelivery not authori[sz]ed\b|\bnot authori[sz]ed to send from (?:this|that|the) (?:header |from )?address\b/i,
    'policy',
  ],
  // system: the receiver's own set-up or capacity (RFC 3463 X.3.5 "System incorrectly configured",
  // RFC 5321's "Service not available").
  [/\bsystem (?:incorrectly|not properly) configured\b|\bservice not (?:active|available)\b/i, 'system'],
  // syntax: a malformed message or conversation: "Mail message is malformed", headers "not RFC
  // compliant", an address "not a valid RFC 5321 address" or of "bad address syntax", a command
  // unrecognised or out of order ("503 5.5.1 MAIL first", "Send hello first", "EHLO/HELO first"), a
  // HELO/EHLO without a domain ("HELO / EHLO requires domain address").
  [
    // morph9: also sendmail's "500 5.5.1 Command unrecognized" and the British "unrecognised command".
    /\b(?:message|mail) (?:is )?malformed\b|\bmalformed (?:message|mail)\b|\bheaders? (?:are |is )?not rfc ?(?:532[12] )?compliant\b|\bnot a valid rfc ?532[12] address\b|\bbad (?:recipient |sender )?address syntax\b|\baddress (?:is )?(?:invalid or )?malformed\b|\b(?:unrecogni[sz]ed|unimplemented) commands?\b|\bcommand unrecogni[sz]ed\b|\b(?:mail|rcpt|helo|ehlo|ehlo\/helo|helo\/ehlo|mail from|rcpt to) first\b|\bsend hello first\b|\buse (?:ehlo|helo|ehlo\/helo|helo\/ehlo|mail|rcpt) before (?:mail|rcpt|data)\b|\brcpt to before sending data\b|\b(?:invalid|unsupported|invalid\/unsupported) command(?: parameters?)?\b(?![ -]line)|\binvalid (?:rcpt to|mail from)\b|\b(?:rcpt to|mail from) (?:should not|must not|cannot|can't) be empty\b|\b(?:helo|ehlo)(?: ?\/ ?(?:helo|ehlo))? requires (?:a )?(?:domain|fqdn|host ?name)\b/i,
    'syntax',
  ],
  // lex13: a header the message lacks, repeats or dates wrongly, in Haraka's headers plugin's words
  // ("Only one Subject header allowed. See RFC 5322, Section 3.6", "Required header 'Date'
  // missing", "outgoing mail must not have a Return-Path header", "The Date header is too old" /
  // "too far in the future"): a malformed message (syntax). batch-27: also SendGrid's "550 MIME message
  // is missing 'From' header".
  // batch-38: also Exim's header check ("550 header syntax", verify = header_syntax). batch-40: a
  // header or its line with characters the server refuses ("550 Subject contains invalid characters").
  [
    /\bheader syntax\b|\b(?:subject|header|header line|header field|from|to|reply-to) (?:line |field )?contains? (?:invalid|illegal|forbidden|disallowed|bad|non-ascii|8-?bit) characters?\b|\bonly one [\w-]{1,40} header (?:is )?allowed\b|\brequired header '?[\w-]{1,40}'? (?:is )?missing\b|\b(?:message|mail) is missing (?:an? |the )?['"]?[\w-]{1,40}['"]? header\b|\bmust not have an? [\w-]{1,40} header\b|\bdate header is too (?:old|far in the future)\b/i,
    'syntax',
  ],
  // A refusal of service that names nothing more ("550 5.5.0 Service refused, please try later") names
  // no cause (LABELLING.md §8, §9): read after every stated cause above, before the general refusal
  // words below call it a policy.
  [/\bservice refused\b/i, 'other'],
  // A server refusing a recipient domain it does not handle is relay denied in other words
  // (Exchange's 5.7.54 "Unable to relay recipient in non-accepted domain", "not a local domain",
  // "domain is not hosted here", a provider's "domain not in <its> system").
  // lex10: also cPanel's "This server does not relay mail." (etc/exim/perl/mail_permissions).
  [
    // Also qmail's "use me as a relay, but I have not been configured to let you" (BounceParser).
    /relay(?:ing)? (?:access )?denied|\brelay(?:ing)? (?:is )?disabled\b|\bunable to relay\b|\b(?:we do|(?:server|host) does) not relay\b|\bno relaying\b|\buse (?:me|this (?:server|host)) as a relay\b|\bnot (?:an open relay|configured to relay)\b|\b(?:do not|don't) handle mail for\b|\binsecure mail relay\b|\borgani[sz]ational settings\b|\bmembers-only (?:list|group)\b|\bclosed mailing list\b|\bnot subscribed to (?:this|the) (?:group|list|mailing list)\b|\brelaying (?:is )?not allowed\b|\bnot a local domain\b|\bdomain (?:is )?not (?:hosted|served|handled|configured|accepted) (?:here|on this (?:server|system))\b|\bdomain (?:is )?not (?:in|on) (?:our|this|the|my|[\w-]+) (?:system|server|platform)\b|not permitted|permission|not allowed|policy|prohibited|refused/i,
    'policy',
  ],
];

// The sending side gave up after its retries. Read only when nothing above names a cause: a
// queue that gave up on a refused connection or a quoted reply reports that cause.
// Haraka's "Too many failures (Tried all MXs)" is its queue giving up with no cause of its own;
// Mailgun's delivery-status "Too old" (code 602, after its retries) likewise.
// Apache James's RemoteDelivery "Too many retries failure. Bouncing after <n> retries." likewise.
// SparkPost's bounce class 24 "Timeout" ("The message timed out": its queue's time limit, not a
// connection's) likewise; a connection that timed out stays network (above).
const EXPIRED =
  /"message": ?"Too old"|\bmessage (?:has )?timed out\b|^\s*(?:\d{3} )?Too old\b|(?<!\b(?:password|token|certificate) (?:has )?)\bexpired\b|\btoo many (?:delivery )?failures\b|\btried all MXs\b|\bretry time|\bcould not be delivered for\b|\bgiving up\b|\bgave up\b|\bqueue lifetime\b|\btoo long in (?:the )?queue\b|\bin the queue too long\b|\bafter (?:multiple|repeated|several|many) (?:retries|attempts)\b|\bfailing for a long time\b|\bqueue period\b|\btimed out in (?:the )?queue\b|\btoo many retries\b/i;

// The stock texts of RFC 5321 replies ("550 Requested action not taken: mailbox unavailable",
// "452 … insufficient system storage") and their like name no cause of their own: the status
// detail decides when it is about the mailbox (5.1.1, 5.2.1, 5.2.2), else the reason given here.
// "Recipient address rejected: Access denied" is Exchange Online's refusal of a recipient not in its
// directory (5.4.1, the guide's `user-unknown`) and also the generic text of a Postfix access map's
// REJECT (5.7.1), an admin's rule on that recipient: `policy`.
const ACCESS_DENIED = /recipient address rejected: access denied/i;
const MICROSOFT = /\b[45]\.4\.1\b|aka\.ms\/|\.outlook\.com\b|\bprotection\.outlook\b/i;

// Also "Mailbox not available" and a bare "Invalid address" / "<a@b> is invalid" (BounceParser's
// user_unknown list, code): stock words, so a 5.1.3 or 5.1.7 detail still reads them as syntax.
const STOCK: readonly [RegExp, BounceReason][] = [
  // "Recipient address rejected: <a cause>" names its cause (Postfix): only the bare phrase is stock,
  // or the phrase followed by nothing but the address(es) refused (OpenSMTPD's "Recipient rejected:
  // <address>"), also when a report field the reader appends follows it ("Remote-MTA: …").
  [
    /mailbox (?:is )?(?:unavailable|not available)|invalid recipi?ent|not a valid recipient|\bno valid recipients?\b|\binvalid (?:e-?mail )?address\b(?! (?:syntax|format))|(?<!sender )<[^>\s]{1,254}@[^>\s]{1,254}> is invalid\b|recipient (?:address )?rejected\s*(?:$|[^\s:]|:\s*(?:<[^<>\n]{1,254}>|[\w.+=-]+@[\w.-]+)\s*(?:$|[,;)`]|(?=(?:remote-mta|status|diagnostic-code):)))/i,
    'user-unknown',
  ],
  [/insufficient (?:system )?storage/i, 'system'],
  // RFC 5321's 550 "mailbox unavailable" and 452 "insufficient system storage" in other languages
  // (GNOME evolution-data-server's translations, po/*.po, of camel-smtp-transport.c's reply texts):
  // stock words as in English, so a status detail still decides.
  [
    /(?<!\p{L})postfach nicht verfügbar|(?<!\p{L})bo[iî]te aux lettres non disponible|(?<!\p{L})buz[oó]n no está disponible|(?<!\p{L})mailbox non disponibile|(?<!\p{L})caixa de correio indisponível|(?<!\p{L})postbus niet beschikbaar|(?<!\p{L})skrzynka (?:pocztowa )?jest niedostępna|(?<!\p{L})почтовый ящик недоступен|(?<!\p{L})poštovní schránka není k dispozici|(?<!\p{L})posta kutusu kullanılabilir değil|メールボックスは利用できません|邮箱无效|郵箱仍未可用|메일함을 사용할 수 없습니다/iu,
    'user-unknown',
  ],
  [
    /(?<!\p{L})unzureichender systemspeicher|(?<!\p{L})stockage système insuffisant|(?<!\p{L})capacidad del sistema es insuficiente|(?<!\p{L})archivio di sistema non sufficiente|(?<!\p{L})espaço no sistema insuficiente|(?<!\p{L})onvoldoende ruimte op (?:het )?systeem|(?<!\p{L})brak miejsca w miejscu przechowywania|(?<!\p{L})недостаточно места в системном хранилище|(?<!\p{L})nedostatek místa v systému|(?<!\p{L})disk alanı yetersiz|システムの保存領域が足りません|系统存储空间不足|系統的儲存空間不足|시스템 저장 공간이 부족/iu,
    'system',
  ],
];
// Postfix's refusal prefixes, read when the text after them ("Recipient address rejected: Please
// try again later!") names no cause the words above know and no status detail is given: each says
// what was refused (the guide: a recipient rejected with no more detail is `user-unknown`, the
// sender's address refused by a rule `policy`, the connecting host `blocked`, the HELO name `syntax`).
const PREFIX: readonly [RegExp, BounceReason][] = [
  [/\brecipient address rejected\b/i, 'user-unknown'],
  [/\bsender address rejected\b/i, 'policy'],
  [/\bclient host rejected\b/i, 'blocked'],
  [/\bhelo command rejected\b/i, 'syntax'],
  // Exim's bounce when the site's local_scan() function refused the message (moan.c: "rejected by
  // the local scanning code that checks incoming messages on this system"): a site rule, `policy`,
  // unless the error it quotes names a cause (batch-60 dev, both labellers).
  [/\brejected by the local scanning code\b/i, 'policy'],
];
const MAILBOX_DETAIL = /^[245]\.(?:1\.\d+|2\.[12])$/;

// RFC 5321 basic reply codes whose meaning is specific enough to name a reason, for replies that
// carry no words we know and no informative enhanced code ("451 Internal resource …").
const BY_REPLY_CODE: Partial<Record<number, BounceReason>> = {
  // 421: service not available, closing the channel; 451: local error in processing.
  421: 'system',
  451: 'system',
  // 552: requested mail action aborted, exceeded storage allocation.
  552: 'mailbox-full',
};

// A delivery failure stated without a cause (the `other` of the vocabulary), read only when nothing
// else gives a reason.
// Exim logs an ACL's deferral as "temporarily rejected RCPT <addr>" (acl.c; eximstats reads
// "temporarily rejected [A-Z]*"): with no message after it, no cause (batch-60 dev, LABELLING §11).
// NHN Dooray!'s "Your mail was denied from the receiver." says who refused, not why (batch-65's blind
// adjudication, LABELLING §12).
const FAILED_TO_DELIVER =
  /\b(?:mail|message) was (?:denied|rejected|refused) (?:from|by) the (?:receiver|recipient)\b|\btemporarily rejected (?:RCPT|MAIL|DATA|after DATA|connection)\b|\b(?:failed|unable|could ?not|couldn't) to deliver\b|\b(?:could ?not|couldn't|cannot|can't) deliver\b|\bdelivery (?:has )?failed\b|\bnot delivered\b|\bundeliverable\b|\btransaction failed\b/i;

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

// One alternative of a hedged clause read by the shared words alone (no hedges inside it to strip).
function byTextOnly(words: string): BounceReason | null {
  for (const [re, reason] of BY_TEXT) if (re.test(words)) return reason;
  return null;
}

// A multi-line reply joined onto one line keeps each continuation's prefix where the line broke,
// often mid-phrase ("There are multiple Reply-To 550-5.7.1 headers", "due to domain's 550-5.7.1
// DMARC policy"): inside a sentence (after a word, not after "said:") it is no part of the words.
// A continuation with no enhanced code ("The user does not 550-exist") is cut only before a word.
// sendmail logs each TLS handshake it completed ("STARTTLS=client, relay=…, version=TLSv1.2,
// verify=FAIL, cipher=…"): verify=FAIL is the certificate check it does not enforce, and the session
// went on over TLS, so the line names no cause of the failure logged after it.
const SENDMAIL_TLS_LOG = /\bSTARTTLS=(?:client|server), [^\n]*/g;
// Postfix logs each session's command counts on disconnect ("ehlo=2 starttls=1 mail=1 rcpt=0/1
// quit=1 commands=6/8"): a count of commands, no cause (batch-39: "starttls=1" read as TLS).
const POSTFIX_COMMAND_COUNTS =
  /\b(?:ehlo|helo|starttls|auth|mail|rcpt|data|bdat|rset|quit|noop|vrfy|etrn|unknown|commands)=\d+(?:\/\d+)?/gi;
const MID_SENTENCE_CONTINUATION = /(?<=[a-z,;'] )[245]\d\d-(?:[245]\.\d{1,3}\.\d{1,3} |(?=[a-z]))/g;
// A reply's lines as the server sent them ("550-The user does not\r\n550 exist"): a line that breaks
// mid-sentence (after a word, not after "said:" or "connection:", whose reply code the greeting
// rules read) and the next line's reply-code prefix are no part of the words.
const CONTINUATION_LINE = /(?<=[a-z,;'])[ \t]*\r?\n[ \t]*[245]\d\d[- ](?:[245]\.\d{1,3}\.\d{1,3} )?/g;
// Keyboards without the apostrophe key type the acute or grave accent in its place ("doesn´t exist").
const ACCENT_AS_APOSTROPHE = /(?<=[a-z])[\u00b4`](?=(?:t|s|re|ve|ll|d)\b)/gi;

/**
 * The reason a reply text gives in words every MTA uses, or `null`. `status` (RFC 3463) decides
 * only between the readings of a stock reply text that names no cause ("mailbox unavailable").
 */
export function reasonOfText(text: string, status: string | null = null): BounceReason | null {
  // Read the reply unfolded: MTAs wrap replies at ~70 columns ("refused to talk to\n    me: 554"),
  // so a phrase may be split across lines and indentation.
  // A library's own sentence around the reply (.NET's "… or the client was not authenticated") is
  // not the server's: "The server response was: 5.7.0 Must issue a STARTTLS command first" is TLS.
  // A copy from a web view writes the server's apostrophe as the typographic one ("doesn’t exist").
  const unfolded = withoutHedges(
    withoutClientWords(
      text
        .replace(SENDMAIL_TLS_LOG, '')
        .replace(POSTFIX_COMMAND_COUNTS, '')
        .replace(CONTINUATION_LINE, ' ')
        .replace(/\s+/g, ' ')
        .replace(/[\u2018\u2019]/g, "'")
        .replace(ACCENT_AS_APOSTROPHE, "'")
        .replace(MID_SENTENCE_CONTINUATION, ''),
    ),
    byTextOnly,
  );
  // Spamhaus answers a query from a public resolver with "open resolver", not a listing: the
  // receiver's own DNS set-up failed, whatever "blocked using" says around it.
  if (/\bopen resolver\b/i.test(unfolded)) return 'system';
  const specific = reasonOfMtaWords(unfolded);
  if (specific && specific !== 'expired') return specific;
  for (const [re, reason] of BY_TEXT) if (re.test(unfolded)) return reason;
  // The same causes in other languages (reason-words.ts), after the English words a quoted reply holds.
  const localised = reasonOfLocalisedWords(unfolded);
  if (localised) return localised;
  if (specific || EXPIRED.test(unfolded)) return 'expired';
  if (ACCESS_DENIED.test(unfolded))
    return MICROSOFT.test(unfolded) || /\.4\.1$/.test(status ?? '') ? 'user-unknown' : 'policy';
  for (const [re, reason] of STOCK) {
    if (!re.test(unfolded)) continue;
    return status && MAILBOX_DETAIL.test(status) ? reasonOfStatus(status) : reason;
  }
  // Postfix's refusal prefix followed by words that name no cause we know: with a status detail,
  // the detail decides (the caller reads it); with none, or RFC 3463's undefined X.0.0 ("554 5.0.0
  // <192.0.2.4>: Client host rejected: reject", an access map's REJECT) or X.5.0 / X.7.0 (§8: as
  // undefined), what the prefix says was refused.
  if (!status || /^[45]\.[057]\.0$/.test(status))
    for (const [re, reason] of PREFIX) if (re.test(unfolded)) return reason;
  return null;
}

// A reply code and enhanced status after a client's words on the same line: group 1 is what comes
// before the code.
const WRAPPED_REPLY = /^([^\n]*?[A-Za-z][^\n]{0,200}?[:>] ?)[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b/m;
// WRAPPED_REPLY tries up to 200 characters from every letter of a line; a text with no code after a
// colon or ">" (most of them) cannot match it, and this finds that in one pass.
const CODE_AFTER_MARK = /[:>] ?[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b/;
// An MTA's report of the conversation around the reply ("host … said:", "refused to talk to me:",
// "SMTP error from remote mail server after …", a recipient address) is context the guide reads (a
// refusal at the greeting, whose address), not a client's own verdict.
const MTA_CONTEXT =
  /\bsaid\b|\brefused to talk\b|\bsmtp error\b|\bafter (?:initial|end|rcpt|mail|data)\b|\bgreeting\b|\bbanner\b|\bconnect|@|<<<|>>>/i;

// A log's field that holds the server's reply (ZoneMTA's `response="550 5.5.0 …"`, `reply=…`): what
// stands before it is the logger's own record of the session ("SMTPCLOSE … Connection closed"), so
// the reply is read first.
const REPLY_FIELD = /\b(?:response|reply)=["']?(?=[45]\d\d[ -][245]\.\d)/i;

// A failure reply's codes: a basic code and its enhanced one ("421 4.3.2", "550-5.1.1").
const FAILURE_PAIR = /(?<![\w.])([45]\d\d)[ -]([45]\.\d{1,3}\.\d{1,3})(?![\w.])/g;

/**
 * The text up to the line where a second, different failure reply starts, when a later line holds
 * one (`stat=Deferred: 421 4.3.2 …` then, on the retry, `452 4.3.1 …`); `null` for one reply (its
 * continuation lines repeat its codes) or when both stand on one line (a wrapper quoting a reply).
 */
function firstFailure(text: string): string | null {
  FAILURE_PAIR.lastIndex = 0;
  let first: RegExpExecArray | null = null;
  for (let m = FAILURE_PAIR.exec(text); m; m = FAILURE_PAIR.exec(text)) {
    if (!first) first = m;
    else if (m[1] !== first[1] || m[2] !== first[2]) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      return lineStart > first.index ? text.slice(0, lineStart) : null;
    }
  }
  return null;
}

// The pages of a failure below SMTP that a runtime's own words name (families.ts: refused, timed out,
// DNS, reset, TLS mode, handshake, certificate), not the pages that only say a step failed.
// The local mail program's page (local-mailer-not-configured) is read the same way: its words are a
// shell's, PHP's or msmtp's ("sendmail: not found", "account default not found"), not a server's.
const BELOW_SMTP_PAGES: ReadonlySet<string> = new Set([
  ...Object.values(familyPage).filter((id) => /^(?:conn|tls)-/.test(id) && !FALLBACK_PAGES.has(id)),
  'local-mailer-not-configured',
]);

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
  // With no server reply at all, the runtime's own error is the only evidence, and the family row that
  // named a below-SMTP page read it more closely than general words can: "actively refused" is a
  // refused connection (not a refusal by policy), Ruby's Net::OpenTimeout "execution expired" a connect
  // timeout (not an expired message), Go's "lookup smtp.example.com: i/o timeout" a DNS failure, and
  // JavaMail's "Could not connect to SMTP host" over an SSLHandshakeException a TLS failure.
  if (entry && replyCode === null && !status && BELOW_SMTP_PAGES.has(entry.id)) return reasonOfEntry(entry);
  // Class 2 (RFC 3463) is a success ("250 2.1.5 Recipient ok" quoted before the refusal): no cause.
  const code = (status?.startsWith('2.') ? null : status) ?? entry?.enhancedCode ?? null;
  // Another server's reply is read by the definitions, its words first: a page for any server
  // ("Connection timed out", "Relay access denied") gives its reason only when the words give none.
  const whole = text.length > 4096 ? text.slice(0, 4096) : text;
  // A log that reports one message failing twice (a deferral, then another reply on the retry) is
  // labelled by its first failure (LABELLING.md §1): that reply's lines are read first.
  const head = firstFailure(whole) ?? whole;
  // A client's own words before the server's reply on its line ("unknown email address: 550 5.7.1 …",
  // "Invalid login: 535 …") are no evidence of cause (LABELLING.md §7): the reply from its code on
  // is read first, the whole text only when the reply names no cause.
  const wrapped = CODE_AFTER_MARK.test(head) ? WRAPPED_REPLY.exec(head) : null;
  const clientWords = wrapped !== null && !MTA_CONTEXT.test(wrapped[1]!);
  const field = REPLY_FIELD.exec(head);
  const byText =
    (field ? reasonOfText(head.slice(field.index + field[0].length), code) : null) ??
    (clientWords ? reasonOfText(head.slice(wrapped.index + wrapped[1]!.length), code) : null) ??
    reasonOfText(head, code);
  // X.1.8 (RFC 3463: bad sender's system address) says whose address the words are about: "doesn't
  // exist" or "no such user" beside it is the SENDER's address failing the receiver's check (a
  // sendmail callout, "(#5.1.8)"), the guide's sender verify failed, not an unknown recipient.
  if ((byText === 'user-unknown' || byText === 'host-unknown') && code && /^[45]\.1\.8$/.test(code))
    return 'policy';
  // 535 (RFC 4954) and X.7.8 answer only AUTH: a login refused, whatever general refusal words
  // ("535 5.7.8 Permission denied") stand with it.
  if (
    (replyCode === 535 || code === '5.7.8') &&
    (byText === null || byText === 'policy' || byText === 'blocked' || byText === 'other')
  )
    return 'credentials';
  if (byText) return byText;
  if (head !== whole) {
    const byWhole = reasonOfText(whole, code);
    if (byWhole) return byWhole;
  }
  if (entry && !entry.id.startsWith('generic-')) return reasonOfEntry(entry);
  // X.0.0 is RFC 3463's "undefined": the basic reply code then says more.
  const byStatus = code ? reasonOfStatus(code) : null;
  if (byStatus && byStatus !== 'other') return byStatus;
  const byReply = replyCode !== null ? BY_REPLY_CODE[replyCode] : undefined;
  if (byReply) return byReply;
  // A failure reply (4xx/5xx) that says nothing more is still a failure: `other`, not unknown; so is
  // a provider's own statement that it did not deliver, under a code outside SMTP's (Mailgun's
  // "602 Failed to deliver …", an API's error with no reply at all).
  return (
    byStatus ??
    (entry || (replyCode !== null && replyCode >= 400) || FAILED_TO_DELIVER.test(text) ? 'other' : null)
  );
}
