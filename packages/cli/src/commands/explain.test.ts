// `smtpfix explain` on files as a new user hands them over: a path, stdin, CRLF, an mbox or a
// Maildir by mistake, an empty or unrelated file. Real files in a temporary folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, run } from '../index.js';
import { type CliIo, processIo } from '../io.js';

const dir = mkdtempSync(join(tmpdir(), 'smtpfix-cli-explain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(stdin: Buffer | null = null) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    ...processIo,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => stdin,
  };
  return { io: cli, out: () => out.join(''), err: () => err.join('') };
}

const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

// A Postfix notice quoting two different Google replies, with its RFC 3464 report.
const BOUNCE = `From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
To: news@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

<a@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.1] said: 550-5.1.1 The
    email account that you tried to reach does not exist. x1 - gsmtp (in reply
    to RCPT TO command)

<b@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.1] said: 452-4.2.2 The
    recipient's inbox is out of storage space. x2 - gsmtp (in reply to RCPT TO
    command)

--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org

Final-Recipient: rfc822; a@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. x1 - gsmtp

Final-Recipient: rfc822; b@gmail.com
Action: failed
Status: 4.2.2
Diagnostic-Code: smtp; 452-4.2.2 The recipient's inbox is out of storage space. x2 - gsmtp

--B1--
`;

const answers = (json: string) =>
  (JSON.parse(json) as { bounce: { recipients: { recipient: string; id: string }[] } }).bounce.recipients.map(
    (r) => [r.recipient, r.id],
  );
const EXPECTED = [
  ['a@gmail.com', '550-5.1.1-no-such-user'],
  ['b@gmail.com', '452-4.2.2-inbox-out-of-storage'],
];

describe('smtpfix explain <file>', () => {
  it('reads a saved .eml named as its argument, one answer per recipient', async () => {
    const t = io();
    expect(await run(['explain', file('bounce.eml', BOUNCE)], t.io)).toBe(EXIT.ok);
    expect(t.out()).toMatch(
      /^Bounce \(postfix\) reporting 2 recipients:\n {2}- a@gmail\.com \(failed 5\.1\.1\)/,
    );
    expect(t.out()).toMatch(/== a@gmail\.com ==\nMatch: 550-5\.1\.1-no-such-user/);
    expect(t.out()).toMatch(/== b@gmail\.com ==\nMatch: 452-4\.2\.2-inbox-out-of-storage/);
    const j = io();
    expect(await run(['explain', '--json', join(dir, 'bounce.eml')], j.io)).toBe(EXIT.ok);
    expect(answers(j.out())).toEqual(EXPECTED);
  });

  it('reads `-` and no argument as stdin, with the same answer', async () => {
    for (const argv of [
      ['explain', '--json', '-'],
      ['explain', '--json'],
    ]) {
      const t = io(Buffer.from(BOUNCE));
      expect(await run(argv, t.io)).toBe(EXIT.ok);
      expect(answers(t.out())).toEqual(EXPECTED);
    }
  });

  it('reads CRLF line ends as LF', async () => {
    const t = io();
    expect(await run(['explain', '--json', file('crlf.eml', BOUNCE.replace(/\n/g, '\r\n'))], t.io)).toBe(
      EXIT.ok,
    );
    expect(answers(t.out())).toEqual(EXPECTED);
  });

  it('reads a message of an mbox (From line, >From escaping) and sends a whole mbox to scan', async () => {
    const one = `From MAILER-DAEMON Thu Dec  3 10:00:00 2026\n${BOUNCE}\n>From the returned body: an escaped line.\n`;
    const t = io();
    expect(await run(['explain', '--json', file('one.mbox', one)], t.io)).toBe(EXIT.ok);
    expect(answers(t.out())).toEqual(EXPECTED);

    const two = `${one}\nFrom MAILER-DAEMON Thu Dec  3 10:00:01 2026\n${BOUNCE}`;
    const m = io();
    expect(await run(['explain', file('two.mbox', two)], m.io)).toBe(EXIT.input);
    expect(m.err()).toMatch(/two\.mbox is an mbox of 2 messages\. `smtpfix scan .*two\.mbox` counts them/);
  });

  it('sends a Maildir folder to scan, which counts cur/ and new/', async () => {
    const md = join(dir, 'Maildir');
    for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(md, sub), { recursive: true });
    writeFileSync(join(md, 'cur', '1700000000.1.host:2,S'), BOUNCE);
    writeFileSync(join(md, 'new', '1700000001.2.host'), BOUNCE.replace(/\n/g, '\r\n'));
    const t = io();
    expect(await run(['explain', md], t.io)).toBe(EXIT.input);
    expect(t.err()).toMatch(/is a folder\. `smtpfix scan .*Maildir` counts the bounces of a Maildir/);
    const s = io();
    expect(await run(['scan', '--json', md], s.io)).toBe(EXIT.ok);
    expect(JSON.parse(s.out())).toMatchObject({ source: 'maildir', messages: 2, bounces: 2, recipients: 4 });
  });

  it('says what is wrong with an empty file, a missing one and one that is not a bounce (exit 3, 3, 1)', async () => {
    const e = io();
    expect(await run(['explain', file('empty.eml', '')], e.io)).toBe(EXIT.input);
    expect(e.err()).toMatch(/empty\.eml is empty/);

    const blank = io();
    expect(await run(['explain', file('blank.txt', '\n  \r\n')], blank.io)).toBe(EXIT.input);

    const missing = io();
    expect(await run(['explain', join(dir, 'nope.eml')], missing.io)).toBe(EXIT.input);
    expect(missing.err()).toMatch(/Cannot read .*nope\.eml: no such file/);

    const other = io();
    const lunch = file('lunch.eml', 'From: ana@example.org\nSubject: lunch\n\nNoon?\n');
    expect(await run(['explain', lunch], other.io)).toBe(EXIT.noMatch);
    expect(other.out()).toMatch(/No SMTP, token or connection error found/);
    expect(other.err()).toMatch(/lunch\.eml holds no bounce and no SMTP, token or connection error/);
  });

  it('asks for scan when given several files', async () => {
    const t = io();
    expect(await run(['explain', join(dir, 'bounce.eml'), join(dir, 'crlf.eml')], t.io)).toBe(EXIT.usage);
    expect(t.err()).toMatch(/explain reads one message; for several, .*smtpfix scan <folder>/);
  });

  it('still reads a word that names no file as the error text', async () => {
    const t = io();
    expect(await run(['explain', 'invalid_grant'], t.io)).toBe(EXIT.ok);
    expect(t.out()).toMatch(/Match: .*invalid-grant/);
  });

  it('reads a whole bounce larger than a paste (its returned attachment), up to 32 MB', async () => {
    const attachment = Buffer.alloc(1_500_000, 7).toString('base64').replace(/.{76}/g, '$&\n');
    const big = BOUNCE.replace(
      '--B1--',
      `--B1\nContent-Type: message/rfc822\n\nFrom: news@example.org\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n${attachment}\n--B1--`,
    );
    const t = io(Buffer.from(big));
    expect(await run(['explain', '--json', '-'], t.io)).toBe(EXIT.ok);
    expect(answers(t.out())).toEqual(EXPECTED);
  });

  it('reads an ISO-8859-1 8-bit message without losing its accents', async () => {
    const fr = Buffer.from(
      BOUNCE.replace(
        'Subject: Undelivered Mail Returned to Sender',
        'Subject: Message non distribué à a@gmail.com',
      ),
      'latin1',
    );
    const t = io();
    expect(await run(['explain', '--json', file('fr.eml', fr)], t.io)).toBe(EXIT.ok);
    expect(answers(t.out())).toEqual(EXPECTED);
    expect(JSON.parse(t.out()).bounce.subject).toBe('Message non distribué à a@gmail.com');
  });
});

describe('secrets in a bounce', () => {
  it('are masked before anything is printed, including text decoded from base64', async () => {
    const transcript = [
      '>>> AUTH PLAIN AGFAZXhhbXBsZS5vcmcAaHVudGVyMg==',
      '<<< 535-5.7.8 Username and Password not accepted. password=hunter2 ya29.a0AfH6SMBxSECRETSECRET',
    ].join('\n');
    const b64 = Buffer.from(`Diagnostic transcript:\n${transcript}\n`).toString('base64');
    const eml = BOUNCE.replace(
      'Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. x1 - gsmtp',
      'Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. password=hunter2 AUTH PLAIN AGFAZXhhbXBsZS5vcmcAaHVudGVyMg== ya29.a0AfH6SMBxSECRETSECRET x1 - gsmtp',
    ).replace(
      '--B1--',
      `--B1\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n${b64}\n--B1--`,
    );
    for (const argv of [
      ['explain', '--json', '-'],
      ['explain', '-'],
    ]) {
      const t = io(Buffer.from(eml));
      expect(await run(argv, t.io)).toBe(EXIT.ok);
      const all = t.out() + t.err();
      for (const secret of ['hunter2', 'AGFAZXhhbXBsZS5vcmcAaHVudGVyMg', 'SECRETSECRET'])
        expect(all).not.toContain(secret);
    }
    const t = io(Buffer.from(eml));
    await run(['explain', '--json', '-'], t.io);
    expect(t.out()).toContain('[masked]');
  });

  it('are masked in a reply that only a base64 part holds', async () => {
    const notice = `This is the mail system at host mail.example.org.\n\n<a@gmail.com>: host smtp.gmail.com[192.0.2.1] said: 535-5.7.8 Username and\n    Password not accepted. AUTH PLAIN AGFAZXhhbXBsZS5vcmcAaHVudGVyMg== x1 - gsmtp\n    (in reply to AUTH command)\n`;
    const eml = `From: MAILER-DAEMON@mail.example.org (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${Buffer.from(notice).toString('base64')}\n`;
    const t = io(Buffer.from(eml));
    expect(await run(['explain', '--json', '-'], t.io)).toBe(EXIT.ok);
    const j = JSON.parse(t.out());
    expect(j.bounce.recipients[0].diagnosticCode).toContain('AUTH PLAIN [masked]');
    expect(t.out()).not.toContain('AGFAZXhhbXBsZS5vcmcAaHVudGVyMg');
  });
});
