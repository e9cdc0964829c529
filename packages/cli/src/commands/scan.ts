import { scan as scanLog } from '@smtpfix/core';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../errors.js';
import { asText, readError } from '../input.js';
import type { CliIo } from '../io.js';
import { scanJson } from '../json.js';

/** Past this a log is read in one piece no more; split it. */
export const MAX_SCAN_BYTES = 512 * 1024 * 1024;

export const scan = defineCommand({
  meta: {
    name: 'scan',
    description: 'Find every error in a log file and count them by page (`-` reads stdin).',
  },
  args: {
    file: { type: 'positional', required: true, description: 'The log file, or - for stdin' },
    json: { type: 'boolean', description: 'Print the report as JSON' },
  },
  async run({ args, data }) {
    const io = data as CliIo;
    const file = String(args.file);
    let buf: Buffer | null;
    if (file === '-') {
      buf = await io.readStdin();
      if (buf === null)
        throw new CliError(
          'USAGE',
          'Nothing on stdin: pipe a log in (`cat mail.log | smtpfix scan -`) or name a file.',
        );
    } else {
      try {
        buf = await io.readFile(file);
      } catch (err) {
        throw readError(file, err);
      }
    }
    if (buf.length === 0) throw new CliError('INPUT', `${file === '-' ? 'stdin' : file} is empty.`);
    if (buf.length > MAX_SCAN_BYTES)
      throw new CliError('INPUT', `${file} is over 512 MB; split it (\`split -C 256m\`) and scan the parts.`);
    asText(buf.subarray(0, 65_536), file === '-' ? 'stdin' : file);
    // Every pattern scan looks for is ASCII, so it reads the log as bytes (latin1): decoding 50 MB
    // of UTF-8 would take longer than the scan itself. Samples are turned back into UTF-8 text.
    const bytes = scanLog(buf.toString('latin1'));
    const report = {
      ...bytes,
      byEntry: bytes.byEntry.map((c) => ({ ...c, sample: Buffer.from(c.sample, 'latin1').toString('utf8') })),
    };
    if (args.json) {
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
