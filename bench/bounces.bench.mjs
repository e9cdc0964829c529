// `smtpfix scan` over mboxes of 10,000 bounce messages (Gmail, Postfix, Exim, qmail and Google
// Groups notices, each with its returned original message), timed side by side with `grep -c`
// reading the same file. Two rows: the original 18 MB one (each bounce returns a 1.3 KB plain
// message), and one with the returned messages real senders send (an HTML newsletter with a text
// alternative, 10–60 KB, a fifth with a base64 attachment). The generator is bounce-mail.mjs; the
// mix is drawn at random and never tuned.
//
// Per row, median of 5: grep -c and a fresh `smtpfix scan --json` process (wall; CPU is the mean of
// the 5 from the children's CPU time, which other load on the machine does not inflate as it does
// wall time), `node -e 0` and `smtpfix --version` for Node's and the CLI's start-up, and the
// scanner in-process over the file already in memory (the CLI's mbox splitter and core's scanner:
// no start-up, no file read, after one warm-up run; wall and CPU).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBounceScanner } from '@smtpfix/core';
import { createMboxSplitter } from '../packages/cli/dist/mailbox.js';
import { generateBounces } from './bounce-mail.mjs';

const cli = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const N = 10_000;
const RUNS = 5;

/** CPU time of this process's waited-for children, in ms (Linux; 10 ms ticks), or null. */
function childCpu() {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8');
    const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat (cutime, cstime), counted from after the command name.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** Runs `cmd args` RUNS times: median wall ms, mean CPU ms, and the last stdout. */
function timeProcess(cmd, args) {
  const walls = [];
  let out = '';
  const c0 = childCpu();
  for (let k = 0; k < RUNS; k++) {
    const t = process.hrtime.bigint();
    out = execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    walls.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const c1 = childCpu();
  return { wall: median(walls), cpu: c0 === null ? null : (c1 - c0) / RUNS, out };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x === null ? '   n/a' : `${x.toFixed(1).padStart(6)} ms`);
const ratio = (a, b) => (a === null || b === null || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}x`);

/** The scanner in-process over the file in memory, warmed up: median wall and median CPU of RUNS. */
function timeInProcess(buf) {
  const walls = [];
  const cpus = [];
  let report;
  // One run first, not timed: this row is the scanner's steady speed; the fresh CLI process above
  // pays for V8's warm-up.
  for (let k = -1; k < RUNS; k++) {
    globalThis.gc?.();
    const c0 = process.cpuUsage();
    const t = process.hrtime.bigint();
    const s = createBounceScanner();
    const split = createMboxSplitter();
    for (const m of split.push(buf)) s.add(m);
    const last = split.end();
    if (last) s.add(last);
    report = s.report();
    const c = process.cpuUsage(c0);
    if (k < 0) continue;
    walls.push(Number(process.hrtime.bigint() - t) / 1e6);
    cpus.push((c.user + c.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus), report };
}

const node0 = timeProcess(process.execPath, ['-e', '0']);
const cliStart = timeProcess(process.execPath, [cli, '--version']);

let failed = false;
for (const [name, originals] of [
  ['short returned messages (the first row, as it always was)', 'short'],
  ['newsletter-sized returned messages (10-60 KB HTML + text, 1 in 5 with an attachment)', 'newsletter'],
]) {
  const { messages, kindOf } = generateBounces(N, { originals });
  const expected = new Map();
  for (const k of kindOf) expected.set(k.page, (expected.get(k.page) ?? 0) + 1);
  const dir = mkdtempSync(join(tmpdir(), 'smtpfix-bounces-'));
  const file = join(dir, 'bounces.mbox');
  writeFileSync(file, messages.join('\n'));
  messages.length = 0;
  const mb = statSync(file).size / 1048576;
  // Warm the page cache for both: neither is billed for the disk.
  const buf = readFileSync(file);

  const grep = timeProcess('grep', ['-c', '^From ', file]);
  const scan = timeProcess(process.execPath, [cli, 'scan', file, '--json']);
  const report = JSON.parse(scan.out);
  const inproc = timeInProcess(buf);
  rmSync(dir, { recursive: true, force: true });

  let wrong = 0;
  for (const [page, n] of expected) {
    const got = report.byEntry.find((e) => e.id === page)?.count ?? 0;
    const gotIn = inproc.report.byEntry.find((e) => e.entry.id === page)?.count ?? 0;
    if (got !== n || gotIn !== n) {
      wrong++;
      console.log(`  MISCOUNT ${page}: expected ${n}, counted ${got} (CLI), ${gotIn} (in-process)`);
    }
  }
  failed ||= wrong > 0;
  console.log(`\nbounces, ${name}: ${N} messages, ${mb.toFixed(1)} MB mbox (median of ${RUNS})`);
  console.log(`                      wall       CPU   (CPU: mean of ${RUNS}, 10 ms ticks for processes)`);
  console.log(
    `  grep -c '^From '  ${ms(grep.wall)} ${ms(grep.cpu)}  (${grep.out.trim()} messages; counts only)`,
  );
  console.log(
    `  smtpfix scan      ${ms(scan.wall)} ${ms(scan.cpu)}  (${report.bounces} bounces, ${report.recipients} recipients, ${report.byEntry.length} pages, ${report.unrecognised} unrecognised; a fresh process)`,
  );
  console.log(
    `  scanner in-proc.  ${ms(inproc.wall)} ${ms(inproc.cpu)}  (file in memory: split + scan, after a warm-up run; CPU median)`,
  );
  console.log(`  node -e 0         ${ms(node0.wall)} ${ms(node0.cpu)}  (Node's own start-up)`);
  console.log(`  smtpfix --version ${ms(cliStart.wall)} ${ms(cliStart.cpu)}  (the CLI's start-up)`);
  console.log(`  counts ${wrong ? `WRONG for ${wrong} pages` : 'match the generated mix for every page'}`);
  console.log(
    `  ratio to grep -c: CLI ${ratio(scan.wall, grep.wall)} wall, ${ratio(scan.cpu, grep.cpu)} CPU; in-process ${ratio(inproc.wall, grep.wall)} wall, ${ratio(inproc.cpu, grep.cpu)} CPU  (goal: <= 3x)`,
  );
  console.log(
    `  start-up share of the CLI's wall time: node -e 0 ${((100 * node0.wall) / scan.wall).toFixed(0)}%, smtpfix --version ${((100 * cliStart.wall) / scan.wall).toFixed(0)}%`,
  );
  if (node0.wall > 3 * grep.wall)
    console.log(
      `  note: node -e 0 alone is ${ratio(node0.wall, grep.wall)} grep -c on this row, so no Node CLI can be within 3x here`,
    );
}
if (failed) process.exitCode = 1;
