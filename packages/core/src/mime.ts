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
    if (name !== null && !headers.has(name)) headers.set(name, value.trim());
  };
  while (i < text.length) {
    let end = text.indexOf('\n', i);
    if (end === -1) end = text.length;
    const line = text.slice(i, end).replace(/\r$/, '');
    i = end + 1;
    if (line === '') break;
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

/** Decodes a part's body by its Content-Transfer-Encoding and charset. Never throws. */
export function decodeBody(part: MimePart): string {
  const cte = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase().trim();
  const charset = headerParam(part.headers.get('content-type'), 'charset');
  if (cte === 'base64') {
    try {
      const b64 = part.body.replace(/[^A-Za-z0-9+/]/g, '');
      return bytesToText(latin1Bytes(atob(b64.slice(0, b64.length - (b64.length % 4)))), charset);
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
  return part.body;
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
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(?:p|div|tr|li|h\d|table)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
