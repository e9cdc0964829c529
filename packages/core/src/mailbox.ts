import { readBounce } from './bounce.js';
import { diagnoseBounce } from './bounce-classify.js';
import { classifyReply, type Diagnosis } from './classify.js';
import type { BounceReason } from './reason.js';
import type { CatalogEntry } from './types.js';

/** One page's count in a {@link BounceScanReport}. */
export interface BouncePageCount {
  entry: CatalogEntry;
  /** Recipients answered with this page. */
  count: number;
  /** The first such recipient's remote reply, or its notice (cut to 300 characters). */
  sample: string;
}

/** What a mailbox of bounces holds, by page and by reason. */
export interface BounceScanReport {
  /** Messages read. */
  messages: number;
  /** Messages that were bounces. */
  bounces: number;
  /** Recipients those bounces report on (a bounce can report several). */
  recipients: number;
  /** Recipients that named no page. */
  unrecognised: number;
  /** Counts by page, most frequent first. */
  byEntry: BouncePageCount[];
  /** Counts by reason, most frequent first; recipients with no reason are counted as `other`. */
  byReason: { reason: BounceReason; count: number }[];
}

/** Reads bounces one message at a time (so a mailbox is streamed) and counts them. */
export interface BounceScanner {
  /** Reads one whole message and counts its recipients; returns whether it was a bounce. */
  add(message: string): boolean;
  /** The counts so far. */
  report(): BounceScanReport;
}

const MAX_SAMPLE = 300;
// The same for whole notices, keeping reply and status codes (`550`, `5.1.1`): two notices that
// differ only in their code must not share an answer. Addresses, IPs, long numbers and ids go.
const CODE = /^(?:[2-5]\d\d(?:-?[245]\.\d{1,3}\.\d{1,3})?|[245]\.\d{1,3}\.\d{1,3})[.:]?$/;

/**
 * Characters of a token (letters, digits and the punctuation inside addresses, ids and codes), as a
 * lookup table: 1 = token character, 2 = a digit or `@`, which make a token volatile.
 */
const TOKEN_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[0-9@]/.test(ch)) TOKEN_CLASS[c] = 2;
  else if (/[A-Za-z_.\-+'=:]/.test(ch)) TOKEN_CLASS[c] = 1;
}

/**
 * A key for a notice: two 32-bit FNV-1a hashes of its text in which every token holding a digit or
 * an @ (addresses, ids, dates, IPs) counts as one `#`, except reply and status codes. One pass over
 * the characters, no intermediate strings: it is what every message of a mailbox costs.
 */
function keyOf(notice: string, from = 0): string {
  let h1 = 0x811c9dc5;
  let h2 = 0;
  const n = notice.length;
  let i = from;
  while (i < n) {
    let c = notice.charCodeAt(i);
    if (c >= 128 || TOKEN_CLASS[c] === 0) {
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = (h2 * 31 + c) | 0;
      i++;
      continue;
    }
    const start = i;
    let volatile = false;
    for (; i < n; i++) {
      c = notice.charCodeAt(i);
      const k = c < 128 ? TOKEN_CLASS[c]! : 0;
      if (k === 0) break;
      if (k === 2) volatile = true;
    }
    if (volatile && !(i - start <= 13 && CODE.test(notice.slice(start, i)))) {
      h1 = Math.imul(h1 ^ 35, 0x01000193);
      h2 = (h2 * 31 + 35) | 0;
    } else {
      for (let k = start; k < i; k++) {
        c = notice.charCodeAt(k);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = (h2 * 31 + c) | 0;
      }
    }
  }
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}`;
}

// The headers an answer can depend on; the rest of the header block (Received, DKIM, ARC, dates)
// is left out of the key.
const KEY_HEADERS = /^(?:from|subject|content-type|x-failed-recipients|auto-submitted):.*(?:\n[ \t].*)*/gim;

/** The key of a message's notice: its telling headers, then its body up to the returned original. */
function messageKey(notice: string): string {
  const blank = notice.indexOf('\n\n');
  const split = blank === -1 || blank > 64 * 1024 ? 0 : blank;
  const headers = split ? (notice.slice(0, split).match(KEY_HEADERS) ?? []).join('\n') : '';
  return `${keyOf(headers)}|${keyOf(notice, split)}`;
}

// Where the returned original message begins; nothing from there on changes the answers.
const ORIGINAL_MARKERS = [
  'Content-Type: message/rfc822',
  'Content-Type: text/rfc822-headers',
  'Content-Type: message/rfc822-headers',
  '----- Original message -----',
  '------ This is a copy of the message',
  '--- Below this line is a copy of the message',
  '----- Message header follows -----',
];
const MAX_NOTICE_KEY = 16 * 1024;

/** The part of a message its answers depend on: everything above the returned original. */
function noticePart(message: string): string {
  const head = message.length > MAX_NOTICE_KEY ? message.slice(0, MAX_NOTICE_KEY) : message;
  let end = head.length;
  for (const m of ORIGINAL_MARKERS) {
    const at = head.indexOf(m);
    if (at !== -1 && at < end) end = at;
  }
  return head.slice(0, end);
}
/** Past this, a message is read only up to here: notices sit at the top, the rest is the original. */
const MAX_MESSAGE = 256 * 1024;
const MAX_MEMO = 20_000;

/**
 * A counter of bounces by page and by reason. Feed it one message at a time with `add` (the CLI
 * streams an mbox or a Maildir into it) and read `report()` at the end. Repeated bounces of the
 * same kind are classified once. Pure: no I/O.
 *
 * @example
 * const scanner = createBounceScanner();
 * for (const message of messages) scanner.add(message);
 * scanner.report().byReason; // [{ reason: 'user-unknown', count: 812 }, …]
 */
export function createBounceScanner(): BounceScanner {
  let messages = 0;
  let bounces = 0;
  let recipients = 0;
  let unrecognised = 0;
  const byEntry = new Map<string, BouncePageCount>();
  const byReason = new Map<BounceReason, number>();
  const memo = new Map<string, Diagnosis>();
  const messageMemo = new Map<string, { d: Diagnosis; sample: string }[] | null>();
  // Identical replies (but for addresses, ids and IPs) are classified once.
  const memoized = (text: string): Diagnosis => {
    const key = keyOf(text);
    let d = memo.get(key);
    if (!d) {
      d = classifyReply(text);
      if (memo.size < MAX_MEMO) memo.set(key, d);
    }
    return d;
  };

  const count = (d: Diagnosis, sample: string) => {
    recipients++;
    const reason = d.reason ?? 'other';
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    if (!d.entry) {
      unrecognised++;
      return;
    }
    const c = byEntry.get(d.entry.id);
    if (c) c.count++;
    else byEntry.set(d.entry.id, { entry: d.entry, count: 1, sample: sample.slice(0, MAX_SAMPLE) });
  };

  return {
    add(message) {
      messages++;
      const text = message.length > MAX_MESSAGE ? message.slice(0, MAX_MESSAGE) : message;
      // Bounces of one kind differ only in addresses, ids and times: read each kind once. The key
      // leaves out the returned original message (its subject and body change the answers of nothing).
      const key = messageKey(noticePart(text));
      let answers = messageMemo.get(key);
      if (answers === undefined) {
        const b = readBounce(text);
        answers = b
          ? diagnoseBounce(b, memoized).bounce!.recipients.map(({ recipient: r, diagnosis: x }) => ({
              d: x,
              sample: r.diagnosticCode ?? r.notice,
            }))
          : null;
        if (messageMemo.size < MAX_MEMO) messageMemo.set(key, answers);
      }
      if (!answers) return false;
      bounces++;
      for (const a of answers) count(a.d, a.sample);
      return true;
    },
    report() {
      return {
        messages,
        bounces,
        recipients,
        unrecognised,
        byEntry: [...byEntry.values()].sort(
          (a, b) => b.count - a.count || a.entry.id.localeCompare(b.entry.id),
        ),
        byReason: [...byReason.entries()]
          .map(([reason, n]) => ({ reason, count: n }))
          .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
      };
    },
  };
}
