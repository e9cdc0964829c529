import { type Bounce, type BounceFormat, type BounceRecipient, ownWords } from './bounce.js';
import { getEntry } from './catalog.js';
import { candidates } from './match.js';
import type { Diagnosis } from './classify.js';
import { type BounceReason, reasonFor, reasonOfEntry } from './reason.js';
import { googleNoticePage } from './google-notice.js';

/** One recipient of a bounce with the answer for it. */
export interface RecipientDiagnosis {
  /** What the bounce says about this recipient. */
  recipient: BounceRecipient;
  /** The page and reason for this recipient (its own `bounce` is `null`). */
  diagnosis: Diagnosis;
}

/** A whole bounce message, read and answered per recipient. */
export interface BounceDiagnosis {
  format: BounceFormat;
  subject: string | null;
  /** Every recipient the notice reports on, failed ones first, each with its answer. */
  recipients: RecipientDiagnosis[];
}

const GREETING = /\brefused to talk to me:|\bafter initial connection:/i;

/** A Gmail page named by the remote reply alone at this confidence wins over the notice's wording. */
const REPLY_WINS = 0.5;

/**
 * Answers one recipient of a bounce with the classifier of single replies: the remote server's
 * reply first (a Google reply quoted by Postfix or Exim names its own page), then Gmail's notice
 * around it (its code-less notices, or a remote reply no Gmail page names), then whatever the
 * reply and its status code say in general.
 */
export function diagnoseRecipient(r: BounceRecipient, classifyText: (text: string) => Diagnosis): Diagnosis {
  const hasCode = (s: string) => /\b[245]\.\d{1,3}\.\d{1,3}\b/.test(s);
  // The remote MTA names the provider that replied (gmail-smtp-in.l.google.com, amazonaws.com).
  const mta = r.remoteMta ? `\nRemote-MTA: ${r.remoteMta}` : '';
  // The notice's own account of when the server refused (Postfix's "refused to talk to me:", Exim's
  // "after initial connection:") is context the Diagnostic-Code line alone lacks: a refusal at the
  // greeting is the guide's blocked whatever its words (§4), so the reply is read with it.
  const greeting =
    r.diagnosticCode && !GREETING.test(r.diagnosticCode)
      ? GREETING.exec(r.notice.replace(/\s+/g, ' '))
      : null;
  const reply = r.diagnosticCode
    ? classifyText(
        `${greeting ? `${greeting[0]} ` : ''}${r.diagnosticCode}${r.status && !hasCode(r.diagnosticCode) ? `\nStatus: ${r.status}` : ''}${mta}`,
      )
    : null;
  if (reply?.entry && reply.entry.provider === 'gmail' && reply.confidence >= REPLY_WINS) return reply;
  // The notice's own words first (Gmail's notice pages match them), then the notice with the reply.
  const own = ownWords(r.notice);
  const withStatus = (t: string) => (r.status && !hasCode(t) ? `${t}\nStatus: ${r.status}` : t);
  const fromOwn = own && own !== r.notice ? classifyText(withStatus(own)) : null;
  const noticeText = [
    r.notice,
    r.diagnosticCode && !r.notice.includes(r.diagnosticCode) ? r.diagnosticCode : '',
  ]
    .filter(Boolean)
    .join('\n');
  const whole = noticeText ? classifyText(withStatus(noticeText)) : null;
  const notice = fromOwn?.entry && fromOwn.entry.provider === 'gmail' ? fromOwn : whole;
  // When the remote reply is someone else's, Gmail's notice around it can name a notice page but not
  // one of Gmail's own reply pages (its help link, `?p=NoSuchUser`, is in every "Address not found").
  const foreignReply = reply !== null && !(reply.entry && reply.entry.provider === 'gmail');
  const noticeFits =
    notice?.entry && notice.entry.provider === 'gmail' && !(foreignReply && notice.entry.replyCode !== null);
  // The quoted reply's specific error decides over the notice's heading (the labelling guide's
  // "specific beats general"): "Message blocked" around another server's "recipient not in the
  // directory" is the address-not-found notice, around a DNS failure the domain-not-found page, and
  // around the recipient domain's own MX refusing to relay for it the "remote server is
  // misconfigured" notice (its page's own reason, as `byStructure` gives it).
  const bodyDecides = (n: Diagnosis): Diagnosis => {
    const relay = foreignReply && misconfiguredReply(reply, r.diagnosticCode ?? '');
    const id = relay
      ? 'notice-remote-server-misconfigured'
      : foreignReply && reply?.reason
        ? GMAIL_NOTICE_FOR[reply.reason]
        : undefined;
    // Under "Address not found" or "Message blocked" the quoted reply's own meaning decides when no
    // notice page has it (§4 over §2's heading bullet; LABELLING.md §7–§8): another server's full
    // mailbox, size or rate limit, closed account, SPF/DKIM refusal, malformed message, own fault,
    // spam, blocked IP or policy rule is not Gmail's. "Message blocked" is Gmail refusing its own
    // outgoing mail with no remote server involved, so under it even a reply naming no cause is the
    // reply's; under "Address not found" that one takes the heading's page, the only cause stated.
    const heading = n.entry?.id;
    if (
      !id &&
      foreignReply &&
      reply?.reason &&
      (heading === 'notice-message-blocked' ||
        (heading === 'notice-address-not-found' && reply.reason !== 'other'))
    )
      return reply;
    if (!id || !n.entry?.id.startsWith('notice-') || n.entry.id === id) return n;
    const entry = getEntry(id);
    if (!entry) return n;
    const alternatives = [{ entry: n.entry, confidence: n.confidence }, ...n.alternatives].slice(0, 3);
    const reason = relay ? reasonOfEntry(entry) : reply!.reason;
    return { ...n, entry, reason, alternatives, transient: entry.retry.kind === 'backoff' };
  };
  if (notice?.entry && noticeFits && (!reply?.entry || notice.confidence >= reply.confidence))
    return bodyDecides(notice);
  // Gmail's notice around another server's reply is the more specific answer: a notice page says
  // what Google did with that reply, where a page for the reply alone says only what it means.
  if (notice?.entry && noticeFits && foreignReply && notice.entry.replyCode === null)
    return bodyDecides(notice);
  if (reply?.entry) return reply;
  // Another server's reply that no page names still gets no Gmail reply page from the words of
  // Gmail's notice around it: in the notice Gmail is the sender, not the server that replied.
  if (notice?.entry && (noticeFits || !foreignReply)) return notice;
  return reply ?? notice ?? classifyText(r.status ? `Status: ${r.status}` : '');
}

// Gmail's own notices in any language: when no page matched the words, the reason read from the
// report (status code, remote reply) names Gmail's notice for it.
const GMAIL_NOTICE_FOR: Partial<Record<BounceReason, string>> = {
  'user-unknown': 'notice-address-not-found',
  'host-unknown': '553-5.1.2-domain-not-found',
  network: 'notice-recipient-server-did-not-accept',
};
// A reply another MTA quotes from Google's own mail servers (Remote-MTA gmail-smtp-in.l.google.com,
// or Google's "- gsmtp" suffix) whose old or unusual wording names no page ("550 5.7.1 No such user",
// 2006): its reason names Gmail's reply page for that reason.
const GMAIL_REPLY_FOR: Partial<Record<BounceReason, string>> = {
  'user-unknown': '550-5.1.1-no-such-user',
  'mailbox-full': '552-5.2.2-over-quota',
  suspended: '550-5.2.1-account-disabled',
};
const GOOGLE_MTA = /(?:^|\.)(?:google\.com|googlemail\.com)\.?$/i;
const fromGoogle = (r: BounceRecipient) =>
  (r.remoteMta !== null && GOOGLE_MTA.test(r.remoteMta.trim())) || /\bgsmtp\b/.test(r.diagnosticCode ?? '');

const RELAY_DENIED =
  /\brelay(?:ing)? (?:access )?(?:denied|not permitted)|\bnot permitted to relay\b|\brcpthosts\b/i;

/**
 * Another server's relay refusal (policy, or a relay refused for want of a login): inside Google's
 * notice, the recipient domain's own MX not taking the domain's mail, Gmail's "remote server is
 * misconfigured" notice.
 */
const misconfiguredReply = (d: Diagnosis | null, replied: string) =>
  d !== null && (d.reason === 'policy' || d.reason === 'credentials') && RELAY_DENIED.test(replied);

/** Confidence of a page named by the notice's structure and reason rather than its words. */
const BY_STRUCTURE = 0.8;

function byStructure(d: Diagnosis, format: BounceFormat, r: BounceRecipient): Diagnosis {
  if (d.entry && d.entry.provider === 'gmail') return d;
  const table = format === 'gmail' ? GMAIL_NOTICE_FOR : fromGoogle(r) ? GMAIL_REPLY_FOR : null;
  if (!table) return d;
  // A flattened copy loses the report, so the remote reply is read from the notice's own text.
  const replied = r.diagnosticCode ?? (format === 'gmail' ? r.notice : '');
  // The recipient domain's own server refusing to relay for it is what Gmail's "remote server is
  // misconfigured" notice means, whatever the notice around it says. Also when the refusal asks for
  // a login first ("not permitted to relay … without authentication"): Gmail delivering to a
  // domain's MX has nothing to log in with, so that MX does not take the domain's mail.
  const misconfigured =
    format === 'gmail' && misconfiguredReply(d, replied) ? 'notice-remote-server-misconfigured' : undefined;
  const byReason = misconfigured ?? (d.reason ? table[d.reason] : undefined);
  // The reply's or report's reason decides first ("specific beats general"); only a Google notice
  // whose reason names no notice page falls back to the page its help link or heading names.
  // Gmail's generic help link (answer 7720) names its page only when the reply gives no reason.
  const byNotice = !byReason && format === 'gmail' ? googleNoticePage(r.notice) : undefined;
  const id = byReason ?? byNotice;
  const entry = id ? getEntry(id) : undefined;
  if (!entry) return d;
  const alternatives = d.entry
    ? [{ entry: d.entry, confidence: d.confidence }, ...d.alternatives].slice(0, 3)
    : d.alternatives;
  // A page named by the notice, or the misconfigured notice, gives its own reason (the guide, §3: a
  // Gmail page's reason is that page's, whether the relay refusal asked for a login or not); a page
  // named by the reply's reason keeps that reason.
  const reason = byNotice || misconfigured ? reasonOfEntry(entry) : d.reason;
  return {
    ...d,
    entry,
    reason,
    confidence: BY_STRUCTURE,
    alternatives,
    transient: entry.retry.kind === 'backoff',
  };
}

// A bounce always reports a failure, so a recipient whose notice names no cause ("Google tried to
// deliver your message, but it was rejected by the server …" with the reply left out) still has a
// reason: `other`, the vocabulary's "says nothing more specific", as the mailbox counts already do.
function withReason(d: Diagnosis): Diagnosis {
  return d.reason ? d : { ...d, reason: 'other' };
}

// An MTA's own bounce for a recipient with no remote server's reply and no remote server at all
// reports a failure of that MTA's own (local) delivery: Exim's "The following text was generated
// during the delivery attempt" followed by a pipe's or transport's output. Nothing was refused by
// anyone, so when the words say nothing more, it is a fault of the reporting server: `system`.
// A local delivery program that failed (Exim's "pipe to |…" and "Child process of … transport",
// Postfix's "Command died with status", procmail) is such a fault whatever its output says
// ("Permission denied" is the program's, not a refusal): the labelling guide's `system`. Except a
// mailbox owner's disk quota the program reports ("procmail: Quota exceeded", "maildir over
// quota", EXDISKQUOTA): the guide's `mailbox-full`.
const OWN_MTA: ReadonlySet<BounceFormat> = new Set(['exim']);
const PIPE =
  /^\s*pipe to \||\bchild process of [\w-]+ transport\b|\bcommand died with status\b|\bcommand output:|\bprocmail:/im;
function localFailure(d: Diagnosis, r: BounceRecipient, format: BounceFormat): Diagnosis {
  const pipe = !r.remoteMta && PIPE.test(`${r.notice}\n${r.diagnosticCode ?? ''}`);
  if (pipe && d.reason !== 'mailbox-full' && !/^4/.test(r.status ?? '')) return { ...d, reason: 'system' };
  if (d.reason !== 'other' || !OWN_MTA.has(format) || r.diagnosticCode || r.remoteMta) return d;
  if (r.action && !/fail/i.test(r.action)) return d;
  return { ...d, reason: 'system' };
}

// Another MTA's own notice (Postfix, Exim, sendmail, qmail) about a reply that shows no sign of
// coming from Google (no Google Remote-MTA, no "- gsmtp", no Google link) names a Gmail reply page
// only from Gmail's own wording: a bare "550 5.1.1 User unknown" that sendmail's local delivery
// gave matches Gmail's page by its code and common words alone, below this confidence.
const GMAIL_WORDING = 0.9;
const MTA_NOTICE: ReadonlySet<BounceFormat> = new Set(['postfix', 'exim', 'sendmail', 'qmail']);
// Gmail's own sentence, long enough that no other server says it ("…has an SPF record with a hard
// fail policy (-all)…"), is that page's distinctive wording even when the reply is cut or masked
// and so matched below GMAIL_WORDING. Common refusals ("User unknown", "Try again later, closing
// connection") are far shorter.
const GMAIL_SENTENCE = 40;
function gmailSentence(d: Diagnosis): boolean {
  const own = candidates(d.reply).find((c) => c.entry === d.entry);
  return (own?.phraseLength ?? 0) >= GMAIL_SENTENCE;
}

// Google's own error texts carry its internal markers: a gRPC canonical status name before a colon
// ("TLS Negotiation failed: FAILED_PRECONDITION: starttls error (71)") and the path of Google's
// BoringSSL checkout ("third_party/openssl/boringssl/src/ssl/…"). No other MTA writes either.
const GOOGLE_INTERNAL = /\bFAILED_PRECONDITION:|\bthird_party\/openssl\/boringssl\//;

// Inside Google's own notice Google is the client delivering to the recipient's mail server, so a
// reply naming a Gmail page that only Gmail's submission server gives its own clients, in words
// Postfix and other servers share ("Must issue a STARTTLS command first", "Authentication Required"
// before MAIL), is another server's unless Google's "- gsmtp" is on it (LABELLING.md §8). Gmail's
// own distinctive wording ("Username and Password not accepted") stays Gmail's.
const SHARED_SUBMISSION_WORDS: ReadonlySet<string> = new Set([
  '530-5.7.0-starttls-first',
  '530-5.7.0-authentication-required',
  '530-5.5.1-authentication-required',
]);

function notGoogleReply(d: Diagnosis, r: BounceRecipient, format: BounceFormat): Diagnosis {
  if (d.entry?.provider !== 'gmail') return d;
  if (format === 'gmail') {
    if (!SHARED_SUBMISSION_WORDS.has(d.entry.id) || fromGoogle(r) || /\bgsmtp\b/.test(r.notice)) return d;
  } else {
    if (!MTA_NOTICE.has(format)) return d;
    if (d.confidence >= GMAIL_WORDING || fromGoogle(r) || /\bgsmtp\b|google\.com/i.test(r.notice)) return d;
    if (GOOGLE_INTERNAL.test(`${r.notice}\n${r.diagnosticCode ?? ''}`)) return d;
    if (gmailSentence(d)) return d;
  }
  const alt = d.alternatives.find((a) => a.entry.provider !== 'gmail');
  const alternatives = [
    { entry: d.entry, confidence: d.confidence },
    ...d.alternatives.filter((a) => a !== alt),
  ].slice(0, 3);
  const entry = alt?.entry ?? null;
  // The reason is then another server's, read by the definitions, not the Gmail page's.
  const reason = reasonFor(entry, d.reply.enhancedCode, d.reply.text, d.reply.replyCode) ?? d.reason;
  return {
    ...d,
    entry,
    confidence: alt?.confidence ?? 0,
    alternatives,
    transient: alt ? alt.entry.retry.kind === 'backoff' : d.transient,
    reason,
  };
}

/** Answers every recipient of a bounce; the first failed recipient's answer is the message's. */
export function diagnoseBounce(b: Bounce, classifyText: (text: string) => Diagnosis): Diagnosis {
  const recipients = b.recipients.map((r) => ({
    recipient: r,
    diagnosis: localFailure(
      withReason(notGoogleReply(byStructure(diagnoseRecipient(r, classifyText), b.format, r), r, b.format)),
      r,
      b.format,
    ),
  }));
  const first = recipients[0]!.diagnosis;
  return { ...first, bounce: { format: b.format, subject: b.subject, recipients } };
}
