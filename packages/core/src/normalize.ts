// Turns any paste into one comparable form. Every step is a single linear pass; none of the
// regular expressions can backtrack on its own output, so a 10 MB line costs what its length costs.

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&apos;': "'",
  '&nbsp;': ' ',
  '&#34;': '"',
  '&#60;': '<',
  '&#62;': '>',
};

const NAMED: Record<string, string> = {
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  ndash: '\u2013',
  mdash: '\u2014',
};

// A numeric character reference's character; none for NUL, surrogates and out-of-range values.
function codePoint(n: number): string | undefined {
  return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : undefined;
}

// A reply code joined to its text by an underscore: the mark of a line whose spaces became underscores.
const QMAIL_UNDERSCORED = /[2-5]\d\d[-_][245]\.\d{1,3}\.\d{1,3}_/;

/**
 * Undo the ways pastes get mangled on their way to us: HTML escaping (web pages, Slack), literal
 * `\r\n` escapes (JSON, Python reprs), quoted-printable soft line breaks (raw bounces) and
 * non-breaking spaces.
 */
export function unmangle(input: string): string {
  let s = input;
  if (s.includes('&')) {
    // Escaped twice (a page that escaped an already escaped reply): "doesn&amp;#39;t".
    s = s.replace(/&amp;(?=(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-z]{2,6});)/g, '&');
    s = s.replace(/&(?:lt|gt|amp|quot|apos|nbsp|#39|#x27|#34|#60|#62);/g, (m) => ENTITIES[m] ?? m);
    // Any other numeric reference ("doesn&#039;t", "doesn&#8217;t", "&#x2019;") and the typographic
    // quotes and dashes by name: the character itself, so the words read as the server wrote them.
    s = s.replace(
      /&#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}));|&([lr]squo|[lr]dquo|ndash|mdash);/g,
      (m, dec, hex, name) =>
        name ? (NAMED[name] ?? m) : (codePoint(dec ? Number(dec) : Number.parseInt(hex, 16)) ?? m),
    );
  }
  if (s.includes('\\')) {
    s = s.replace(/\\r\\n|\\n|\\r|\\t/g, '\n').replace(/\\(["'])/g, '$1');
    s = s
      .replace(/\\u003[cC]/g, '<')
      .replace(/\\u003[eE]/g, '>')
      .replace(/\\u0026/g, '&');
  }
  if (s.includes('=\n') || s.includes('=\r\n')) s = s.replace(/=\r?\n/g, '');
  // Some renderers (issue trackers, search excerpts) show line breaks as a visible arrow.
  if (s.includes('\u21b5')) s = s.replace(/\u21b5/g, '\n');
  // qmail's logs (and servers built on its code) write a reply's spaces as underscores
  // (`Remote_host_said:_550-5.7.1_Our_system_has…`): on such a line they are spaces again.
  if (s.includes('_') && QMAIL_UNDERSCORED.test(s))
    s = s
      .split('\n')
      .map((line) => (QMAIL_UNDERSCORED.test(line) ? line.replace(/_/g, ' ') : line))
      .join('\n');
  return s.replace(/[\u00a0\u2007\u202f]/g, ' ');
}

/**
 * The form phrases are matched against: lower case, reply-code prefixes of every line and of
 * re-wrapped continuation lines removed (`550-5.7.1 `, `535 5.7.8 `), Python byte-string
 * markers dropped, whitespace folded to single spaces.
 */
export function foldForMatch(unmangled: string): string {
  return (
    unmangled
      .toLowerCase()
      // A page that flattened the reply's lines may join them with a slash ("domain's/550-5.7.26 DMARC").
      .replace(/[/|]?\b[2-5]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b/g, ' ')
      // smtplib and some bounces keep only the enhanced code at the start of continuation lines.
      .replace(/(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\w.])/g, ' ')
      .replace(/(^|\n)[ \t]*[2-5]\d\d[ -]/g, '$1')
      .replace(/\bb(['"])/g, '$1')
      // Transcript arrows (`<<< 550-5.7.1 …`, `>>> DATA`) split phrases across lines.
      .replace(/<<<|>>>/g, ' ')
      .replace(/\s+/g, ' ')
  );
}

/** Lower case and fold whitespace: how catalog phrases are stored. */
export function foldPhrase(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').trim();
}
