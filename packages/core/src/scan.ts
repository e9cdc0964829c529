import { classify } from './classify.js';
import type { CatalogEntry } from './types.js';

/** One page's count in a {@link scan} report. */
export interface ScanCount {
  entry: CatalogEntry;
  count: number;
  /** 1-based line number of the first occurrence. */
  firstLine: number;
  /** The first occurrence, as it stands in the log (cut to 300 characters). */
  sample: string;
}

/** What {@link scan} found in a log. */
export interface ScanReport {
  /** Lines read. */
  lines: number;
  /** Errors found (a multi-line reply counts once). */
  errors: number;
  /** Errors that named no page (e.g. another provider's wording with no code). */
  unrecognised: number;
  /** Counts by page, most frequent first. */
  byEntry: ScanCount[];
}

// A line is looked at only if it carries an error reply code or one of the error words below SMTP;
// everything else in a log is skipped at regex speed.
const SIGNAL =
  /\b[45][0-5]\d[ -][45]\.\d{1,3}\.\d{1,3}\b|\b(?:[45][0-5]\d|334)[ -](?=[A-Za-z#<[])|invalid_grant|unauthorized_client|invalid_client|invalid_scope|admin_policy_enforced|delegation denied|ETIMEDOUT|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|Greeting never received|wrong version number|certificate|eyJzdGF0dXMiOi/i;
const CONTINUATION = /(?:^|\s)([45][0-5]\d)-(?:[45]\.\d{1,3}\.\d{1,3}\s)?/;
// Keys for the cache: the parts of a log line that change from one occurrence to the next.
const VOLATILE = /\d+|[0-9a-f]{8,}|\[[^\]]{0,60}\]/gi;

const MAX_SAMPLE = 300;

const afterCode = (line: string, m: RegExpExecArray) =>
  line.slice(m.index + m[0].length, m.index + m[0].length + 60);

/**
 * Finds every SMTP, token and connection error in a log and counts them by catalog page.
 * Multi-line replies (`550-5.7.1 …` continuation lines) count once. Linear in the log's size.
 */
export function scan(log: string): ScanReport {
  const counts = new Map<string, ScanCount>();
  const memo = new Map<string, CatalogEntry | null>();
  let errors = 0;
  let unrecognised = 0;
  let lineNo = 0;
  let pending: { text: string; line: number; code: string; head: string } | null = null;

  const record = (text: string, line: number) => {
    errors++;
    const key = text.replace(VOLATILE, '#');
    let entry = memo.get(key);
    if (entry === undefined) {
      entry = classify(text).entry;
      if (memo.size < 50_000) memo.set(key, entry);
    }
    if (!entry) {
      unrecognised++;
      return;
    }
    const c = counts.get(entry.id);
    if (c) c.count++;
    else counts.set(entry.id, { entry, count: 1, firstLine: line, sample: text.slice(0, MAX_SAMPLE) });
  };

  let start = 0;
  const n = log.length;
  while (start <= n) {
    let end = log.indexOf('\n', start);
    if (end === -1) end = n;
    lineNo++;
    const line = log.slice(start, end);
    start = end + 1;
    if (pending) {
      const cont = CONTINUATION.exec(line);
      // The same first line again is the next error, not the rest of this one.
      const repeat = cont !== null && afterCode(line, cont) === pending.head;
      if (cont && cont[1] === pending.code && !repeat) {
        pending.text += `\n${line}`;
        continue;
      }
      if (!repeat && line.includes(pending.code)) {
        record(`${pending.text}\n${line}`, pending.line);
        pending = null;
        continue;
      }
      record(pending.text, pending.line);
      pending = null;
    }
    if (!SIGNAL.test(line)) {
      if (end === n) break;
      continue;
    }
    const cont = CONTINUATION.exec(line);
    if (cont) pending = { text: line, line: lineNo, code: cont[1]!, head: afterCode(line, cont) };
    else record(line, lineNo);
    if (end === n) break;
  }
  if (pending) record(pending.text, pending.line);

  return {
    lines: lineNo,
    errors,
    unrecognised,
    byEntry: [...counts.values()].sort((a, b) => b.count - a.count || a.firstLine - b.firstLine),
  };
}
