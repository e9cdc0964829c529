import { type BounceScanReport, createBounceScanner, looksLikeBounce, scan as scanLog } from '@smtpfix/core';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../errors.js';
import { asText, readError } from '../input.js';
import type { CliIo } from '../io.js';
import { bounceScanJson, scanJson } from '../json.js';
import { createMboxSplitter, isMbox, maildirFiles } from '../mailbox.js';

/** Past this a log is read in one piece no more; split it. Mailboxes are streamed and have no limit. */
export const MAX_SCAN_BYTES = 512 * 1024 * 1024;
/**
 * Mailboxes from this size on report progress on stderr when it is a terminal (or any size, anywhere,
 * with `--progress`); a pipe or a log file gets none unless asked.
 */
export const PROGRESS_BYTES = 64 * 1024 * 1024;
const PROGRESS_EVERY_MS = 1000;

type Source = 'mbox' | 'maildir' | 'eml';

/**
 * Prints a progress line at most once a second; nothing unless asked for or the input is large. The
 * clock is read once per 64 messages: a mailbox of small bounces must not pay for it per message.
 */
function progress(io: CliIo, on: boolean) {
  let last = io.now?.() ?? 0;
  let calls = 0;
  return (line: () => string) => {
    if (!on || !io.now || (++calls & 63) !== 1) return;
    const t = io.now();
    if (t - last < PROGRESS_EVERY_MS) return;
    last = t;
    io.stderr(`${line()}\n`);
  };
}

function printBounceReport(io: CliIo, r: BounceScanReport, source: Source, json: boolean): void {
  if (json) {
    io.stdout(`${JSON.stringify(bounceScanJson(r, source), null, 2)}\n`);
    return;
  }
  const table = (head: [string, string, string], rows: string[][]) => {
    const w0 = Math.max(5, ...rows.map((x) => x[0]!.length));
    const w1 = Math.max(head[1].length, ...rows.map((x) => x[1]!.length));
    return [
      `${head[0].padStart(w0)}  ${head[1].padEnd(w1)}  ${head[2]}`.trimEnd(),
      ...rows.map((x) => `${x[0]!.padStart(w0)}  ${x[1]!.padEnd(w1)}  ${x[2] ?? ''}`.trimEnd()),
    ];
  };
  const pages = r.byEntry.map((c) => [String(c.count), c.entry.id, c.entry.title]);
  if (r.unrecognised) pages.push([String(r.unrecognised), '(unrecognised)', 'recipients that named no page']);
  io.stdout(
    `${[
      `${r.bounces} bounces in ${r.messages} messages (${source}), ${r.recipients} recipients`,
      '',
      'By reason:',
      ...table(
        ['count', 'reason', ''],
        r.byReason.map((x) => [String(x.count), x.reason]),
      ),
      '',
      'By page:',
      ...table(['count', 'entry', 'title'], pages),
    ].join('\n')}\n`,
  );
}

async function scanMbox(io: CliIo, chunks: AsyncIterable<Buffer>, size: number, show: boolean) {
  const scanner = createBounceScanner();
  const split = createMboxSplitter();
  let bytes = 0;
  const tick = progress(io, show);
  const status = () => {
    const r = scanner.report();
    const of = size ? ` of ${(size / 1048576).toFixed(1)}` : '';
    return `scan: ${(bytes / 1048576).toFixed(1)}${of} MB, ${r.messages} messages, ${r.bounces} bounces`;
  };
  // One await per chunk; the messages within a chunk are split and read synchronously.
  for await (const chunk of chunks) {
    bytes += chunk.length;
    for (const message of split.push(chunk)) {
      scanner.add(message);
      tick(status);
    }
  }
  const last = split.end();
  if (last) scanner.add(last);
  return scanner.report();
}

async function scanMaildir(io: CliIo, dir: string, show: boolean) {
  if (!io.readDir) throw new CliError('INPUT', `${dir} is a directory, and this environment cannot list it.`);
  let files: string[];
  try {
    files = await maildirFiles(dir, io.readDir);
  } catch (err) {
    throw readError(dir, err);
  }
  if (files.length === 0)
    throw new CliError('INPUT', `${dir} holds no messages (a Maildir keeps them in cur/ and new/).`);
  const scanner = createBounceScanner();
  const tick = progress(io, show || (files.length >= 50_000 && io.stderrIsTTY === true));
  for (const [i, f] of files.entries()) {
    let buf: Buffer;
    try {
      buf = await io.readFile(f);
    } catch (err) {
      throw readError(f, err);
    }
    scanner.add(buf);
    tick(() => `scan: ${i + 1} of ${files.length} messages, ${scanner.report().bounces} bounces`);
  }
  return scanner.report();
}

async function* once(buf: Buffer): AsyncGenerator<Buffer> {
  yield buf;
}

export const scan = defineCommand({
  meta: {
    name: 'scan',
    description:
      'Count the errors in a log by page, or the bounces in an mbox file or Maildir folder by page and reason (`-` reads stdin).',
  },
  args: {
    file: {
      type: 'positional',
      required: true,
      description: 'A log file, an mbox file, a Maildir folder, or - for stdin',
    },
    json: { type: 'boolean', description: 'Print the report as JSON' },
    progress: {
      type: 'boolean',
      description: 'Report progress on stderr (on by default for mailboxes over 64 MB)',
    },
  },
  async run({ args, data }) {
    const io = data as CliIo;
    const file = String(args.file);
    const json = Boolean(args.json);
    let buf: Buffer | null = null;
    if (file === '-') {
      buf = await io.readStdin();
      if (buf === null)
        throw new CliError(
          'USAGE',
          'Nothing on stdin: pipe a log in (`cat mail.log | smtpfix scan -`) or name a file.',
        );
    } else {
      let info: { isDirectory: boolean; size: number } | null = null;
      if (io.stat) {
        try {
          info = await io.stat(file);
        } catch (err) {
          throw readError(file, err);
        }
      }
      if (info?.isDirectory) {
        printBounceReport(io, await scanMaildir(io, file, Boolean(args.progress)), 'maildir', json);
        return EXIT.ok;
      }
      if (info && info.size > 0 && io.readStream) {
        // Peek at the first chunk: an mbox is streamed, anything else is read whole below.
        const stream = io.readStream(file)[Symbol.asyncIterator]();
        const first = await stream.next();
        if (!first.done && isMbox(first.value)) {
          const rest = (async function* () {
            yield first.value;
            for (let n = await stream.next(); !n.done; n = await stream.next()) yield n.value;
          })();
          const show = Boolean(args.progress) || (info.size >= PROGRESS_BYTES && io.stderrIsTTY === true);
          printBounceReport(io, await scanMbox(io, rest, info.size, show), 'mbox', json);
          return EXIT.ok;
        }
        await stream.return?.();
      }
      try {
        buf = await io.readFile(file);
      } catch (err) {
        throw readError(file, err);
      }
    }
    if (buf.length === 0) throw new CliError('INPUT', `${file === '-' ? 'stdin' : file} is empty.`);
    if (isMbox(buf)) {
      printBounceReport(io, await scanMbox(io, once(buf), buf.length, Boolean(args.progress)), 'mbox', json);
      return EXIT.ok;
    }
    if (buf.length > MAX_SCAN_BYTES)
      throw new CliError('INPUT', `${file} is over 512 MB; split it (\`split -C 256m\`) and scan the parts.`);
    const head = asText(buf.subarray(0, 65_536), file === '-' ? 'stdin' : file);
    // One whole message (a saved .eml): its recipients, counted like a mailbox of one.
    if (/^[A-Za-z][\w-]*:/.test(head) && looksLikeBounce(head)) {
      printBounceReport(
        io,
        await scanMbox(io, once(Buffer.concat([Buffer.from('From - \n'), buf])), 0, false),
        'eml',
        json,
      );
      return EXIT.ok;
    }
    // Every pattern scan looks for is ASCII, so it reads the log as bytes (latin1): decoding 50 MB
    // of UTF-8 would take longer than the scan itself. Samples are turned back into UTF-8 text.
    const bytes = scanLog(buf.toString('latin1'));
    const report = {
      ...bytes,
      byEntry: bytes.byEntry.map((c) => ({ ...c, sample: Buffer.from(c.sample, 'latin1').toString('utf8') })),
    };
    if (json) {
      io.stdout(`${JSON.stringify(scanJson(report), null, 2)}\n`);
      return EXIT.ok;
    }
    const rows = report.byEntry.map((c) => [String(c.count), c.entry.id, c.entry.title]);
    if (report.unrecognised)
      rows.push([String(report.unrecognised), '(unrecognised)', 'errors that named no page']);
    const w0 = Math.max(5, ...rows.map((r) => r[0]!.length));
    const w1 = Math.max(5, ...rows.map((r) => r[1]!.length));
    const lines = [
      `${report.errors} errors in ${report.lines} lines`,
      '',
      `${'count'.padStart(w0)}  ${'entry'.padEnd(w1)}  title`,
      ...rows.map((r) => `${r[0]!.padStart(w0)}  ${r[1]!.padEnd(w1)}  ${r[2]}`),
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
});
