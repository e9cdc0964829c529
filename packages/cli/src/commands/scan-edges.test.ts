// `smtpfix scan` on the mailboxes people actually have: mboxrd `>From ` quoting, CRLF files, a
// mailbox with no bounce in it. Real files in a temporary folder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, run } from '../index.js';
import { type CliIo, processIo } from '../io.js';
import { gmailNotFound as bounce } from '../test/bounces.js';

const dir = mkdtempSync(join(tmpdir(), 'smtpfix-cli-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const cli: CliIo = { ...processIo, stdout: (t) => void out.push(t), stderr: () => {} };
  return { io: cli, json: () => JSON.parse(out.join('')) };
}

describe('smtpfix scan edges', () => {
  it('does not split a message at its >From lines', async () => {
    const p = join(dir, 'rd.mbox');
    writeFileSync(p, [0, 1, 2].map((i) => bounce(`u${i}@example.com`, i)).join('\n'));
    const t = io();
    expect(await run(['scan', '--json', p], t.io)).toBe(EXIT.ok);
    expect(t.json()).toMatchObject({ source: 'mbox', messages: 3, bounces: 3, recipients: 3 });
  });

  it('reads an mbox with CRLF line ends the same', async () => {
    const p = join(dir, 'crlf.mbox');
    writeFileSync(
      p,
      [0, 1]
        .map((i) => bounce(`u${i}@example.com`, i))
        .join('\n')
        .replace(/\n/g, '\r\n'),
    );
    const t = io();
    expect(await run(['scan', '--json', p], t.io)).toBe(EXIT.ok);
    expect(t.json()).toMatchObject({
      messages: 2,
      bounces: 2,
      byReason: [{ reason: 'user-unknown', count: 2 }],
    });
  });

  it('reports a mailbox without bounces as such (exit 0)', async () => {
    const p = join(dir, 'plain.mbox');
    writeFileSync(p, 'From a@b.co Thu Dec  3 10:00:00 2026\nFrom: a@b.co\nSubject: hi\n\nhello\n');
    const t = io();
    expect(await run(['scan', '--json', p], t.io)).toBe(EXIT.ok);
    expect(t.json()).toMatchObject({ messages: 1, bounces: 0, recipients: 0, byEntry: [] });
  });
});
