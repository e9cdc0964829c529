import { asPastedText, rejoinedReplies } from './pasted.js';
import { ORIGINAL, readableText, readBounce, undoubled, unquote } from './bounce.js';
import { type BounceDiagnosis, diagnoseBounce } from './bounce-classify.js';
import { getEntry } from './catalog.js';
import { type Candidate, candidates, FALLBACK_PAGES } from './match.js';
import { type ParsedReply, parseReply, type SmtpErrorLike } from './parse.js';
import { firstSignal } from './scan.js';
import { type BounceReason, reasonFor } from './reason.js';
import type { CatalogEntry } from './types.js';

export { unquote };

/** What {@link classify} says about a paste. */
export interface Diagnosis {
  /** The page it is, or `null` when nothing matches well enough. */
  entry: CatalogEntry | null;
  /** 0..1, calibrated on the development set: answers at 0.9 are right about 9 times in 10. */
  confidence: number;
  /** Other pages it may be, best first (at most 3). */
  alternatives: { entry: CatalogEntry; confidence: number }[];
  /** What was read out of the paste. */
  reply: ParsedReply;
  /** Whether retrying the same message later can succeed, or `null` when unknown. */
  transient: boolean | null;
  /**
   * Whose server replied, in words a person reads, when that changes what to do: "This reply came
   * from Outlook / Microsoft 365, not Gmail: …". `null` when the answer is Gmail's own page.
   */
  originNote: string | null;
  /** Why it failed, in the stable {@link BounceReason} vocabulary; `null` when nothing was recognised. */
  reason: BounceReason | null;
  /** When the paste is a whole bounce message: each recipient with its own answer; else `null`. */
  bounce: BounceDiagnosis | null;
}

/** Past this size a paste is a log: only the part around its first error is read (see {@link focus}). */
const HUGE_PASTE = 256 * 1024;
const FOCUS_WINDOW = 8 * 1024;

/**
 * The part of a huge paste worth reading: 8 KB around its first reply code or error word, or its
 * first 64 KB when it has none. Keeps a 1 MB paste as cheap as a page of text; `scan` is the
 * tool for every error in a log.
 */
function focus(text: string): string {
  if (text.length <= HUGE_PASTE) return text;
  const at = firstSignal(text);
  if (at === -1) return text.slice(0, 64 * 1024);
  const start = Math.max(0, at - FOCUS_WINDOW / 4);
  return text.slice(start, start + FOCUS_WINDOW);
}

/** Below this the best candidate is not offered as the answer. */
const MIN_CONFIDENCE = 0.15;
/** The most a generic RFC 3463 page can be trusted to explain another provider's error. */
const GENERIC_CAP = 0.4;
/** The most a page for a failure that named no cause can be trusted (see {@link calibrate}). */
const NO_CAUSE_CAP = 0.6;

/**
 * Turns an evidence score into a probability of being right. Piecewise linear, fitted on the
 * development split of the real-paste fixtures (the held-back split is never used for this);
 * a close runner-up lowers it.
 */
export function calibrate(best: Candidate, runnerUp: Candidate | undefined): number {
  const points: [number, number][] = [
    [0, 0],
    [0.2, 0.3],
    [0.3, 0.8],
    [0.5, 0.9],
    [0.7, 0.95],
    [0.9, 0.97],
    [1.1, 0.99],
  ];
  let p = 0.99;
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    if (best.score <= x1) {
      const [x0, y0] = points[i - 1]!;
      p = y0 + ((y1 - y0) * (best.score - x0)) / (x1 - x0);
      break;
    }
  }
  if (runnerUp && best.score - runnerUp.score < 0.05) p *= 0.75;
  // The generic layer only says what a code means in general; it is never sure it is the whole story.
  if (best.entry.provider === 'generic' && best.phraseLength === 0) p = Math.min(p, GENERIC_CAP);
  // "It failed and did not say why" is sure of what the paste says, not of what lies behind it: a
  // labeller who sees the port or the step may name the cause the library kept back.
  if (FALLBACK_PAGES.has(best.entry.id)) p = Math.min(p, NO_CAUSE_CAP);
  return Math.max(0, Math.min(0.99, Math.round(p * 100) / 100));
}

/**
 * The sentence that says whose server replied, for answers that are not Gmail's page: another
 * provider's reply explained by a provider-neutral or generic page, or a neutral page chosen
 * because the paste does not show who replied.
 */
export function originNoteOf(entry: CatalogEntry | null, reply: ParsedReply): string | null {
  const { origin } = reply;
  if (entry?.provider === 'gmail') return null;
  const belowSmtp = entry !== null && entry.replyCode === null;
  if (origin.provider === 'other' && origin.name) {
    if (belowSmtp)
      return `This happened talking to ${origin.name}, not Gmail: the page below explains it for any server.`;
    return `This reply came from ${origin.name}, not Gmail: the page below says what it means on any server; the fix is in your ${origin.name} settings or with its operator, not in your Google account.`;
  }
  if (entry && !belowSmtp && origin.provider === null)
    return 'The paste does not show which server replied, so this is what the reply means on any server. If it came from Gmail, paste the whole reply (Gmail ends it with "- gsmtp") for Gmail\'s own page.';
  return null;
}

function transientOf(entry: CatalogEntry | null, reply: ParsedReply): boolean | null {
  if (entry) return entry.retry.kind === 'backoff';
  if (reply.replyCode !== null && reply.replyCode >= 400) return reply.replyCode < 500;
  return null;
}

/**
 * Names the catalog page for any pasted text: a raw reply, a library exception, a bounce, a log
 * line, or an error object with nodemailer's `response` / `responseCode` / `command`. Pure,
 * synchronous, linear in the input, and never throws.
 *
 * @example
 * const d = classify("Error: Invalid login: 535-5.7.8 Username and Password not accepted.");
 * d.entry?.id;     // '535-5.7.8-bad-credentials'
 * d.transient;     // false
 */
export function classify(input: string | SmtpErrorLike | null | undefined): Diagnosis {
  const text = typeof input === 'string' ? asTyped(input) : input;
  // A whole bounce is read structurally; each recipient's reply then goes through the same machinery.
  const bounce = typeof text === 'string' ? readBounce(focus(withoutData(text))) : null;
  if (bounce) return inGmailDialog(diagnoseBounce(bounce, classifyReply), bounce.notice);
  // A message that is no bounce is read as a person reads it: its encoded text parts decoded.
  if (typeof text !== 'string') return classifyReply(text);
  const readable = readableText(text);
  // The dialog's frame is read in the decoded text, as the reply is.
  return inGmailDialog(classifyReply(readable), readable);
}

// Gmail's "Send mail as" and mail-fetcher ("Check mail from other accounts") dialogs frame the other
// server's answer in Gmail's own words: `Server returned error: "…"`, "There was a problem
// communicating with <host>". A host name, not "the server": mail clients say "There was a problem
// communicating with the server". A bare "Server denied POP access for the given username and
// password" without that frame is only common login words (the labelling guide's bare-line rule,
// as a blind adjudicator settled it): its reason, no page.
const GMAIL_DIALOG =
  /\bServer returned error: "|\bThere was a problem communicating with [A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/i;
// The notice page of each meaning such a dialog can report (the guide, §4: the "Send mail as" /
// fetcher dialog → the page of its error; a connection failure → the page of that failure).
const DIALOG_PAGE: Partial<Record<BounceReason, string>> = {
  credentials: 'notice-send-mail-as-login-failed',
  network: 'notice-recipient-server-did-not-accept',
  tls: 'notice-send-mail-as-tls-negotiation-failed',
};
/** Confidence of a page named by the dialog's frame and reason rather than its words. */
const BY_DIALOG = 0.8;

/**
 * A Gmail dialog whose words no Gmail page matched still is Gmail's: its reason names the notice
 * page of that meaning. Another reason (a host name typed wrong) has no Gmail page and is left.
 */
function inGmailDialog(d: Diagnosis, text: string): Diagnosis {
  if ((d.entry && d.entry.provider === 'gmail') || !d.reason || !GMAIL_DIALOG.test(text)) return d;
  const id = DIALOG_PAGE[d.reason];
  const entry = id ? getEntry(id) : undefined;
  if (!entry) return d;
  const alternatives = d.entry
    ? [{ entry: d.entry, confidence: d.confidence }, ...d.alternatives].slice(0, 3)
    : d.alternatives;
  return {
    ...d,
    entry,
    confidence: BY_DIALOG,
    alternatives,
    transient: entry.retry.kind === 'backoff',
    originNote: null,
  };
}

/**
 * A reply read without the message it returns: the sender's own headers and words (a
 * `DKIM-Signature`, `d=gmail.com`, "our policy") say nothing about why it failed, and would
 * otherwise name Gmail as the replier or give the reason. Cut only after something was said.
 * @internal
 */
export function beforeReturned(text: string): string {
  // The bounce reader's own boundary: Gmail's and Outlook's "Original message" rules (in their
  // languages), Exim's and qmail's "copy of the message" lines, a returned-message MIME part.
  const m = ORIGINAL.exec(text);
  return m && text.slice(0, m.index).trim().length >= 20 ? text.slice(0, m.index) : text;
}

/**
 * An SMTP session transcript without the message the client sent: between the server's `354` and
 * the lone "." that ends the data (RFC 5321 §4.1.1.4) stand the sender's own headers and words,
 * which say nothing about why it was refused ("Subject: DKIM test" is no DKIM failure). A
 * transcript whose data never ends is left as it is.
 * @internal
 */
export function withoutData(text: string): string {
  const start = /^[ \t]*354[ -][^\n]*\n/m.exec(text);
  if (!start) return text;
  const from = start.index + start[0].length;
  const end = /^\.[ \t]*\r?$/m.exec(text.slice(from));
  return end ? text.slice(0, from) + text.slice(from + end.index) : text;
}

// Copied from a web page or a mail client's HTML view: no-break and other Unicode spaces stand
// where the server sent plain ones; zero-width ones were never sent at all.
const UNICODE_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
// A web view or mail client shows the server's apostrophe as the typographic one (Gmail's web view:
// "Your message wasn’t delivered", "couldn’t be found"); every wording is matched in the plain one.
const TYPOGRAPHIC_APOSTROPHE = /[\u2018\u2019\u201a\u201b]/g;
// Forum software and word processors set a paste's straight double quotes as typographic ones
// (`got code “421”`, `boundary=“…”`, a JSON body's keys): the reader and the words want them straight.
const TYPOGRAPHIC_QUOTE = /[\u201c\u201d\u201e\u201f]/g;
// Some copies (a translated page, an escaped log) turn the apostrophe inside a word into a double
// quote ("domain\"s DMARC policy", "couldn\"t"): a quote never stands between a word and its "s"/"t".
const QUOTE_AS_APOSTROPHE = /(?<=[A-Za-z])"(?=(?:s|t|re|ve|ll|d)\b)/g;
// Markdown bold around a word ("**550 5.7.1**" in an issue): Gmail's "** Address not found **"
// keeps its spaced asterisks.
const MARKDOWN_BOLD = /\*\*(?=\S)|(?<=\S)\*\*/g;
// A code fence written on the reply's own line (Slack's "```550 Command Rejected```") is a line
// break to the reader: the reply starts where the fence ends.
const INLINE_FENCE = /```(?=[ \t]*[245]\d\d[ -])|(?<=\S)```[ \t]*$/gm;

/**
 * The paste as the server wrote it: out of its JSON string, page source or code-block indent,
 * unquoted, with plain spaces and apostrophes, without markdown bold.
 * @internal
 */
export function asTyped(text: string): string {
  // Windows line ends are line ends: every reader below splits lines on \n alone.
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return plainTyped(rejoinedReplies(undoubled(unquote(asPastedText(lf)))))
    .replace(MARKDOWN_BOLD, '')
    .replace(INLINE_FENCE, '\n');
}

// A bounce's encoded parts are decoded only after `asTyped` ran on the raw message: a forward's
// quoted-printable "doesn=E2=80=99t" becomes the typographic apostrophe there, so each reply the
// bounce reader hands over is made plain again.
function plainTyped(text: string): string {
  return text
    .replace(UNICODE_SPACE, ' ')
    .replace(ZERO_WIDTH, '')
    .replace(TYPOGRAPHIC_APOSTROPHE, "'")
    .replace(TYPOGRAPHIC_QUOTE, '"')
    .replace(QUOTE_AS_APOSTROPHE, "'");
}

/** @internal {@link classify} without the bounce reader: one reply, log line or error object. */
export function classifyReply(input: string | SmtpErrorLike | null | undefined): Diagnosis {
  const reply = parseReply(
    typeof input === 'string' ? focus(withoutData(beforeReturned(plainTyped(input)))) : input,
  );
  const all = candidates(reply);
  const distinct: Candidate[] = [];
  for (const c of all) if (!distinct.some((d) => d.entry.id === c.entry.id)) distinct.push(c);

  const best = distinct[0];
  const confidence = best ? calibrate(best, distinct[1]) : 0;
  const entry = best && confidence >= MIN_CONFIDENCE ? best.entry : null;
  const alternatives = distinct
    .slice(entry ? 1 : 0, (entry ? 1 : 0) + 3)
    .map((c, i, arr) => ({ entry: c.entry, confidence: calibrate(c, arr[i + 1]) }))
    .filter((a) => a.confidence > 0);
  return {
    entry,
    confidence: entry ? confidence : 0,
    alternatives,
    reply,
    transient: transientOf(entry, reply),
    originNote: originNoteOf(entry, reply),
    reason: reasonFor(entry, reply.enhancedCode, reply.text, reply.replyCode),
    bounce: null,
  };
}
