import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole, splitPastes } from './console.js';

async function run(stdin: string, isTTY = false) {
  const out: string[] = [];
  const code = await runConsole({ input: Readable.from([stdin]), write: (t) => out.push(t), isTTY });
  return { code, out: out.join('') };
}

describe('console', () => {
  it('answers a built-in sample when stdin is empty, and says so', async () => {
    const { code, out } = await run('');
    expect(code).toBe(0);
    expect(out).toMatch(/sample paste/);
    expect(out).toContain('535 5.7.8');
    expect(out).toContain('How to fix it');
  });

  it('answers each piped paste (blank lines separate them), masking secrets', async () => {
    const { code, out } = await run(
      "454-4.7.0 Too many login attempts, please try again later. - gsmtp\n\n\n535 5.7.8 Username and Password not accepted pass: 'hunter2hunter2'\n",
    );
    expect(code).toBe(0);
    expect(out).toContain('paste 1 of 2');
    expect(out).toContain('454 4.7.0');
    expect(out).toContain('535 5.7.8');
    expect(out).not.toContain('hunter2');
  });

  it('links the page on the smtpfix site when a site URL is set', async () => {
    const out: string[] = [];
    await runConsole({
      input: Readable.from(['454-4.7.0 Too many login attempts, please try again later. - gsmtp\n']),
      write: (t) => out.push(t),
      isTTY: false,
      siteUrl: 'https://fix.example/',
    });
    expect(out.join('')).toContain('https://fix.example/fix/454-4.7.0-too-many-login-attempts/');
    expect(
      (await run('454-4.7.0 Too many login attempts, please try again later. - gsmtp\n')).out,
    ).not.toContain('fix.example');
  });

  it('is an interactive prompt on a TTY; a blank line quits', async () => {
    const input = new PassThrough();
    const out: string[] = [];
    const done = runConsole({ input, write: (t) => out.push(t), isTTY: true });
    input.write('550-5.1.1 The email account that you tried to reach does not exist.\n');
    input.write('550 5.1.1 https://support.google.com/mail/?p=NoSuchUser - gsmtp\n');
    await new Promise((r) => setTimeout(r, 100));
    input.write('\n');
    expect(await done).toBe(0);
    const text = out.join('');
    expect(text).toContain('smtpfix>');
    expect(text.match(/550 5\.1\.1 ·/g)).toHaveLength(1);
  });

  it('splits pastes on blank lines', () => {
    expect(splitPastes('a\nb\n\n  \nc\r\n\r\nd')).toEqual(['a\nb', 'c', 'd']);
  });
});
