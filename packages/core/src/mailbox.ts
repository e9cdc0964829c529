import { readBounce } from './bounce.js';
import { diagnoseBounce } from './bounce-classify.js';
import { classifyReply, type Diagnosis } from './classify.js';
import { keptText, messageBytes, readNotice, textKey } from './notice-key.js';
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
  /**
   * Reads one whole message and counts its recipients; returns whether it was a bounce. Takes the
   * text, or the message's raw bytes, read as latin1 (as an mbox is: every marker is ASCII, and
   * encoded parts are decoded from their bytes), so a caller holding bytes need not decode them.
   */
  add(message: string | Uint8Array): boolean;
  /** The counts so far. */
  report(): BounceScanReport;
}

const MAX_SAMPLE = 300;
/** Past this, a message is read only up to here: notices sit at the top, the rest is the original. */
export const MAX_MESSAGE = 256 * 1024;
const MAX_MEMO = 20_000;

/**
 * A counter of bounces by page and by reason. Feed it one message at a time with `add` (the CLI
 * streams an mbox or a Maildir into it) and read `report()` at the end. Pure: no I/O.
 *
 * Fast on big mailboxes: each message is read once up to where its returned original begins, with
 * only the headers a bounce's answer depends on, and keyed with addresses, ids, IPs and times
 * masked; bounces of a kind already seen are counted from that key alone. The answers are those of
 * `readBounce` and `classify` on the message (tested over every bounce of the development set).
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
  const read = createMessageReader();

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
      const answers = read(message);
      if (!answers) return false;
      bounces++;
      for (const a of answers) count(a.diagnosis, a.sample);
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

/** One recipient's answer, as the scanner counts it. */
export interface RecipientAnswer {
  diagnosis: Diagnosis;
  /** The recipient's remote reply, or its notice. */
  sample: string;
}

/**
 * The scanner's reader (internal; tests compare it with a full read): a message's answers, one per
 * recipient (failed first), or `null` when it is no bounce. Bounces of one kind differ only in
 * addresses, ids and times, so each kind is read and classified once: later ones are answered from
 * their key ({@link readNotice}).
 */
export function createMessageReader(): (message: string | Uint8Array) => RecipientAnswer[] | null {
  const memo = new Map<number, Diagnosis>();
  const messageMemo = new Map<number, RecipientAnswer[] | null>();
  const cutMemo = new Map<number, boolean>();
  // Identical replies (but for addresses, ids and IPs) are classified once.
  const memoized = (text: string): Diagnosis => {
    const key = textKey(text);
    let d = memo.get(key);
    if (!d) {
      d = classifyReply(text);
      if (memo.size < MAX_MEMO) memo.set(key, d);
    }
    return d;
  };
  return (message) => {
    const bytes = messageBytes(message, MAX_MESSAGE);
    const { key, ranges } = readNotice(bytes, bytes === message ? MAX_MESSAGE : bytes.length, cutMemo);
    let answers = messageMemo.get(key);
    if (answers === undefined) {
      const b = readBounce(keptText(bytes, ranges, bytes !== message));
      answers = b
        ? diagnoseBounce(b, memoized).bounce!.recipients.map(({ recipient: r, diagnosis }) => ({
            diagnosis,
            sample: r.diagnosticCode ?? r.notice,
          }))
        : null;
      if (messageMemo.size < MAX_MEMO) messageMemo.set(key, answers);
      if (cutMemo.size > MAX_MEMO) cutMemo.clear();
    }
    return answers;
  };
}
