// The shapes a paste arrives in before anyone reads it: logged as a JSON string, copied from a web
// page's source, or indented as a Markdown code block. Each step undoes one shape, only when the
// text is unmistakably in it, in one linear pass; anything else is returned as it is.

import { ENTITIES } from './normalize.js';

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

// HTML's own tags only, so an address in angle brackets (`<user@example.com>`) is never taken for
// one. Line tags end a line; the rest are dropped.
const LINE_TAG = /<br\s*\/?>|<\/(?:p|div|li|tr|pre|h[1-6]|blockquote|table)\s*>/gi;
const HTML_TAG =
  /<\/?(?:html|head|body|meta|title|style|div|p|br|span|pre|code|tt|b|i|u|em|strong|small|big|font|center|table|thead|tbody|tr|td|th|ul|ol|li|blockquote|a|img|hr|h[1-6])(?=[\s/>])[^<>]{0,500}>/gi;
// A MIME message carries its HTML in a part of its own, read by the bounce reader; only a paste
// that is nothing but a page's source is turned into text here.
const MIME_HEADER = /^Content-Type:/im;

/**
 * A web page's or an HTML mail view's source pasted as it is (`<div>550 5.1.1 &lt;a@b&gt;: …<br>`):
 * its text, one line per `<br>` or block, entities decoded. Needs two line tags, so a reply that
 * quotes one tag is left alone.
 */
export function htmlAsText(text: string): string {
  if (MIME_HEADER.test(text)) return text;
  const lineTags = text.match(LINE_TAG);
  if (!lineTags || lineTags.length < 2) return text;
  return text
    .replace(/\r?\n(?=[ \t]*<)/g, '')
    .replace(LINE_TAG, '\n')
    .replace(HTML_TAG, '')
    .replace(/&(?:lt|gt|amp|quot|apos|nbsp|#39|#x27|#34|#60|#62);/g, (m) => ENTITIES[m] ?? m);
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
