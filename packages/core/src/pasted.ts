// The shapes a paste arrives in before anyone reads it: logged as a JSON string, copied from a web
// page's source, or indented as a Markdown code block. Each step undoes one shape, only when the
// text is unmistakably in it, in one linear pass; anything else is returned as it is.

import { htmlToText } from './mime.js';

// A JSON string or a language's string literal keeps its line breaks as `\n` escapes and its quotes
// as `\"`. Only a text with no real line break and such an escape is read as one: a real message
// that mentions "\n" keeps it.
const ESCAPED_BREAK = /\\r\\n|\\n|\\r|\\"/;

/** A string logged with escaped line breaks (`{"error":"550 …\n550 …"}`), with them back. */
export function unescapedBreaks(text: string): string {
  if (text.includes('\n') || !ESCAPED_BREAK.test(text)) return text;
  // One pass from left to right, so an escaped backslash before an "n" stays a backslash.
  return text.replace(/\\(r\\n|[nrt"'\\/])/g, (_, c: string) =>
    c === 'n' || c === 'r' || c === 'r\\n' ? '\n' : c === 't' ? '\t' : c,
  );
}

// A page's source opens with a tag and has line tags; MIME messages (also quoted line by line) carry
// their HTML in a part of their own, which the bounce reader turns into text itself.
const OPENING_TAG = /^\s*<(?:!doctype|html|head|body|div|p|pre|table|span|font|br|code|blockquote)\b/i;
const LINE_TAG = /<br\s*\/?>|<\/(?:p|div|li|tr|pre|h[1-6]|blockquote|table)\s*>/gi;
const MIME_HEADER = /^[> \t]*Content-Type:/im;
const LINE_TAG_THEN_BREAK = new RegExp(`(${LINE_TAG.source})[ \\t]*\\r?\\n`, 'gi');

/**
 * A web page's or an HTML mail view's source pasted as it is (`<div>550 5.1.1 &lt;a@b&gt;: …<br>`):
 * its text, as the MIME reader turns an HTML part into text. Needs an opening tag and two line tags,
 * so a reply that quotes a tag is left alone.
 */
export function htmlAsText(text: string): string {
  if (!OPENING_TAG.test(text) || MIME_HEADER.test(text)) return text;
  const lineTags = text.match(LINE_TAG);
  if (!lineTags || lineTags.length < 2) return text;
  // The source's own line break after a line tag is only layout: it would start the next line with a
  // space ("\n ." is no longer the lone dot that ends a transcript's data).
  return htmlToText(text.replace(LINE_TAG_THEN_BREAK, '$1'));
}

/**
 * A paste indented as a whole (a Markdown code block's four spaces or tab, an editor's indent): the
 * indent every non-blank line shares is taken off, so headers and reply lines start their lines again.
 */
export function undented(text: string): string {
  let common: string | null = null;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent === '') return text;
    if (common === null || !indent.startsWith(common)) {
      let n = 0;
      const ref: string = common ?? indent;
      while (n < ref.length && n < indent.length && ref[n] === indent[n]) n++;
      common = ref.slice(0, n);
      if (common === '') return text;
    }
  }
  if (!common) return text;
  const cut = common.length;
  return text
    .split('\n')
    .map((l) => (l.startsWith(common!) ? l.slice(cut) : l.trimStart()))
    .join('\n');
}

/** Every shape above undone, in the order they wrap each other. @internal */
export function asPastedText(text: string): string {
  return undented(htmlAsText(unescapedBreaks(text)));
}

// A reply code with its enhanced code, or the enhanced code alone (smtplib's continuation lines).
const CONTINUED = /^(.{1,80}?)(?<![\w.]|\d{3}[ -])((?:[2-5]\d\d[ -])?[245]\.\d{1,3}\.\d{1,3})(?=[ \t])/;
const DASH_REPLY = /(?<![\w.])([2-5]\d\d)-([245]\.\d{1,3}\.\d{1,3})(?![\w.])/g;
const digitShape = (s: string) => s.replace(/\d/g, '0');

/** The last `NNN-X.Y.Z` on a line: the reply the next line goes on with, if it does. */
function lastDashReply(line: string): string | null {
  let last: string | null = null;
  DASH_REPLY.lastIndex = 0;
  for (let m = DASH_REPLY.exec(line); m; m = DASH_REPLY.exec(line)) last = `${m[1]} ${m[2]}`;
  return last;
}

/**
 * A multi-line reply as a log or a copy hands it over, made whole again:
 * - each line kept the log's prefix (`app-1  | 550-5.7.1 …`, `2024-05-01T10:00:00Z 550-5.7.1 …`),
 *   which would cut the server's sentence at every line: a line that goes on with the previous
 *   line's reply, under a prefix of the same shape as that line's start (digits aside), loses it;
 * - a double-spaced copy put blank lines between the reply's lines (`550-5.7.1 …`, blank,
 *   `550 5.7.1 …`): a reply's lines are never apart, so the blank lines go.
 * Anything else is returned as it is. One pass over the lines.
 * @internal
 */
export function rejoinedReplies(text: string): string {
  if (!text.includes('-') || !text.includes('\n')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let changed = false;
  // The line before as it was pasted: its start is what a prefix is compared with.
  let prev: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (prev !== undefined && !line.trim()) {
      // A run of blank lines between a reply's line and its continuation.
      let j = i;
      while (j < lines.length && !lines[j]!.trim()) j++;
      const reply = lastDashReply(prev);
      const next = j < lines.length ? lines[j]!.trimStart() : '';
      if (reply && (next.startsWith(reply) || next.startsWith(reply.replace(' ', '-')))) {
        changed = true;
        i = j - 1;
        continue;
      }
      for (; i < j; i++) out.push(lines[i]!);
      prev = lines[j - 1];
      i = j - 1;
      continue;
    }
    if (prev !== undefined) {
      const m = CONTINUED.exec(line);
      const prefix = m?.[1];
      // Quote markers are unquote's to take off, all lines at once (a bounce's encoded parts are
      // only unquoted after decoding); taken off the continuation lines alone, they would hide the quote.
      if (m && prefix && !/^[\s>]*$/.test(prefix)) {
        const code = m[2]!;
        const goesOn = /^\d{3}[ -]/.test(code)
          ? prev.includes(`${code.slice(0, 3)}-${code.slice(4)}`)
          : prev.includes(`${code} `);
        if (goesOn && digitShape(prev.slice(0, prefix.length)) === digitShape(prefix)) {
          line = line.slice(prefix.length);
          changed = true;
        }
      }
    }
    out.push(line);
    prev = lines[i];
  }
  return changed ? out.join('\n') : text;
}
