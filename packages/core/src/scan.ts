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
  /** Errors that named no page (e.g. another provider's wording). */
  unrecognised: number;
  /** Counts by page, most frequent first. */
  byEntry: ScanCount[];
}

// Two global searches find every line worth classifying; the rest of a log is never split or
// looked at again. Replies are found by their code pair (Gmail puts one on every reply line),
// errors below SMTP by the words that name them.
const CODE_PAIR = /\b[45][0-5]\d[ -][45]\.\d{1,3}\.\d{1,3}\b/g;
// The words that name errors below SMTP. Searching for all of them in one alternation is several
// times slower than these three prefilters, whose hits are then confirmed by KEYWORD on the line alone.
const PREFILTERS = [
  /E(?:TIMEDOUT|CONNREFUSED|CONNRESET|NOTFOUND|AI_AGAIN|NETUNREACH|DNS|ACCES)\b/g,
  /SELF_SIGNED_CERT|eyJzdGF0dXMiOi/g,
  /_(?:grant|client|scope|request|policy|internal|denied|rapt)|reeting n|rong version n|ertificate v|ertificate has|ertificate is valid|ltnames|onnection timed|elegation d/g,
];
const KEYWORD =
  /invalid_(?:grant|client|scope|request|rapt)|unauthorized_client|(?:deleted|disabled)_client|org_internal|admin_policy_enforced|access_denied|[Dd]elegation denied|E(?:TIMEDOUT|CONNREFUSED|CONNRESET|NOTFOUND|AI_AGAIN|NETUNREACH|DNS|ACCES)\b|Greeting never received|wrong version number|SELF_SIGNED_CERT|certificate verif|certificate has expired|certificate is valid for|certificate's altnames|eyJzdGF0dXMiOi|[Cc]onnection timed out/;
const CONTINUATION = /(?:^|\s)([45][0-5]\d)-(?:[45]\.\d{1,3}\.\d{1,3}\s)?/;
// The parts of a log line that change from one occurrence of an error to the next, so repeats
// are classified once.
const VOLATILE = /\d+|[0-9a-f]{8,}|\[[^\]\n]{0,60}\]/gi;
const MAX_SAMPLE = 300;

const afterCode = (line: string, m: RegExpExecArray) =>
  line.slice(m.index + m[0].length, m.index + m[0].length + 60);

/**
 * Offset of the first reply code pair or error word in `text`, or -1. Lets `classify` read a huge
 * paste like a log: only the part around its first error.
 */
export function firstSignal(text: string): number {
  let first = -1;
  for (const re of [CODE_PAIR, ...PREFILTERS]) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (first === -1 || m.index < first)) first = m.index;
  }
  return first;
}

/** Start offsets of the lines that hold a match of `re`, ascending and distinct. */
function linesMatching(log: string, re: RegExp, into: Set<number>, confirm?: RegExp): void {
  re.lastIndex = 0;
  for (let m = re.exec(log); m; m = re.exec(log)) {
    const start = log.lastIndexOf('\n', m.index) + 1;
    let end = log.indexOf('\n', m.index);
    if (end === -1) end = log.length;
    if (!confirm || confirm.test(log.slice(start, end))) into.add(start);
    // Skip to the next line: one hit is enough to classify it.
    re.lastIndex = end + 1;
  }
}

/**
 * Finds every SMTP, token and connection error in a log and counts them by catalog page.
 * Multi-line replies (`550-5.7.1 …` continuation lines) count once. Linear in the log's size:
 * lines without an error are passed over at regular-expression speed.
 */
export function scan(log: string): ScanReport {
  const starts = new Set<number>();
  linesMatching(log, CODE_PAIR, starts);
  for (const re of PREFILTERS) linesMatching(log, re, starts, KEYWORD);
  const hits = [...starts].sort((a, b) => a - b);

  const counts = new Map<string, ScanCount>();
  const memo = new Map<string, CatalogEntry | null>();
  let errors = 0;
  let unrecognised = 0;
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

  // Walk the hit lines in order, counting line numbers as we go.
  let lineNo = 1;
  let counted = 0;
  let pending: { text: string; line: number; code: string; head: string; end: number } | null = null;
  for (const start of hits) {
    for (let i = log.indexOf('\n', counted); i !== -1 && i < start; i = log.indexOf('\n', i + 1)) lineNo++;
    counted = start;
    let end = log.indexOf('\n', start);
    if (end === -1) end = log.length;
    const line = log.slice(start, end);
    const cont = CONTINUATION.exec(line);

    if (pending) {
      // Only the very next line can continue a reply; the same first line again is the next error.
      const adjacent = pending.end + 1 === start;
      const repeat = cont !== null && afterCode(line, cont) === pending.head;
      if (adjacent && !repeat && cont && cont[1] === pending.code) {
        pending.text += `\n${line}`;
        pending.end = end;
        continue;
      }
      if (adjacent && !repeat && line.includes(pending.code)) {
        record(`${pending.text}\n${line}`, pending.line);
        pending = null;
        continue;
      }
      record(pending.text, pending.line);
      pending = null;
    }
    if (cont) pending = { text: line, line: lineNo, code: cont[1]!, head: afterCode(line, cont), end };
    else record(line, lineNo);
  }
  if (pending) record(pending.text, pending.line);

  let lines = 1;
  for (let i = log.indexOf('\n'); i !== -1; i = log.indexOf('\n', i + 1)) lines++;
  return {
    lines,
    errors,
    unrecognised,
    byEntry: [...counts.values()].sort((a, b) => b.count - a.count || a.firstLine - b.firstLine),
  };
}
