import { GOOGLE_NOTICE_SENDER, googleLayout, webViewHeader } from './google-notice.js';
import { type Forwarded, forwardedBlock } from './forwarded.js';
import {
  decodeBody,
  decodeWords,
  htmlToText,
  leafParts,
  type MimePart,
  mediaType,
  splitMessage,
} from './mime.js';

/** Which kind of notice a bounce is, by its structure. */
export type BounceFormat =
  /** Gmail's or Google Workspace's own notice (mailer-daemon@googlemail.com), any language. */
  | 'gmail'
  /** Google Groups' rejection ("the group you tried to contact …", moderation, spam holds). */
  | 'google-groups'
  | 'postfix'
  | 'exim'
  | 'sendmail'
  | 'qmail'
  /** Any other RFC 3464 `multipart/report` (Exchange, hosted senders, …). */
  | 'dsn'
  /** Recognised as a bounce by its wording only. */
  | 'text';

/** One recipient a bounce reports on. */
export interface BounceRecipient {
  /** The address, or `null` when the notice does not name it. */
  recipient: string | null;
  /** RFC 3464 Action: `failed`, `delayed`, … (inferred from the wording when there is no report part). */
  action: string | null;
  /** RFC 3464 Status (`5.1.1`), or `null`. */
  status: string | null;
  /** The remote server's reply (Diagnostic-Code without its `smtp;` type), unfolded, or `null`. */
  diagnosticCode: string | null;
  /** The server that gave the reply (Remote-MTA, or the host a notice names), or `null`. */
  remoteMta: string | null;
  /** The human-readable part of the notice about this recipient. */
  notice: string;
}

/** What {@link readBounce} reads out of a whole bounce message. */
export interface Bounce {
  format: BounceFormat;
  /** The notice's Subject header, or `null` for a paste without headers. */
  subject: string | null;
  /** The human-readable notice, without the returned original message (cut to 8 KB). */
  notice: string;
  /** Every recipient the notice reports on, failed ones first. */
  recipients: BounceRecipient[];
}

const MAX_NOTICE = 8 * 1024;
const MAX_RECIPIENTS = 100;

/**
 * Where the returned original message begins in a flattened notice: nothing after it is the notice.
 * Also qmail's notice as EarthLink words it ("A copy of the original message below this line:"), so
 * a list's rejection inside the returned message is not read as the notice's cause (LABELLING.md §1; lex9).
 * @internal
 */
export const ORIGINAL =
  /^[ \t]*(?:-{2,} ?Original message ?-{2,}|-{2,} ?Message header follows ?-{2,}|-{3,} ?This is a copy of the message|-{3,} ?Below this line is a copy of the message|-{2,} ?Original message headers ?-{2,}|-{3,} ?The header of the original message is following|Content-Type: message\/rfc822|Content-Type: text\/rfc822-headers|-{2,} ?Mensaje original ?-{2,}|-{2,} ?Message d['’]origine ?-{2,}|-{2,} ?Ursprüngliche Nachricht ?-{2,}|Original message follows\.?[ \t]*$|A copy of the original message below this line:?[ \t]*$)/im;

// A bounce by its sender or subject (headers), or by the wording MTAs have used for decades.
// Also the heading sentences of Gmail's delay notice ("Delivery incomplete … There was a temporary
// problem delivering your message to …"), of Exim's delay warning and of Yahoo's notice. An apostrophe may be the typographic
// one (U+2019): Gmail's web view and mail clients' copies write "wasn’t", "couldn’t".
const BOUNCE_FROM = /mailer-daemon|postmaster@|mail delivery (?:subsystem|system)/i;
const BOUNCE_SUBJECT =
  /delivery status notification|undeliver|returned mail|mail delivery failed|delivery failure|failure notice|non[- ]?delivery|message not delivered|address not found|message blocked|could not be delivered|warning: could not send|delayed mail|warning: message \S+ delayed/i;
/** A bounce's own wording (see above), read by {@link looksLikeBounce}. @internal */
export const BOUNCE_TEXT =
  /^Final-Recipient:|Delivery to the following recipients? (?:failed|has been delayed)|wasn['’]t delivered to|has been blocked\. |couldn['’]t be delivered to|This is the mail system at host|This message was created automatically by mail delivery software|The following addresses had permanent fatal errors|This is the qmail-send program|I['’]m afraid I wasn['’]t able to deliver your message to the following addresses|the group you tried to contact|I['’]m sorry to have to inform you that your message could not|Technical details of (?:permanent|temporary) failure|The response from the remote server was|Your message (?:to .{1,200} )?(?:couldn['’]t|could not|wasn['’]t|was not) (?:be )?delivered|message could not be delivered to one or more|did not accept our requests to connect|This is the MAILER-DAEMON, please DO NOT REPLY|There was a temporary problem delivering your message to|There was a problem delivering your message to [^\n]{1,300}?See the technical details below|Sorry, we were unable to deliver your message to the following address|has not yet been delivered to one or more of its recipients/im;
// Gmail's "Message not delivered" sentence ("There was a problem delivering your message to <a>.
// See the technical details below."), its "Delivery incomplete" one ("There was a temporary
// problem delivering your message to <a>. Gmail will retry for 46 more hours."), and those of
// "Address not found" and "Message blocked" (LABELLING.md §8 reads their pages; the first also in
// Japanese, as a public copy shows it: code-index id 70107621290), the notice's own
// words even when a copy starts below its heading: the labelling guide (§2, §4) reads a Google
// notice with its heading cut off as Google's. Both halves, on one line or flattened: either alone
// is too plain to be Google's.
const GMAIL_NOT_DELIVERED =
  /There was a problem delivering your message to [^\n]{1,300}?See the technical details below|There was a temporary problem delivering your message to [^\n]{1,300}?Gmail will retry|Your message (?:wasn['’]t|was not) delivered to [^\n]{1,300}?because the address couldn['’]t be found,? or is unable to receive e?mail|Your message to [^\n]{1,300}?has been blocked\. See technical details below|アドレスが見つからなかったか、メールを受信できないアドレスであるため/i;
// Google's notices in every language keep the `** heading **` line and a link to Google's help.
const GOOGLE_HEADING = /^\*\* .{2,80} \*\*\s*$/m;
const GOOGLE_NOTICE =
  /support\.google\.com\/(?:mail|a)\b|mailer-daemon@googlemail\.com|googlemail\.com|topic=25838/i;
// Gmail's notice copied from its web view: the heading loses its "** **" and stands on its own
// line right above Gmail's first sentence ("Address not found" / "Your message wasn't delivered to
// …"), a layout no other MTA writes.
// A copy flattened into one paragraph keeps the two side by side on one line; a copy that makes
// each line a paragraph puts a blank line between them.
const GOOGLE_HEADING_COPIED =
  /(?:^|[ \t])(?:Address not found|Message not delivered)[ \t]*(?:\n[ \t]*){0,2}Your message (?:wasn['’]t|was not) delivered to\b/im;
// The line that quotes the remote reply in Gmail's notice since 2020 ("The response was:"): too
// plain to say bounce alone, Google's notice next to Google's notice sender (sisimai's Gmail reader
// takes it, with 2016–2019's "The response from the remote server was:", as Gmail's reply line).
// Not next to Google's help link: every reply of Gmail's own servers carries one.
const GOOGLE_REPLY_INTRO = /^[ \t]*The response was:/m;
// Google's returned-original rule inside a line: a notice flattened into one paragraph (every line
// break lost) keeps "----- Original message -----" between the notice and the returned message.
const ORIGINAL_INLINE = /[ \t]-{5} ?Original message ?-{5}(?:[ \t]|$)/i;
// Google Groups' own notices (not any bounce that mentions a googlegroups.com address).
const GROUPS =
  /group you tried to contact|message rejected by google groups|quota for total number of external recipients|topic\.py\?topic=25838|groups\.google\.com\/support/i;

const EMAIL = /[A-Za-z0-9._%+'=-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

// A forward's subject ("Fwd:", "FW:", "TR:", "WG:", "RV:", "I:", "Enc:", "転送:"): the bounce is inside.
const FORWARD_SUBJECT = /^\s*(?:fwd?|fw|tr|wg|rv|i|enc|doorst|vs|vb|转发|転送)\s*:/i;

/** The first header field `name` of a text, unfolded and RFC 2047-decoded, or `undefined`. */
function headerIn(text: string, name: string): string | undefined {
  const m = new RegExp(`^${name}:(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(text);
  return m ? decodeWords(m[1]!.replace(/\r?\n[ \t]+/g, ' ').trim()) : undefined;
}

/** The sender and subject say bounce: a mailer daemon, and a subject bounces have. */
function bounceHeaders(from: string | undefined, subject: string | undefined): boolean {
  // Google's notice sender sends nothing else, and its subject is in the sender's language.
  if (from && GOOGLE_NOTICE_SENDER.test(from)) return true;
  return !!from && !!subject && BOUNCE_FROM.test(from) && BOUNCE_SUBJECT.test(subject);
}

/** The notice's wording, report part, or Google's markers in a text. */
// A notice's sentences as one line each: a mail client or a forum re-wraps long lines ("… delivered
// to one or more of its\nrecipients after more than 24 hours"), and Exim wraps its own. Read beside
// the text as it is, so line-anchored markers still see their lines.
const joinedLines = (text: string) => text.replace(/[ \t]*\r?\n[ \t]*(?=\S)/g, ' ');

function bounceWords(head: string): boolean {
  if (BOUNCE_TEXT.test(head) || GMAIL_NOT_DELIVERED.test(head)) return true;
  const joined = joinedLines(head);
  if (BOUNCE_TEXT.test(joined) || GMAIL_NOT_DELIVERED.test(joined)) return true;
  if (/^Content-Type:\s*multipart\/report/im.test(head) && /report-type="?delivery-status/i.test(head))
    return true;
  if (GOOGLE_REPLY_INTRO.test(head) && GOOGLE_NOTICE_SENDER.test(head)) return true;
  if (GOOGLE_HEADING.test(head) && GOOGLE_NOTICE.test(head)) return true;
  // A double-spaced copy splits a notice's sentence across paragraphs ("your message\n\ncould not
  // be delivered"): its lines put back, the sentence reads again.
  const undone = undoubled(head);
  if (undone === head) return false;
  const rejoined = joinedLines(undone);
  return BOUNCE_TEXT.test(rejoined) || GMAIL_NOT_DELIVERED.test(rejoined);
}

/** A forward nests at most this deep (a forward of a forward of a bounce). */
const MAX_FORWARDS = 3;

/**
 * The forwards' header blocks above a notice, outermost first (a forward of a forward has two),
 * down to the notice's own: the first whose sender is a mailer daemon, else the deepest whose text
 * still has a bounce's wording. A block after the notice's wording or Google's heading has begun,
 * or one no bounce follows (a notice's returned original under "Mensaje original"), is none.
 */
function forwardsAbove(text: string): Forwarded[] {
  const chain: Forwarded[] = [];
  let rest = text;
  for (let i = 0; i < MAX_FORWARDS; i++) {
    const f = forwardedBlock(rest);
    if (!f || bounceWords(rest.slice(0, f.index))) break;
    chain.push(f);
    rest = f.body;
  }
  let own = chain.findIndex((f) => BOUNCE_FROM.test(f.from));
  if (own === -1)
    for (let i = chain.length - 1; i >= 0 && own === -1; i--) if (bounceWords(chain[i]!.body)) own = i;
  return chain.slice(0, own + 1);
}

/**
 * A person's forward of (or reply to) a bounce: a forwarded header block names a mailer daemon and
 * a bounce subject (a reply's attribution names no subject: the message's own, "Re: …", stands).
 */
function forwardedBounce(text: string, subject: string | undefined): boolean {
  return forwardsAbove(text).some(
    (f) => BOUNCE_FROM.test(f.from) && BOUNCE_SUBJECT.test(f.subject ?? subject ?? ''),
  );
}

/**
 * Whether a text is a whole bounce message or a paste of its notice, rather than one reply line.
 * Cheap: a few anchored searches. Only a message whose sender or subject hints at a bounce (or a
 * forward) and whose text is encoded (base64, quoted-printable, HTML) or forwarded is decoded.
 */
export function looksLikeBounce(text: string): boolean {
  return bounceLike(text, 0);
}

function bounceLike(text: string, depth: number): boolean {
  const head = text.length > 16_384 ? text.slice(0, 16_384) : text;
  if (bounceWords(head)) return true;
  // A copy of Gmail's web view names the sender in the view's own lines, not a header field.
  const from = webViewHeader(head)?.from ?? headerIn(head, 'From');
  const subject = headerIn(head, 'Subject');
  if (bounceHeaders(from, subject)) return true;
  if (forwardedBounce(head, subject)) return true;
  // Encoded text parts and attached messages, only when the headers hint at a bounce or a forward.
  if (
    !(from && BOUNCE_FROM.test(from)) &&
    !(subject && (BOUNCE_SUBJECT.test(subject) || FORWARD_SUBJECT.test(subject)))
  )
    return false;
  const root = splitMessage(head);
  if (root.headers.size === 0) return false;
  for (const part of textLeaves(root)) {
    const plain = mediaType(part) === 'text/html' ? htmlToText(decodeBody(part)) : decodeBody(part);
    if (plain !== part.body || mediaType(part) === 'text/html')
      if (bounceWords(plain) || forwardedBounce(plain, subject)) return true;
  }
  return depth < MAX_ATTACHED && attachedMessage(root, depth + 1) !== null;
}

/** The text/plain and text/html leaves of a message (the root itself when it is no multipart). */
function textLeaves(root: MimePart): MimePart[] {
  const leaves = mediaType(root).startsWith('multipart/') ? leafParts(root) : [root];
  return leaves.filter((p) => {
    const type = mediaType(p);
    return type === 'text/plain' || type === 'text/html';
  });
}

/**
 * A paste inside a code block (Slack sends ```` ```text``` ````, Markdown ```` ```\ntext\n``` ````):
 * the text inside the first fence when it is a bounce, else the text as it is. A message (text that
 * begins with a header) is never unfenced: a mailbox's messages are read as they are.
 * @internal
 */
export function unfenced(text: string): string {
  const open = text.indexOf('```');
  if (open === -1 || /^[A-Za-z0-9][A-Za-z0-9-]*:/.test(text)) return text;
  // A bounce that quotes a code block of its own is read as it is.
  if (bounceWords(text.slice(0, open))) return text;
  const start = open + 3;
  const close = text.lastIndexOf('```');
  // The info string of a Markdown fence (```text, ```eml) is no part of the paste.
  const inner = text
    .slice(start, close > start ? close : text.length)
    .replace(/^(?:text|txt|eml|email|mail|plain|log|console|shell|bash)?[ \t]*\r?\n/i, '');
  return looksLikeBounce(inner) ? inner : text;
}

/**
 * The notice without the returned original message. The marker is looked for after the notice
 * begins: a bounce forwarded by a person starts with their client's own "Original Message" line.
 */
function beforeOriginal(text: string): string {
  const start = BOUNCE_TEXT.exec(text)?.index ?? 0;
  const rest = text.slice(start);
  const cut = ORIGINAL.exec(rest) ?? ORIGINAL_INLINE.exec(rest);
  return cut ? text.slice(0, start + cut.index) : text;
}

// A bounce forwarded as an attachment nests one message in another; deeper nesting is no forward.
const MAX_ATTACHED = 3;

/**
 * A bounce a person attached to their own message (Forward as Attachment, a dropped `.eml`): the
 * first `message/rfc822` part of a multipart that is no report, when nothing before it has a
 * bounce's wording (in a bounce, that part is the returned original). The same raw test decides
 * where the scanner's fast path stops reading (notice-key.ts).
 */
function attachedMessage(root: MimePart, depth: number): string | null {
  const type = mediaType(root);
  if (!type.startsWith('multipart/') || type === 'multipart/report') return null;
  const attached = leafParts(root).find((p) => mediaType(p) === 'message/rfc822');
  if (!attached) return null;
  const at = root.body.indexOf(attached.body);
  if (at === -1 || BOUNCE_TEXT.test(root.body.slice(0, at))) return null;
  const inner = decodeBody(attached).replace(/^\s*\n/, '');
  return bounceLike(inner, depth) ? inner : null;
}

// Any field RFC 3464 puts in a report part (per message or per recipient).
const DSN_FIELD =
  /^(?:Reporting-MTA|Final-Recipient|Original-Recipient|Action|Status|Diagnostic-Code|Remote-MTA|Arrival-Date|Received-From-MTA|Original-Envelope-Id|Last-Attempt-Date|Will-Retry-Until|X-[\w-]+)\s*:/im;

/** The notice and the report part of a message, the original message left out. */
function noticeAndReport(
  text: string,
  depth = 0,
): {
  subject: string | null;
  from: string;
  notice: string;
  report: string;
  headers: Map<string, string>;
} {
  const root = splitMessage(text);
  let subject = root.headers.get('subject') ?? null;
  let from = root.headers.get('from') ?? '';
  const isMime = (root.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/');
  // A forward's header block above the notice names the notice's sender and subject, and the
  // notice is what follows it. Only a block before the notice's own wording: one further down is
  // part of the returned original.
  const forwarded = (body: string): string => {
    const blocks = forwardsAbove(body);
    const inner = blocks[blocks.length - 1];
    if (!inner) return body;
    // The innermost block is the notice's own; a subject only an outer one gives is still the notice's.
    from = inner.from;
    subject = [...blocks].reverse().find((f) => f.subject !== null)?.subject ?? subject;
    return inner.body;
  };
  // A copy of Gmail's web view: its sender line is the notice's sender, its body the notice.
  const view = root.headers.size === 0 ? webViewHeader(text) : null;
  if (view) {
    from = view.from;
    const notice = beforeOriginal(forwarded(view.body));
    return { subject, from, notice, report: notice, headers: root.headers };
  }
  if (!isMime) {
    // A paste flattened by a mail client ("From: Mail Delivery Subsystem Sent: … Subject: … Hello …,
    // We're writing …" on one line) opens with a header line that swallows the whole notice and leaves
    // no body: the notice is then in the values of the headers a person copies (from, to, subject).
    const body = decodeBody(root) || flattenedNotice(root.headers);
    const plain = forwarded(mediaType(root) === 'text/html' ? htmlToText(body) : body);
    const notice = beforeOriginal(plain);
    // A flattened paste keeps its report fields inside the notice text.
    return { subject, from, notice, report: notice, headers: root.headers };
  }
  const attached = depth < MAX_ATTACHED ? attachedMessage(root, depth + 1) : null;
  if (attached) return noticeAndReport(attached.replace(/\r\n?/g, '\n'), depth + 1);
  const texts: string[] = [];
  const htmls: string[] = [];
  const reports: string[] = [];
  for (const part of leafParts(root)) {
    const type = mediaType(part);
    const isReport =
      type === 'message/delivery-status' ||
      type === 'message/global-delivery-status' ||
      type === 'text/delivery-status';
    // A report part that holds no report field is the notice under the wrong type (InterMail's
    // "This Message was undeliverable due to the following reason:" sent as message/delivery-status):
    // its sentences are the notice's.
    const body = isReport || type === 'text/plain' ? decodeBody(part) : '';
    if (isReport && (DSN_FIELD.test(body) || !body.trim())) reports.push(body);
    else if (type === 'text/plain' || isReport) texts.push(body);
    else if (type === 'text/html') htmls.push(htmlToText(decodeBody(part)));
  }
  const body = forwarded((texts.length ? texts : htmls).join('\n'));
  const notice = beforeOriginal(body);
  return {
    subject,
    from,
    notice,
    report: reports.length ? reports.join('\n\n') : notice,
    headers: root.headers,
  };
}

/**
 * The notice of a flattened paste whose every line break was lost: the value of the copied header
 * (from, to or subject; the ones the scanner's fast path keeps) that holds a bounce's wording, or ''.
 */
// Twice the 78 characters RFC 5322 asks a header line to keep to: a value this long that reads like
// a bounce is a notice that lost its line breaks, not a header.
const FLATTENED_HEADER = 2 * 78;

const INLINE_GOOGLE_HEADING = /\*\* [^*\n]{2,80} \*\*/;

function flattenedNotice(headers: Map<string, string>): string {
  for (const name of ['from', 'subject', 'to']) {
    const value = headers.get(name) ?? '';
    if (value.length <= FLATTENED_HEADER) continue;
    // Google's notice in any language: its sender and its `** heading **` in the one line.
    if (BOUNCE_TEXT.test(value) || (GOOGLE_NOTICE_SENDER.test(value) && INLINE_GOOGLE_HEADING.test(value)))
      return value;
  }
  return '';
}

function stripType(value: string): string {
  return value.replace(/^\s*[A-Za-z0-9-]+\s*;\s*/, '').trim();
}

function cleanAddress(value: string): string | null {
  const m = EMAIL.exec(value.replace(/\[email\]|\[\/email\]/gi, ' '));
  return m ? m[0].replace(/^[.'=]+|[.'=]+$/g, '').toLowerCase() : null;
}

const FIELD = /^([A-Za-z][A-Za-z-]*):[ \t]*(.*)$/;

/** The per-recipient groups of an RFC 3464 report (or report fields flattened into a paste). */
const INDENTED_FIELD =
  /^[ \t]{1,2}(?:Final-Recipient|Original-Recipient|Action|Status|Diagnostic-Code|Remote-MTA|Reporting-MTA|Arrival-Date|Received-From-MTA|Last-Attempt-Date|Will-Retry-Until)[ \t]*:/i;

function reportGroups(report: string): BounceRecipient[] {
  if (!/^\s*(?:Final|Original)-Recipient:/im.test(report)) return [];
  type Group = BounceRecipient & { seen: Set<string> };
  const out: Group[] = [];
  const fresh = (): Group => {
    const g: Group = {
      recipient: null,
      action: null,
      status: null,
      diagnosticCode: null,
      remoteMta: null,
      notice: '',
      seen: new Set(),
    };
    out.push(g);
    return g;
  };
  const PER_RECIPIENT = new Set([
    'final-recipient',
    'original-recipient',
    'action',
    'status',
    'diagnostic-code',
    'remote-mta',
  ]);
  let cur: Group | undefined;
  let last: string | null = null;
  for (const raw of report.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) {
      last = null;
      continue;
    }
    // An indented line is a folded continuation, unless it is one of the report's own fields set
    // in by a copy (an HTML view turned back into text puts a space before each line).
    const setIn = INDENTED_FIELD.test(line);
    const m = FIELD.exec(setIn ? line.trimStart() : line);
    if (!m || (!setIn && /^[ \t]/.test(line))) {
      // A folded continuation (indented, or a flattened Diagnostic-Code that lost its indent).
      if (cur && last === 'diagnostic-code')
        cur.diagnosticCode = `${cur.diagnosticCode ?? ''} ${line.trim()}`.trim();
      continue;
    }
    const name = m[1]!.toLowerCase();
    const value = m[2]!;
    last = name;
    if (!PER_RECIPIENT.has(name)) continue;
    // A field seen again starts the next recipient (Postfix writes Final- before Original-Recipient,
    // RFC 3464 the other way round; a flattened paste may have lost the blank lines between groups).
    if (!cur || cur.seen.has(name)) {
      if (out.length >= MAX_RECIPIENTS) break;
      cur = fresh();
    }
    cur.seen.add(name);
    if (name === 'final-recipient') cur.recipient = cleanAddress(stripType(value));
    else if (name === 'action') cur.action = value.trim().toLowerCase().split(/\s/)[0] ?? null;
    else if (name === 'status') cur.status = /[245]\.\d{1,3}\.\d{1,3}/.exec(value)?.[0] ?? null;
    else if (name === 'diagnostic-code') cur.diagnosticCode = stripType(value) || null;
    else if (name === 'remote-mta') cur.remoteMta = stripType(value) || null;
  }
  return out
    .filter((g) => g.recipient !== null || g.status !== null || g.diagnosticCode !== null)
    .map(({ seen: _, ...g }) => g);
}

// The line that introduces one recipient in an MTA's notice: Postfix `<a@b>: host … said: …`,
// qmail `<a@b>:`, sendmail `<a@b>` / `a@b... User unknown`, Exim's indented `  a@b`.
// A list of failures written as bullets ("* <a@b>: …", "* 4.1.2 <a@b>: …", as people sum up two
// bounces) starts a recipient the same way.
const RECIPIENT_HEAD =
  /^[ \t]*(?:[*-] (?:[245]\.\d{1,3}\.\d{1,3} )?)?<?([A-Za-z0-9._%+'=-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>?(?: \(expanded from <[^>]*>\))?(?::(.*)|\.{3}(.*)|[ \t]*)$/;

// The line before the sender's address in Exim's notice ("A message sent by").
const SENT_BY = /\bsent by\s*$/i;

/** Recipients named at the head of a block of an MTA's notice, each with its block. */
function textBlocks(notice: string): { recipient: string; block: string }[] {
  const lines = notice.split('\n');
  const out: { recipient: string; block: string }[] = [];
  let previous = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const m = RECIPIENT_HEAD.exec(line);
    const before = previous;
    if (line.trim()) previous = line;
    if (!m) continue;
    // Exim's "A message sent by\n\n  <sender>\n\ncould not be delivered …" names the sender, not a recipient.
    if (SENT_BY.test(before)) continue;
    const block = [lines[i]!];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!.replace(/\r$/, '');
      if (!l.trim()) {
        // Gmail's old notice: the address stands alone, its details follow after a blank line.
        if (block.length === 1 && !m[2] && !m[3]) continue;
        // A line that introduces what follows (Domino's "because:") continues past the blank line.
        if (block.length > 1 && /:\s*$/.test(block[block.length - 1]!)) continue;
        break;
      }
      if (RECIPIENT_HEAD.test(l) && block.length > 1) break;
      block.push(l);
    }
    out.push({ recipient: m[1]!.toLowerCase(), block: block.join('\n') });
    i = j - 1;
    if (out.length >= MAX_RECIPIENTS) break;
  }
  return out;
}

// Where an MTA's notice quotes the remote server's reply. Exim's refusal at the greeting keeps its
// "after initial connection:": a refusal before any message is seen reads as a block (reason-words.ts).
// Exchange 2007-2013 quotes it in single quotes after "Remote Server returned", which may begin with
// no reply code when the server wrapped it (a Gmail reply's continuation lines); its own refusals
// come between "#" and "##" after the generating host ("mx.example.net #550 5.1.1 RESOLVER… ##").
const QUOTES =
  /(?:\bsaid:|Remote Server returned '(?=[^'\n]{8})|(?<=\S) #(?=[45]\d\d[ -][^\n]{0,400}?##)|Remote host said:|The error that the other server returned was:|The response from the remote server was:|The response was:|\(reason: |SMTP error from remote mail server (?=after initial connection:)|SMTP error from remote mail server after [^:]*:(?:<[^>]*>:)?|<<< (?=[45]\d\d))\s*([\s\S]+)/i;

/**
 * The notice in its writer's own words: everything before the remote server's quoted reply (Gmail's
 * "The response from the remote server was:", Postfix's "said:" …). Pages for Gmail's notices
 * match these words; the quoted reply is classified on its own.
 */
export function ownWords(notice: string): string {
  const m = QUOTES.exec(notice);
  return m ? notice.slice(0, m.index + m[0].length - m[1]!.length) : notice;
}

function diagnosticIn(block: string): string | null {
  const m = QUOTES.exec(block);
  if (!m) return null;
  return (
    m[1]!
      .split(/\n[ \t]*\n|\nLearn more|\nGiving up on/)[0]!
      .replace(/\s+/g, ' ')
      .replace(/\s*##\s*$/, '')
      .replace(/[)']\s*$/, '')
      .trim()
      .slice(0, 2000) || null
  );
}

function remoteMtaIn(block: string): string | null {
  return (
    /\bhost ([A-Za-z0-9.-]+\.[A-Za-z]{2,})[\s[]/.exec(block)?.[1] ??
    /by the server for the recipient domain [^ ]+ by ([A-Za-z0-9.-]+)/.exec(block)?.[1] ??
    // "The message could not be delivered, the mail server at mx.example.com [192.0.2.1] said:"
    /\bthe mail server at ([A-Za-z0-9.-]+\.[A-Za-z]{2,})[\s[]/.exec(block)?.[1] ??
    null
  );
}

// sendmail names the server it talked to in the transcript, apart from the recipient's own lines:
// "... while talking to gmail-smtp-in.l.google.com.:" then ">>> RCPT To:<user@example.com>"
// (deliver.c). The section that names the recipient, or the only one, is that recipient's server.
function talkingTo(notice: string, recipient: string | null): string | null {
  const sections = notice.split(/^\.\.\. while talking to /m).slice(1);
  const own =
    sections.length === 1
      ? sections[0]
      : sections.find((s) => recipient !== null && s.toLowerCase().includes(recipient.toLowerCase()));
  return own ? (/^([A-Za-z0-9.-]+\.[A-Za-z]{2,})\.?:/.exec(own)?.[1] ?? null) : null;
}

const DELAYED =
  /has been delayed|has not yet been delivered|will be retried|WARNING MESSAGE ONLY|Delivery incomplete|temporary failure|still being retried|not yet been delivered|Delayed Mail|Delivery Status Notification \(Delay\)/i;

function formatOf(from: string, subject: string | null, notice: string, report: string): BounceFormat {
  const head = notice.slice(0, 4096);
  const all = `${from}\n${subject ?? ''}\n${head}\n${joinedLines(head)}`;
  if (GROUPS.test(all)) return 'google-groups';
  // The MTA that wrote the notice, before the Google reply it may quote.
  if (/This is the mail system at host|X-Postfix/i.test(`${all}\n${report}`)) return 'postfix';
  if (
    /This message was created automatically by mail delivery software|SMTP error from remote mail server/i.test(
      all,
    )
  )
    return 'exim';
  // qmail-send, and the servers that copy its notice ("Hi. This is the smtp delivery program.").
  if (/This is the qmail-send program|I['’]m afraid I wasn['’]t able to deliver your message/i.test(all))
    return 'qmail';
  if (/permanent fatal errors|Transcript of session follows/i.test(all)) return 'sendmail';
  if (
    /googlemail\.com|support\.google\.com\/mail|Google tried to deliver your message|Technical details of (?:permanent|temporary) failure|following recipients? failed permanently|The response from the remote server was:/i.test(
      all,
    ) ||
    (GOOGLE_HEADING.test(notice) && GOOGLE_NOTICE.test(all)) ||
    googleLayout(notice) ||
    googleLayout(report) ||
    GOOGLE_HEADING_COPIED.test(notice) ||
    GMAIL_NOT_DELIVERED.test(all)
  )
    return 'gmail';
  if (report !== notice || /^Final-Recipient:/im.test(report)) return 'dsn';
  return 'text';
}

// A copy that set each line in its own paragraph (between editors, or from a web page) comes
// double-spaced: the same number of blank lines after every line (one, or two from an HTML
// forward's " " lines), more where the text had a blank line. Returns that number, or 0 when some
// lines stand together or there are too few to tell.
const MIN_DOUBLED = 6;
function lineGap(lines: readonly string[]): number {
  let content = 0;
  let gap = Number.POSITIVE_INFINITY;
  let run = -1;
  for (const line of lines) {
    if (line.trim()) {
      if (run === 0) return 0;
      if (run > 0) gap = Math.min(gap, run);
      content++;
      run = 0;
    } else if (run >= 0) run++;
  }
  return content >= MIN_DOUBLED && Number.isFinite(gap) ? gap : 0;
}

/**
 * A double-spaced copy (each line pasted as a paragraph of its own, so no line is next to another)
 * leaves a notice's paragraphs and a multi-line reply as one-line paragraphs. Such a text (at
 * least six lines) gets its lines back: the usual run of blank lines between two lines becomes a
 * line break, a longer one a blank line. Any other text is returned as it is.
 * @internal
 */
export function undoubled(text: string): string {
  const lines = text.split('\n');
  const gap = lineGap(lines);
  if (gap === 0) return text;
  const out: string[] = [];
  let run = 0;
  for (const line of lines) {
    if (!line.trim()) {
      run++;
      continue;
    }
    if (out.length > 0 && run > gap) out.push('');
    out.push(line);
    run = 0;
  }
  // The trailing break is kept when the text's trailing white space holds one; a `\n\s*$` test
  // would rescan every later blank line from each line break (quadratic on a run of them).
  return `${out.join('\n')}${text.slice(text.trimEnd().length).includes('\n') ? '\n' : ''}`;
}

/**
 * A forwarded or replied-to bounce quotes every line ("> 550-5.7.1 …", "> > …"): the reader and
 * Gmail's multi-line replies need the lines as they were, so a quote marker on (nearly) every
 * line is taken off, as many levels as there are.
 * @internal
 */
export function unquote(text: string): string {
  let t = text;
  for (let level = 0; level < 4; level++) {
    const lines = t.split('\n');
    const filled = lines.filter((l) => l.trim() !== '');
    if (filled.length < 2) return t;
    const quoted = filled.filter((l) => /^[ \t]*>/.test(l)).length;
    if (quoted < filled.length * 0.8) return t;
    t = lines.map((l) => l.replace(/^[ \t]*> ?/, '')).join('\n');
  }
  return t;
}

/**
 * Reads a whole bounce message: RFC 5322 with or without headers, MIME (`multipart/report`) or
 * flattened by a mail client's copy-paste, from Gmail, Google Workspace, Google Groups, Postfix,
 * Exim, sendmail, qmail or any RFC 3464 reporter; also as people hand it over: forwarded inline
 * (the forwarded block's From and Subject are the notice's), attached as `message/rfc822`, inside a
 * code fence, or re-encoded (base64, quoted-printable, `format=flowed`, any charset, RFC 2047
 * headers). Returns each recipient with its Action, Status, Diagnostic-Code, Remote-MTA and the
 * human-readable notice about it, or `null` when the text is not a bounce. Pure and never throws.
 *
 * @example
 * const b = readBounce(rawEml);
 * b?.recipients[0]?.status; // '5.1.1'
 */
export function readBounce(text: string): Bounce | null {
  if (typeof text !== 'string' || !text) return null;
  const pasted = unfenced(text);
  if (!looksLikeBounce(pasted)) return null;
  const src = undoubled(pasted.includes('\r') ? pasted.replace(/\r\n?/g, '\n') : pasted);
  const { subject, from, notice: rawNotice, report, headers } = noticeAndReport(src);
  // A notice quoted whole inside a forward or reply ("> <user@…>: host … said: 500 …" under a
  // forwarded header block) is read without its quote markers, as a pasted one is.
  // A double-spaced notice under a forward's own lines is told apart only once they are cut off.
  const notice = undoubled(unquote(rawNotice.trim())).slice(0, MAX_NOTICE);
  const format = formatOf(from, subject, notice, report);
  const delayedNotice = DELAYED.test(`${subject ?? ''}\n${joinedLines(notice.slice(0, 2048))}`);

  let recipients = reportGroups(report);
  const blocks = textBlocks(notice).filter((b) => !from.toLowerCase().includes(b.recipient));
  if (recipients.length === 0 && blocks.length > 0 && format !== 'gmail' && format !== 'google-groups') {
    const seen = new Map<string, BounceRecipient>();
    for (const b of blocks) {
      const diagnostic = diagnosticIn(b.block);
      const earlier = seen.get(b.recipient);
      if (earlier) {
        // Exchange names each recipient twice: in its human text ("A problem occurred during the
        // delivery …") and again under "Diagnostic information for administrators", where the
        // remote server's reply is. The second block then holds this recipient's reply.
        if (!earlier.diagnosticCode && diagnostic) {
          earlier.diagnosticCode = diagnostic;
          earlier.status = /\b[45]\.\d{1,3}\.\d{1,3}\b/.exec(diagnostic)?.[0] ?? earlier.status;
          earlier.remoteMta = earlier.remoteMta ?? remoteMtaIn(b.block);
          earlier.notice = `${earlier.notice}\n\n${b.block.trim()}`;
        }
        continue;
      }
      const r: BounceRecipient = {
        recipient: b.recipient,
        action: delayedNotice ? 'delayed' : 'failed',
        // A failure's status (class 4 or 5): a transcript's "250 2.1.5 Recipient ok" before the
        // refusal is a success, not this recipient's status.
        status: /\b[45]\.\d{1,3}\.\d{1,3}\b/.exec(diagnostic ?? b.block)?.[0] ?? null,
        diagnosticCode: diagnostic,
        remoteMta: remoteMtaIn(b.block),
        notice: b.block.trim(),
      };
      seen.set(b.recipient, r);
      recipients.push(r);
    }
    // One recipient whose block quotes no reply, in a notice that states the cause above the address
    // ("This Message was undeliverable due to the following reason: … over quota. <a@b>"): the
    // notice's own sentence is that recipient's cause, so the recipient is read with the whole notice.
    const [only, second] = recipients as BounceRecipient[];
    if (only && !second && !only.diagnosticCode && !only.status) only.notice = notice.trim();
  }
  if (recipients.length === 0) {
    // Gmail and Groups report one recipient per notice: named in a header or in the notice's first lines.
    const named =
      cleanAddress(headers.get('x-failed-recipients') ?? '') ??
      cleanAddress(
        /(?:delivered to|Your message to|following recipients?[^:\n]*:\s*)\s*(?:<a[^>]*>)?\s*\[?(?:email\])?([^\s<>]+@[^\s<>]+)/i.exec(
          notice,
        )?.[1] ?? '',
      ) ??
      blocks[0]?.recipient ??
      null;
    recipients = [
      {
        recipient: named,
        action: delayedNotice ? 'delayed' : 'failed',
        status: null,
        diagnosticCode: diagnosticIn(notice),
        remoteMta: remoteMtaIn(notice),
        notice,
      },
    ];
  }
  for (const r of recipients) {
    if (!r.notice) {
      const own = r.recipient ? blocks.find((b) => b.recipient === r.recipient) : undefined;
      r.notice = own && format !== 'gmail' ? own.block.trim() : notice;
    }
    if (!r.diagnosticCode) r.diagnosticCode = diagnosticIn(r.notice);
    if (!r.remoteMta) r.remoteMta = remoteMtaIn(r.notice) ?? talkingTo(notice, r.recipient);
    if (!r.action) r.action = delayedNotice ? 'delayed' : 'failed';
  }
  // Failed first: they are what the sender must act on.
  const rank = (r: BounceRecipient) => (r.action === 'failed' ? 0 : r.action === 'delayed' ? 1 : 2);
  recipients.sort((a, b) => rank(a) - rank(b));
  return { format, subject, notice, recipients: recipients.slice(0, MAX_RECIPIENTS) };
}

/**
 * A message's text as a person reads it, for the classifier of single replies when the message is
 * no bounce: its From and Subject, then its text parts decoded (base64, quoted-printable, any
 * declared charset, HTML to text) and its report parts; a person's forward (a `Fwd:` subject) with
 * the message it attaches read the same way. A text without message headers, or whose parts need
 * no decoding, is returned as it is.
 * @internal
 */
export function readableText(text: string, depth = 0): string {
  const root = splitMessage(text);
  if (root.headers.size === 0) return text;
  const parts = mediaType(root).startsWith('multipart/') ? leafParts(root) : [root];
  let decoded = false;
  const out: string[] = [];
  for (const part of parts) {
    const type = mediaType(part);
    if (
      type === 'message/rfc822' &&
      depth < MAX_ATTACHED &&
      FORWARD_SUBJECT.test(root.headers.get('subject') ?? '')
    ) {
      out.push(readableText(decodeBody(part).replace(/^\s*\n/, ''), depth + 1));
      decoded = true;
      continue;
    }
    if (!/^text\/(?:plain|html|delivery-status)$|^message\/(?:global-)?delivery-status$/.test(type)) continue;
    const body = decodeBody(part);
    const plain = type === 'text/html' ? htmlToText(body) : body;
    if (plain !== part.body) decoded = true;
    out.push(plain);
  }
  if (!decoded) return text;
  const head = ['from', 'subject']
    .filter((h) => root.headers.has(h))
    .map((h) => `${h[0]!.toUpperCase()}${h.slice(1)}: ${root.headers.get(h)}`);
  return `${head.join('\n')}\n\n${out.join('\n')}`;
}
