// A small reader of just the parts of a MIME message that a bounce needs: headers, multipart
// bodies, base64 and quoted-printable text. Well-kept parsers (postal-mime) are asynchronous, and
// classify() is synchronous and runs in browsers, so core reads these few parts itself.

// Every runtime core targets (Node 16+, browsers, edge workers) has atob and TextDecoder; core
// ships no DOM or Node types.
declare const atob: (data: string) => string;
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input: Uint8Array): string;
}

/** One MIME entity: lower-cased header names (first occurrence wins) and its raw body. */
export interface MimePart {
  headers: Map<string, string>;
  body: string;
}

const HEADER_LINE = /^[A-Za-z0-9][A-Za-z0-9-]*:/;
/** How deep multiparts nest before the reader stops descending (bounces use two or three levels). */
const MAX_DEPTH = 6;
const MAX_PARTS = 64;

/**
 * Splits a message into its header block and body. Text that does not begin with a header line
 * (a paste of the notice alone) has no headers. An mbox `From ` separator line is skipped.
 */
export function splitMessage(text: string): MimePart {
  const headers = new Map<string, string>();
  let i = 0;
  if (text.startsWith('From ')) {
    const nl = text.indexOf('\n');
    i = nl === -1 ? text.length : nl + 1;
  }
  const firstEnd = text.indexOf('\n', i);
  const first = text.slice(i, firstEnd === -1 ? text.length : firstEnd);
  if (!HEADER_LINE.test(first)) return { headers, body: text.slice(i) };
  let name: string | null = null;
  let value = '';
  const flush = () => {
    if (name !== null && !headers.has(name)) headers.set(name, decodeWords(value.trim()));
  };
  while (i < text.length) {
    let end = text.indexOf('\n', i);
    if (end === -1) end = text.length;
    const line = text.slice(i, end).replace(/\r$/, '');
    i = end + 1;
    // A line of spaces ends the headers too: pastes keep trailing spaces (a forum's markdown line
    // break, an editor's indent), and read as a fold it would pull the body's first fields in.
    if (line.trim() === '') break;
    if ((line[0] === ' ' || line[0] === '\t') && name !== null) {
      value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || !HEADER_LINE.test(line)) {
      // Not a header: the paste had no blank line between headers and body.
      i -= line.length + 1;
      break;
    }
    flush();
    name = line.slice(0, colon).toLowerCase();
    value = line.slice(colon + 1);
  }
  flush();
  // Report fields (`Final-Recipient:`, `Status:`) look like headers; a paste that starts with them
  // has no message headers at all.
  let known = false;
  for (const h of MESSAGE_HEADERS) if (headers.has(h)) known = true;
  if (!known) return { headers: new Map(), body: text };
  return { headers, body: i < text.length ? text.slice(i) : '' };
}

export const MESSAGE_HEADERS = [
  'from',
  'to',
  'subject',
  'date',
  'received',
  'return-path',
  'message-id',
  'mime-version',
  'content-type',
  'delivered-to',
  'x-failed-recipients',
];

// An RFC 2047 encoded word: `=?charset?B?base64?=` or `=?charset?Q?quoted?=` (charset may carry an
// RFC 2231 `*language` suffix).
const ENCODED_WORD = /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([BbQq])\?([^?\s]*)\?=/g;
// A run of encoded words with only white space between them: that space is not part of the text
// (RFC 2047 §6.2), and a character's bytes may be split across two words of one charset.
const ENCODED_RUN = /=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=(?:[ \t\r\n]+=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)*/g;

/**
 * The bytes (as a latin1 string) of base64 text: line breaks and stray characters skipped, the
 * `=` padding restored where it was cut or dropped, so the last one or two bytes are never lost.
 */
function fromBase64(data: string): string {
  const b64 = data.replace(/[^A-Za-z0-9+/]/g, '');
  const rest = b64.length % 4;
  // One character past a group holds no whole byte; two or three hold one or two.
  return atob(rest === 1 ? b64.slice(0, -1) : rest ? b64 + '='.repeat(4 - rest) : b64);
}

function wordBytes(kind: string, data: string): number[] {
  if (kind === 'B' || kind === 'b') {
    try {
      return Array.from(fromBase64(data), (c) => c.charCodeAt(0));
    } catch {
      return [];
    }
  }
  const out: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === '_') out.push(32);
    else if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(data.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(data.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c.charCodeAt(0) & 0xff);
  }
  return out;
}

/**
 * A header value with its RFC 2047 encoded words decoded (`=?UTF-8?B?…?=`, `=?ISO-8859-1?Q?…?=`,
 * any charset TextDecoder knows; an unknown one is read as UTF-8). Localised notices and mail
 * clients encode Subject and From this way. Text without `=?` is returned as it is.
 */
export function decodeWords(value: string): string {
  if (!value.includes('=?')) return value;
  return value.replace(ENCODED_RUN, (run) => {
    let out = '';
    let charset = '';
    let bytes: number[] = [];
    const flush = () => {
      if (bytes.length) out += bytesToText(Uint8Array.from(bytes), charset);
      bytes = [];
    };
    ENCODED_WORD.lastIndex = 0;
    for (let m = ENCODED_WORD.exec(run); m; m = ENCODED_WORD.exec(run)) {
      const cs = m[1]!.toLowerCase();
      if (cs !== charset) flush();
      charset = cs;
      bytes.push(...wordBytes(m[2]!, m[3]!));
    }
    flush();
    return out;
  });
}

/** A parameter of a structured header (`boundary`, `charset`), unquoted. */
export function headerParam(value: string | undefined, param: string): string | null {
  if (!value) return null;
  const m = new RegExp(`(?:^|;)\\s*${param}\\*?=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** The media type of a part, lower case, `text/plain` when absent (RFC 2045). */
export function mediaType(part: MimePart): string {
  const ct = part.headers.get('content-type');
  return ct ? (ct.split(';')[0] ?? '').trim().toLowerCase() : 'text/plain';
}

function bytesToText(bytes: Uint8Array, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** Decodes a part's body by its Content-Transfer-Encoding and charset, then unflows it. Never throws. */
export function decodeBody(part: MimePart): string {
  const type = part.headers.get('content-type');
  const text = decodeCharset(part);
  // RFC 3676: Thunderbird and other clients send plain text wrapped at 72 columns, each soft break a
  // trailing space; a reply wrapped so must be read on one line again.
  return /^\s*text\/plain/i.test(type ?? '') && /^flowed$/i.test(headerParam(type, 'format') ?? '')
    ? unflow(text, /^yes$/i.test(headerParam(type, 'delsp') ?? ''))
    : text;
}

function decodeCharset(part: MimePart): string {
  const cte = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase().trim();
  const charset = headerParam(part.headers.get('content-type'), 'charset');
  if (cte === 'base64') {
    try {
      return bytesToText(latin1Bytes(fromBase64(part.body)), charset);
    } catch {
      return part.body;
    }
  }
  if (cte === 'quoted-printable') {
    const raw = part.body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return /[\x80-\xff]/.test(raw) ? bytesToText(latin1Bytes(raw), charset) : raw;
  }
  // 7-bit ISO-2022-JP (Japanese mail's usual form) and 8-bit text read byte for byte (Latin-1) are
  // still in their charset; text already decoded (any character above U+00FF) is left as it is.
  if (charset && !/^(?:utf-?8|us-ascii|ascii)$/i.test(charset) && !/[^\x00-\xff]/.test(part.body))
    return /[\x1b\x80-\xff]/.test(part.body) ? bytesToText(latin1Bytes(part.body), charset) : part.body;
  // 8-bit UTF-8 read byte for byte (a mailbox's bytes): decoded only when the bytes are valid UTF-8,
  // so text that is already decoded ("distribué" in a string) stays as it is.
  if (
    charset &&
    /^utf-?8$/i.test(charset) &&
    /[\x80-\xff]/.test(part.body) &&
    !/[^\x00-\xff]/.test(part.body)
  ) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(latin1Bytes(part.body));
    } catch {
      return part.body;
    }
  }
  return part.body;
}

/**
 * `format=flowed` text (RFC 3676) as it was typed: a line ending in a space continues on the next
 * line of the same quote depth; the space stuffed before a line that starts with a space, `>` or
 * `From ` is taken off; with `DelSp=yes` the soft break's space goes too.
 */
export function unflow(text: string, delSp: boolean): string {
  const out: string[] = [];
  let open: { depth: number; text: string } | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const depth = /^>*/.exec(line)![0].length;
    let content = line.slice(depth);
    if (content.startsWith(' ')) content = content.slice(1);
    const soft = content.endsWith(' ') && content !== '-- ';
    if (open && open.depth === depth) open.text += content;
    else {
      if (open) out.push(`${'>'.repeat(open.depth)}${open.depth ? ' ' : ''}${open.text}`);
      open = { depth, text: content };
    }
    if (soft) {
      if (delSp) open.text = open.text.slice(0, -1);
      continue;
    }
    out.push(`${'>'.repeat(open.depth)}${open.depth ? ' ' : ''}${open.text}`);
    open = null;
  }
  if (open) out.push(`${'>'.repeat(open.depth)}${open.depth ? ' ' : ''}${open.text}`);
  return out.join('\n');
}

/**
 * Every leaf part of a message, in order, descending into multiparts. `message/rfc822` parts are
 * leaves: the returned original message is not read as part of the notice.
 */
export function leafParts(root: MimePart): MimePart[] {
  const out: MimePart[] = [];
  const walk = (part: MimePart, depth: number) => {
    if (out.length >= MAX_PARTS) return;
    const type = mediaType(part);
    const boundary = headerParam(part.headers.get('content-type'), 'boundary');
    if (!type.startsWith('multipart/') || !boundary || depth >= MAX_DEPTH) {
      out.push(part);
      return;
    }
    const delimiter = `--${boundary}`;
    const pieces = part.body.split(delimiter);
    // pieces[0] is the preamble; a piece starting with `--` is the epilogue after the close.
    for (let k = 1; k < pieces.length; k++) {
      const piece = pieces[k]!;
      if (piece.startsWith('--')) break;
      const child = splitMessage(piece.replace(/^[ \t]*\r?\n/, ''));
      walk(child, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

/** Text of an HTML part: tags dropped, line breaks kept, the common entities undone. */
export function htmlToText(html: string): string {
  return (
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
      // A line break in the source is white space; only `<pre>` keeps its own (as `<br>`s).
      .replace(/<pre\b[^>]*>([\s\S]*?)<\/pre>/gi, (_, pre: string) => `${pre.replace(/\r?\n/g, '<br>')}<br>`)
      .replace(/\r?\n/g, ' ')
      .replace(/<br\s*\/?>|<\/(?:p|div|tr|li|h\d|table)>/gi, '\n')
      // A rule is where Outlook's HTML forward begins (its plain-text part writes it as underscores).
      .replace(/<hr\b[^>]*>/gi, '\n________________________________\n')
      // Any other tag goes; an address in angle brackets written unescaped (`<user@example.com>`) stays.
      .replace(/<(?![^<>\s@]+@[^<>\s@]+>)[^>]+>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#(\d{1,7});|&#x([0-9A-Fa-f]{1,6});/g, (m, dec?: string, hex?: string) => {
        const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      })
      .replace(/&amp;/g, '&')
  );
}
