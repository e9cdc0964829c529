import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, run } from './index.js';
import { type CliIo, processIo } from './io.js';
import { mboxMessages } from './mailbox.js';
import { gmailNotFound } from './test/bounces.js';

const postfix = (a: string, b: string) => `From MAILER-DAEMON Thu Dec  3 10:00:01 2026
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender

This is the mail system at host mail.example.org.

                   The mail system

<${a}>: host gmail-smtp-in.l.google.com[192.0.2.1] said: 550-5.1.1 The email
    account that you tried to reach does not exist. Please try 550-5.1.1
    double-checking the recipient's email address for typos or 550-5.1.1
    unnecessary spaces. x1 - gsmtp (in reply to RCPT TO command)

<${b}>: host gmail-smtp-in.l.google.com[192.0.2.1] said: 452-4.2.2 The
    recipient's inbox is out of storage space. Please direct the 452-4.2.2
    recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp
    x2 - gsmtp (in reply to RCPT TO command)
`;
const notABounce = `From me@example.org Thu Dec  3 10:00:02 2026
From: me@example.org
Subject: lunch

Noon?
`;
const mbox = [
  gmailNotFound('a@example.com'),
  postfix('b@gmail.com', 'c@gmail.com'),
  notABounce,
  gmailNotFound('d@example.net'),
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'smtpfix-cli-mailbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(overrides: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      ...processIo,
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      ...overrides,
    } as CliIo,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describe('smtpfix scan over mailboxes', () => {
  it('splits an mbox into messages across chunk boundaries', async () => {
    const chunks = (async function* () {
      for (let i = 0; i < mbox.length; i += 7) yield Buffer.from(mbox.slice(i, i + 7), 'latin1');
    })();
    const got: string[] = [];
    for await (const m of mboxMessages(chunks)) got.push(m.toString('latin1'));
    expect(got).toHaveLength(4);
    expect(got.every((m) => m.startsWith('From '))).toBe(true);
    expect(got.join('')).toBe(mbox);
  });

  it('splits any mbox into the messages a plain string split finds, however it is chunked', async () => {
    // The reference: every `\nFrom ` ends a message (one at the very start does not).
    const reference = (text: string) => {
      const out: string[] = [];
      let start = 0;
      for (let at = text.indexOf('\nFrom ', 1); at !== -1; at = text.indexOf('\nFrom ', start + 1)) {
        out.push(text.slice(start, at + 1));
        start = at + 1;
      }
      if (text.slice(start).trim()) out.push(text.slice(start));
      return out;
    };
    const piece = fc.constantFrom(
      'From ',
      '\nFrom ',
      '\n',
      'From',
      'rom ',
      '>From ',
      'x',
      'body text ',
      '\r\n',
      '\n\n',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1 }),
        async (parts, sizes) => {
          const text = parts.join('');
          const chunks = (async function* () {
            let k = 0;
            for (let i = 0; i < text.length; k++) {
              const n = sizes[k % sizes.length]!;
              yield Buffer.from(text.slice(i, i + n), 'latin1');
              i += n;
            }
          })();
          const got: string[] = [];
          for await (const m of mboxMessages(chunks)) got.push(m.toString('latin1'));
          expect(got).toEqual(reference(text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('counts an mbox file by page and by reason, streamed from disk (--json)', async () => {
    const file = join(dir, 'bounces.mbox');
    writeFileSync(file, mbox);
    const t = io();
    expect(await run(['scan', file, '--json'], t.io)).toBe(EXIT.ok);
    const r = JSON.parse(t.out());
    expect(r).toMatchObject({ source: 'mbox', messages: 4, bounces: 3, recipients: 4, unrecognised: 0 });
    expect(r.byReason).toEqual([
      { reason: 'user-unknown', count: 3 },
      { reason: 'mailbox-full', count: 1 },
    ]);
    expect(Object.fromEntries(r.byEntry.map((e: { id: string; count: number }) => [e.id, e.count]))).toEqual({
      'notice-address-not-found': 2,
      '550-5.1.1-no-such-user': 1,
      '452-4.2.2-inbox-out-of-storage': 1,
    });
  });

  it('prints a table, and progress on stderr when asked', async () => {
    const file = join(dir, 'progress.mbox');
    writeFileSync(file, mbox);
    let clock = 0;
    const t = io({ now: () => (clock += 5000) });
    expect(await run(['scan', file, '--progress'], t.io)).toBe(EXIT.ok);
    expect(t.out()).toMatch(/^3 bounces in 4 messages \(mbox\), 4 recipients/);
    expect(t.out()).toMatch(/By reason:\n\s*count\s+reason\n\s*3\s+user-unknown/);
    expect(t.err()).toMatch(/^scan: [\d.]+ of [\d.]+ MB, \d+ messages, \d+ bounces$/m);
  });

  it('counts a Maildir folder (cur/ and new/)', async () => {
    const md = join(dir, 'Maildir');
    for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(md, sub), { recursive: true });
    writeFileSync(join(md, 'cur', '1.eml'), gmailNotFound('x@example.com').replace(/^From .*\n/, ''));
    writeFileSync(join(md, 'new', '2.eml'), postfix('y@gmail.com', 'z@gmail.com').replace(/^From .*\n/, ''));
    writeFileSync(join(md, 'tmp', 'partial'), 'being written');
    const t = io();
    expect(await run(['scan', md, '--json'], t.io)).toBe(EXIT.ok);
    expect(JSON.parse(t.out())).toMatchObject({ source: 'maildir', messages: 2, bounces: 2, recipients: 3 });
  });

  it('reads one saved .eml bounce', async () => {
    const file = join(dir, 'one.eml');
    writeFileSync(file, postfix('y@gmail.com', 'z@gmail.com').replace(/^From .*\n/, ''));
    const t = io();
    expect(await run(['scan', file, '--json'], t.io)).toBe(EXIT.ok);
    expect(JSON.parse(t.out())).toMatchObject({ source: 'eml', bounces: 1, recipients: 2 });
  });

  it("reads a bounce forwarded as an attachment: the person's message holding it as message/rfc822", async () => {
    const file = join(dir, 'forwarded.eml');
    const bounce = postfix('y@gmail.com', 'z@gmail.com').replace(/^From .*\n/, '');
    writeFileSync(
      file,
      `From: Alice <alice@example.net>\nSubject: Fwd: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="FW1"\n\n--FW1\nContent-Type: text/plain\n\nSee the attached bounce.\n\n--FW1\nContent-Type: message/rfc822\n\n${bounce}\n--FW1--\n`,
    );
    const t = io();
    expect(await run(['scan', file, '--json'], t.io)).toBe(EXIT.ok);
    expect(JSON.parse(t.out())).toMatchObject({ source: 'eml', bounces: 1, recipients: 2 });
  });

  it('says what is wrong with an empty Maildir', async () => {
    const md = join(dir, 'EmptyMaildir');
    mkdirSync(join(md, 'cur'), { recursive: true });
    const t = io();
    expect(await run(['scan', md], t.io)).toBe(EXIT.input);
    expect(t.err()).toMatch(/holds no messages/);
  });
});

describe('smtpfix explain on a whole bounce', () => {
  it('answers each failed recipient when their answers differ', async () => {
    const t = io();
    expect(await run(['explain', postfix('b@gmail.com', 'c@gmail.com')], t.io)).toBe(EXIT.ok);
    expect(t.out()).toMatch(/Bounce \(postfix\) reporting 2 recipients:/);
    expect(t.out()).toMatch(
      /== b@gmail\.com ==\nMatch: 550-5\.1\.1-no-such-user \(\d+% sure, reason: user-unknown\)/,
    );
    expect(t.out()).toMatch(/== c@gmail\.com ==\nMatch: 452-4\.2\.2-inbox-out-of-storage/);
  });

  it('puts every recipient in --json', async () => {
    const t = io();
    expect(await run(['explain', '--json', postfix('b@gmail.com', 'c@gmail.com')], t.io)).toBe(EXIT.ok);
    const j = JSON.parse(t.out());
    expect(j.reason).toBe('user-unknown');
    expect(
      j.bounce.recipients.map((r: { recipient: string; id: string; reason: string }) => [
        r.recipient,
        r.id,
        r.reason,
      ]),
    ).toEqual([
      ['b@gmail.com', '550-5.1.1-no-such-user', 'user-unknown'],
      ['c@gmail.com', '452-4.2.2-inbox-out-of-storage', 'mailbox-full'],
    ]);
  });
});
