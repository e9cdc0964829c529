// The scanner's fast path: one pass over a message (a string, or the bytes of an mbox read as
// latin1) that finds the part a bounce's answer depends on — the headers readBounce reads and the
// body up to the returned original message — and hashes it with addresses, ids, IPs and times
// masked. Bounces of one kind then share a key and are read and classified once; a message of a
// kind already seen costs this pass and nothing else: nothing decoded but the odd marker line, no
// regex over its body. The returned original (often most of the bytes) is never visited.
import { BOUNCE_TEXT, ORIGINAL } from './bounce.js';
import { catalog } from './catalog.js';
import { familyRows } from './catalog/families.js';
import { MESSAGE_HEADERS } from './mime.js';

// Every runtime core targets has TextEncoder and TextDecoder; core ships no DOM or Node types.
declare class TextEncoder {
  encode(input: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string);
  decode(input: Uint8Array): string;
}

/**
 * The pass reads bytes only: one representation keeps every function monomorphic, which matters as
 * much as the loop itself (a fresh `smtpfix scan` waits for V8 to optimize it, and functions that
 * take both strings and bytes took it several times longer). Text is read as its UTF-8 bytes.
 */
type Bytes = Uint8Array;

const utf8 = new TextEncoder();
const utf8Text = new TextDecoder('utf-8');

/** A message's bytes: raw bytes as they are (read as latin1), text as UTF-8. */
export function messageBytes(message: string | Uint8Array, limit: number): Bytes {
  if (typeof message !== 'string') return message;
  return utf8.encode(message.length > limit ? message.slice(0, limit) : message);
}

/** What {@link readNotice} finds in a message. */
export interface NoticeCut {
  /**
   * The masked hash of the kept text (53 bits, a Map key without a string built): equal keys mean
   * texts that differ only in masked tokens.
   */
  key: number;
  /** The kept text as `[start, end)` offsets into the source, in order (whole lines). */
  ranges: number[];
}

/**
 * Headers readBounce reads (`subject`, `from`, `content-type`, `x-failed-recipients`, the root's
 * `content-transfer-encoding`) plus `to` and `auto-submitted`. Every other header (Received, DKIM,
 * ARC, dates, ids) is left out of the key and of the text read on a miss, so Gmail's DKIM-signed
 * notices still share keys. A header readBounce starts to read must be added here: the fast-path
 * test in `notice-key.test.ts` compares both paths over every bounce of the development set.
 */
const KEPT_HEADERS = new Set([
  'from',
  'to',
  'subject',
  'content-type',
  'content-transfer-encoding',
  'x-failed-recipients',
  'auto-submitted',
]);
const KNOWN_HEADERS = new Set(MESSAGE_HEADERS);

/**
 * Characters of a token (letters, digits and the punctuation inside addresses, ids and codes), as a
 * lookup table over every byte: 1 = token character, 2 = digit, 3 = `@`, 0 = not in a token.
 */
const TOKEN_CLASS = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (ch === '@') TOKEN_CLASS[c] = 3;
  else if (/[0-9]/.test(ch)) TOKEN_CLASS[c] = 2;
  else if (/[A-Za-z_.\-+'=:]/.test(ch)) TOKEN_CLASS[c] = 1;
}
const EQ = 61;
const MASK = 35; // '#'

let protectedTokens: Set<number> | null = null;
/**
 * Lower-case hashes of the tokens with digits that the classifier's phrases contain (catalog
 * signatures: `answer=7720`, `rfc-5321`, `ipv6`; runtimes' wordings: `111`, `error:0a000086`): it
 * reads them, so they are never masked. Built on first use.
 */
function protectedSet(): Set<number> {
  if (protectedTokens) return protectedTokens;
  const set = new Set<number>();
  const add = (phrase: string) => {
    for (const t of phrase.toLowerCase().split(/[^a-z0-9_.\-+'=:@]+/))
      if (/[0-9]/.test(t)) set.add(tokenHash(utf8.encode(t), 0, t.length));
  };
  for (const e of catalog) for (const p of e.signature.phrases) add(p);
  for (const row of familyRows) add(row.says);
  protectedTokens = set;
  return set;
}

function tokenHash(s: Bytes, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) {
    let c = s[k]!;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** `[from, to)` of `s` as latin1 text (short runs: marker lines, header names). */
function text(s: Bytes, from: number, to: number): string {
  let out = '';
  if (to - from <= 128) {
    // Short runs (header names, marker lines) without a subarray view per call.
    for (let k = from; k < to; k++) out += String.fromCharCode(s[k]!);
    return out;
  }
  for (let k = from; k < to; k += 8192)
    out += String.fromCharCode.apply(null, s.subarray(k, Math.min(to, k + 8192)) as unknown as number[]);
  return out;
}

/**
 * The kept text of a message: the ranges of a {@link NoticeCut}, decoded as latin1 (raw bytes) or
 * UTF-8 (a text's bytes; ranges are whole lines, so every character is whole).
 */
export function keptText(s: Bytes, ranges: readonly number[], asUtf8 = false): string {
  let out = '';
  for (let k = 0; k < ranges.length; k += 2)
    out += asUtf8
      ? utf8Text.decode(s.subarray(ranges[k]!, ranges[k + 1]!))
      : text(s, ranges[k]!, ranges[k + 1]!);
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whether `[from, to)` is a reply or status code (`550`, `5.1.1`, `550-5.1.1`, with a trailing `.`
 * or `:`), read by hand: a regex would need the token as a string, one allocation per number.
 */
function isCode(s: Bytes, from: number, to: number): boolean {
  let k = from;
  const c = (i: number) => (i < to ? at(s, i) : -1);
  // `[245].d{1,3}.d{1,3}` from k; returns the index after it, or -1.
  const enhanced = (i: number) => {
    const d = c(i);
    if (d !== 50 && d !== 52 && d !== 53) return -1;
    if (c(i + 1) !== 46) return -1;
    let j = i + 2;
    let n = 0;
    while (n < 3 && isDigit(c(j))) {
      j++;
      n++;
    }
    if (n === 0 || c(j) !== 46) return -1;
    j++;
    n = 0;
    while (n < 3 && isDigit(c(j))) {
      j++;
      n++;
    }
    return n === 0 ? -1 : j;
  };
  const first = c(k);
  if (first >= 50 && first <= 53 && isDigit(c(k + 1)) && isDigit(c(k + 2))) {
    k += 3;
    const after = enhanced(c(k) === 45 ? k + 1 : k);
    if (after !== -1) k = after;
  } else {
    k = enhanced(k);
    if (k === -1) return false;
  }
  if (k < to && (c(k) === 46 || c(k) === 58)) k++;
  return k === to;
}

/**
 * A 53-bit key (two 32-bit hashes), fed whole lines with their volatile tokens masked. The loops are
 * written twice, for text and for bytes, so each stays monomorphic (this pass is what every message
 * of a mailbox costs).
 */
class Hasher {
  h1 = 0x811c9dc5;
  h2 = 0;
  protect = protectedSet();
  /**
   * Nothing masked: base64 text is tokens of letters and digits whose every one would count as `#`,
   * so two different encoded notices would share a key.
   */
  raw = false;

  /**
   * Hashes `[from, to)` of `s`: a token holding an `@`, or a digit unless it is a code, a token of a
   * catalog phrase or a `key=value`, counts as one `#`.
   */
  line(s: Bytes, from: number, to: number): void {
    this.bytes(s, from, to, false);
  }

  /**
   * Hashes from `from` and stops at the start of the first line that could be where the original
   * begins (its first non-blank character `-`, `C` or `c`), or at `to`; returns where it stopped.
   */
  untilCandidate(s: Bytes, from: number, to: number): number {
    return this.bytes(s, from, to, true);
  }

  private masked(s: Bytes, start: number, end: number, flags: number): boolean {
    // flags: 1 digit, 2 '@', 4 '='.
    if (flags & 2) return true;
    if (!(flags & 1) || flags & 4) return false;
    if (end - start <= 11 && isCode(s, start, end)) return false;
    return !this.protect.has(tokenHash(s, start, end));
  }

  private bytes(s: Uint8Array, from: number, to: number, stop: boolean): number {
    // h1 takes every byte (FNV-1a); h2 takes h1 at the end of every token and line, so the key is
    // two hashes wide for the cost of one per byte.
    let h1 = this.h1;
    let h2 = this.h2;
    let i = from;
    while (i < to) {
      let c = s[i]!;
      if (TOKEN_CLASS[c] === 0) {
        h1 = Math.imul(h1 ^ c, 0x01000193);
        i++;
        if (c === 10) {
          h2 = (Math.imul(h2 ^ h1, 0x5bd1e995) + 1) | 0;
          if (stop && i < to) {
            let j = i;
            while (j < to && (s[j]! === 32 || s[j]! === 9)) j++;
            const d = j < to ? s[j]! : 0;
            if (d === 45 || d === 67 || d === 99) break;
          }
        }
        continue;
      }
      // A token is hashed as it is read; a masked one is taken back and counts as `#`.
      const start = i;
      const before = h1;
      let flags = 0;
      for (; i < to; i++) {
        c = s[i]!;
        const k = TOKEN_CLASS[c]!;
        if (k === 0) break;
        if (k !== 1) flags |= k === 2 ? 1 : 2;
        else if (c === EQ) flags |= 4;
        h1 = Math.imul(h1 ^ c, 0x01000193);
      }
      if (flags !== 0 && !this.raw && this.masked(s, start, i, flags))
        h1 = Math.imul(before ^ MASK, 0x01000193);
      h2 = (Math.imul(h2 ^ h1, 0x5bd1e995) + 1) | 0;
    }
    this.h1 = h1;
    this.h2 = h2;
    return i;
  }

  reset(): void {
    this.h1 = 0x811c9dc5;
    this.h2 = 0;
    this.raw = false;
  }

  key(): number {
    return (this.h1 >>> 0) * 0x200000 + (this.h2 & 0x1fffff);
  }
}

/** Masked key of a whole text (one reply line, for the classifier's own memo). */
export function textKey(s: string): number {
  const h = new Hasher();
  const b = utf8.encode(s);
  h.line(b, 0, b.length);
  return h.key();
}

function lineEnd(s: Bytes, from: number, limit: number): number {
  const nl = s.indexOf(10, from);
  return nl === -1 || nl >= limit ? limit : nl + 1;
}

function at(s: Bytes, i: number): number {
  return s[i]!;
}

/** Whether the line `[from, to)` is empty but for its line break (`\n`, `\r\n`), as splitMessage reads it. */
function blank(s: Bytes, from: number, to: number): boolean {
  const len = to - from;
  if (len === 0) return true;
  const c = at(s, from);
  if (len === 1) return c === 10 || c === 13;
  return len === 2 && c === 13 && at(s, from + 1) === 10;
}

/** Where the name read by the last {@link headerNameHash} ends (its `:`). */
let nameEnd = 0;

/**
 * The hash of a line's lower-cased header name (`Name:`, as splitMessage's HEADER_LINE reads it),
 * or -1 when the line is no header. No string is built: most headers are neither kept nor known.
 */
function headerNameHash(s: Bytes, from: number, to: number): number {
  let h = 0x811c9dc5;
  let k = from;
  for (; k < to; k++) {
    let c = at(s, k);
    const upper = c >= 65 && c <= 90;
    if (!(upper || (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c === 45 && k > from))) break;
    if (upper) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  if (k === from || k >= to || at(s, k) !== 58) return -1;
  nameEnd = k;
  return h >>> 0;
}

const KEPT = 1;
const KNOWN = 2;
const CONTENT_TYPE = 4;
const CTE = 8;
/** The header names the pass tells apart, by the hash of their name (checked by name on a hit). */
const NAMES = new Map<number, { name: string; flags: number }>();
for (const name of new Set([...KEPT_HEADERS, ...KNOWN_HEADERS])) {
  const flags =
    (KEPT_HEADERS.has(name) ? KEPT : 0) |
    (KNOWN_HEADERS.has(name) ? KNOWN : 0) |
    (name === 'content-type' ? CONTENT_TYPE : 0) |
    (name === 'content-transfer-encoding' ? CTE : 0);
  NAMES.set(headerNameHash(utf8.encode(`${name}:`), 0, name.length + 1), { name, flags });
}

const ORIGINAL_LINE = new RegExp(ORIGINAL.source, 'i');

/** Whether `s` at `pos` reads `lit` (lower case, ASCII), ignoring case. */
function startsWith(s: Bytes, pos: number, to: number, lit: string): boolean {
  if (to - pos < lit.length) return false;
  for (let k = 0; k < lit.length; k++) {
    let c = at(s, pos + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lit.charCodeAt(k)) return false;
  }
  return true;
}

/** Past blanks (and, in a header, folded line breaks) from `pos`. */
function skipBlanks(s: Bytes, pos: number, to: number): number {
  let k = pos;
  for (; k < to; k++) {
    const c = at(s, k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
  }
  return k;
}

/** Whether a header's value (after its `:`) begins with `lit`, ignoring case. */
function valueStarts(s: Bytes, from: number, to: number, lit: string): boolean {
  let k = from;
  while (k < to && at(s, k) !== 58) k++;
  return startsWith(s, skipBlanks(s, k + 1, to), to, lit);
}

/** Whether a header's value is `lit` (then nothing but blanks or a `;`), ignoring case. */
function valueIs(s: Bytes, from: number, to: number, lit: string): boolean {
  let k = from;
  while (k < to && at(s, k) !== 58) k++;
  k = skipBlanks(s, k + 1, to);
  if (!startsWith(s, k, to, lit)) return false;
  const after = skipBlanks(s, k + lit.length, to);
  return after === to || at(s, after) === 59;
}

/**
 * A part header that begins the returned original inside a MIME bounce: `Content-Type:
 * message/rfc822` or `text/rfc822-headers` (as bounce.ts's ORIGINAL reads it), read without a
 * string built.
 */
function originalPart(s: Bytes, from: number, to: number): boolean {
  let k = from;
  while (k < to && (at(s, k) === 32 || at(s, k) === 9)) k++;
  if (!startsWith(s, k, to, 'content-type:')) return false;
  k = skipBlanks(s, k + 13, to);
  return startsWith(s, k, to, 'message/rfc822') || startsWith(s, k, to, 'text/rfc822-headers');
}

/** Whether a line begins (after blanks) with the header name `name` (lower case, with its colon). */
function inPartHeader(s: Bytes, from: number, to: number, name: string): boolean {
  let k = from;
  while (k < to && (at(s, k) === 32 || at(s, k) === 9)) k++;
  return startsWith(s, k, to, name);
}

/** Whether a `Content-Transfer-Encoding:` line says `base64`. */
function isBase64(s: Bytes, from: number, to: number): boolean {
  return valueIs(s, from, to, 'base64');
}

/** Whether a line begins (after blanks) with `--` or `Content-Type:`: the only lines ORIGINAL can match. */
function dashesOrType(s: Bytes, from: number, to: number): boolean {
  let k = from;
  while (k < to && (at(s, k) === 32 || at(s, k) === 9)) k++;
  return (k + 1 < to && at(s, k) === 45 && at(s, k + 1) === 45) || startsWith(s, k, to, 'content-type:');
}

/**
 * Whether the line at `pos` is in the header block of a MIME part: the lines above it, up to a
 * blank one, reach a boundary line (`--…`).
 */
function inPartHeaders(s: Bytes, pos: number, floor: number): boolean {
  let e = pos;
  while (e > floor) {
    // The line ending at e - 1 (its `\n`).
    let b = e - 1;
    while (b > floor && at(s, b - 1) !== 10) b--;
    if (blank(s, b, e)) return false;
    if (b + 1 < e && at(s, b) === 45 && at(s, b + 1) === 45) return true;
    e = b;
  }
  return false;
}

/** Whether a line could be one where the returned original begins: `-…` or `Content-Type: …`. */
function markerCandidate(s: Bytes, from: number, to: number): boolean {
  let k = from;
  while (k < to && (at(s, k) === 32 || at(s, k) === 9)) k++;
  const c = k < to ? at(s, k) : 0;
  return c === 45 || c === 67 || c === 99;
}

// Reused by every call (the scanner reads one message at a time): no allocation per message for them.
// (Built on first use: its protected-token set is read from the catalog.)
let noticeHasher: Hasher | null = null;
const scratchFrom: number[] = [];
const scratchTo: number[] = [];
const scratchFlags: number[] = [];

/**
 * Reads the part of a message a bounce's answer depends on, in one pass, and keys it.
 *
 * Kept: the headers in {@link KEPT_HEADERS} (with a known one when they hold none, so the text
 * still reads as a message); the body up to and including the line where the returned original
 * begins. In a MIME message that is the part header `Content-Type: message/rfc822` (or
 * `text/rfc822-headers`), whatever follows it being the original (in a multipart that is no
 * report, only after a bounce's wording: before it, the part is a bounce a person attached, and
 * reading goes on into it, as readBounce does); in a flattened one, the first
 * `ORIGINAL` marker line after the notice's wording (`BOUNCE_TEXT`) begins, as readBounce cuts it,
 * so a forwarded bounce that opens with a mail client's "Original Message" line is still read
 * whole. A root part in base64, quoted-printable or HTML is kept whole (its markers are encoded);
 * base64 text (the root's or a part's) is hashed unmasked.
 * Nothing past `limit` is read.
 *
 * `cutMemo` remembers, by the masked key of the text before a marker, whether the notice's wording
 * began there: it is the one regex this pass would otherwise run on every message.
 */
export function readNotice(s: Bytes, limit: number, cutMemo: Map<number, boolean>): NoticeCut {
  const n = Math.min(s.length, limit);
  noticeHasher ??= new Hasher();
  const hash = noticeHasher;
  hash.reset();
  const ranges: number[] = [];
  const keep = (from: number, to: number) => {
    if (from >= to) return;
    if (ranges.length && ranges[ranges.length - 1] === from) ranges[ranges.length - 1] = to;
    else ranges.push(from, to);
    hash.line(s, from, to);
  };
  let i = 0;
  // An mbox `From ` separator line: readBounce skips it.
  if (
    n >= 5 &&
    at(s, 0) === 70 &&
    at(s, 1) === 114 &&
    at(s, 2) === 111 &&
    at(s, 3) === 109 &&
    at(s, 4) === 32
  )
    i = lineEnd(s, 0, n);

  // The header block, as splitMessage reads it: header lines and their continuations, up to a blank
  // line or the first line that is neither. Per header: where it starts and ends, and its flags.
  const hFrom = scratchFrom;
  const hTo = scratchTo;
  const hFlags = scratchFlags;
  hFrom.length = hTo.length = hFlags.length = 0;
  let bodyStart = i;
  let blankFrom = -1;
  let blankTo = -1;
  let known = false;
  if (i < n && headerNameHash(s, i, lineEnd(s, i, n)) !== -1) {
    let k = i;
    while (k < n) {
      const e = lineEnd(s, k, n);
      if (blank(s, k, e)) {
        blankFrom = k;
        blankTo = e;
        k = e;
        break;
      }
      const c = at(s, k);
      if ((c === 32 || c === 9) && hTo.length) {
        hTo[hTo.length - 1] = e;
        k = e;
        continue;
      }
      const h = headerNameHash(s, k, e);
      if (h === -1) break;
      const named = NAMES.get(h);
      const flags = named && text(s, k, nameEnd).toLowerCase() === named.name ? named.flags : 0;
      if (flags & KNOWN) known = true;
      hFrom.push(k);
      hTo.push(e);
      hFlags.push(flags);
      k = e;
    }
    if (known) bodyStart = k;
    else {
      // No message header among them (a paste that starts with report fields): splitMessage reads
      // all of it as the body, the mbox separator line too.
      hFrom.length = 0;
      blankFrom = -1;
      bodyStart = 0;
    }
  }
  let contentType = '';
  let encoded = false;
  let base64 = false;
  if (hFrom.length) {
    let keptKnown = false;
    for (let h = 0; h < hFrom.length; h++)
      if ((hFlags[h]! & (KEPT | KNOWN)) === (KEPT | KNOWN)) keptKnown = true;
    let cte = '';
    for (let h = 0; h < hFrom.length; h++) {
      const f = hFlags[h]!;
      // With no kept header a message reader knows, the first known one stays: the text must still
      // read as a message.
      if (f & KEPT || (!keptKnown && f & KNOWN)) {
        keep(hFrom[h]!, hTo[h]!);
        if (!(f & KEPT)) keptKnown = true;
      }
      if (f & CONTENT_TYPE && !contentType) {
        contentType = valueStarts(s, hFrom[h]!, hTo[h]!, 'multipart/report')
          ? 'report'
          : valueStarts(s, hFrom[h]!, hTo[h]!, 'multipart/')
            ? 'multipart'
            : valueStarts(s, hFrom[h]!, hTo[h]!, 'text/html')
              ? 'html'
              : 'other';
      }
      if (f & CTE && !cte && valueIs(s, hFrom[h]!, hTo[h]!, 'base64')) base64 = true;
      if (f & CTE && !cte)
        cte =
          valueIs(s, hFrom[h]!, hTo[h]!, 'base64') || valueIs(s, hFrom[h]!, hTo[h]!, 'quoted-printable')
            ? 'encoded'
            : 'other';
    }
    if (blankFrom !== -1) keep(blankFrom, blankTo);
    encoded = cte === 'encoded' || contentType === 'html';
  }
  const report = contentType === 'report';
  const mime = report || contentType === 'multipart';
  // Whether a bounce's wording came before a message/rfc822 part (see the cut below).
  let bounceBefore = false;

  // The body, up to where the original begins: hashed in runs between lines that could be it.
  let k = bodyStart;
  let segment = bodyStart;
  let end = n;
  while (k < n) {
    if (encoded) {
      hash.raw = base64;
      hash.line(s, k, n);
      break;
    }
    if (!markerCandidate(s, k, n)) {
      k = hash.untilCandidate(s, k, n);
      if (k >= n) break;
    }
    const e = lineEnd(s, k, n);
    if (mime) {
      if (
        inPartHeader(s, k, e, 'content-transfer-encoding:') &&
        isBase64(s, k, e) &&
        inPartHeaders(s, k, bodyStart)
      )
        hash.raw = true;
      if (originalPart(s, k, e) && inPartHeaders(s, k, bodyStart)) {
        // In a report, that part is the returned original. In another multipart it is one only
        // after a bounce's wording; before it, it is a bounce a person attached (readBounce reads
        // that one instead of the message around it), so reading goes on.
        if (!report && !bounceBefore) {
          const before = hash.key();
          let started = cutMemo.get(before);
          if (started === undefined) {
            started = BOUNCE_TEXT.test(keptText(s, [bodyStart, k]));
            cutMemo.set(before, started);
          }
          bounceBefore = started;
        }
        if (report || bounceBefore) {
          hash.line(s, k, e);
          end = e;
          break;
        }
      }
    } else if (dashesOrType(s, k, e) && ORIGINAL_LINE.test(text(s, k, Math.min(e, k + 120)))) {
      // Cut here only if the notice's wording began before this line, as readBounce does. Lines
      // before the last marker were looked at already: no wording began there.
      const before = hash.key();
      let started = cutMemo.get(before);
      if (started === undefined) {
        started = BOUNCE_TEXT.test(keptText(s, [segment, k]));
        cutMemo.set(before, started);
      }
      segment = k;
      if (started) {
        hash.line(s, k, e);
        end = e;
        break;
      }
    }
    hash.line(s, k, e);
    k = e;
  }
  if (bodyStart < end) {
    if (ranges.length && ranges[ranges.length - 1] === bodyStart) ranges[ranges.length - 1] = end;
    else ranges.push(bodyStart, end);
  }
  return { key: hash.key(), ranges };
}
