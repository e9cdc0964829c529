import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { EXIT, run } from './index.js';

function fakeIo(stdin: string | Buffer | null = null, files: Record<string, string | Buffer> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => (stdin === null ? null : Buffer.from(stdin)),
    readFile: async (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return Buffer.from(f);
    },
    env: {},
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const PASTE =
  'Error: Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1sm - gsmtp';

describe('smtpfix explain', () => {
  it('prints the fix page for an argument', async () => {
    const t = fakeIo();
    expect(await run(['explain', PASTE], t.io)).toBe(EXIT.ok);
    expect(t.out()).toContain('535-5.7.8-bad-credentials');
    expect(t.out()).toContain('How to fix it');
  });

  it('reads stdin and prints the Diagnosis as JSON', async () => {
    const t = fakeIo(PASTE);
    expect(await run(['explain', '--json'], t.io)).toBe(EXIT.ok);
    const json = JSON.parse(t.out());
    expect(json.entry.id).toBe('535-5.7.8-bad-credentials');
    expect(json.reply).toMatchObject({ replyCode: 535, enhancedCode: '5.7.8', helpTopic: 'BadCredentials' });
    expect(json.transient).toBe(false);
  });

  it('links the page on the site when a base URL is configured, and not otherwise', async () => {
    const plain = fakeIo();
    await run(['explain', PASTE], plain.io);
    expect(plain.out()).not.toContain('On the web');

    const env = fakeIo();
    env.io.env = { SMTPFIX_SITE_URL: 'https://fix.example/smtp' };
    await run(['explain', PASTE], env.io);
    expect(env.out()).toContain('On the web: https://fix.example/smtp/fix/535-5.7.8-bad-credentials/');

    const flag = fakeIo();
    await run(['explain', '--json', '--site-url', 'https://a.example/', PASTE], flag.io);
    expect(JSON.parse(flag.out()).url).toBe('https://a.example/fix/535-5.7.8-bad-credentials/');

    const bad = fakeIo();
    expect(await run(['explain', '--site-url', 'not a url', PASTE], bad.io)).toBe(EXIT.usage);
    expect(bad.err()).toMatch(/site URL must be an http\(s\) URL/);
  });

  it('exits 1 when nothing is recognised', async () => {
    const t = fakeIo();
    expect(await run(['explain', 'the weather is nice'], t.io)).toBe(EXIT.noMatch);
    expect(t.out()).toMatch(/No SMTP, token or connection error found/);
  });

  it.each([
    ['empty input', '   \n', /empty/],
    ['binary input', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
    ['huge input', 'x'.repeat(2 * 1024 * 1024), /smtpfix scan/],
  ])('rejects %s with exit 3 and a clear message', async (_name, stdin, message) => {
    const t = fakeIo(stdin);
    expect(await run(['explain'], t.io)).toBe(EXIT.input);
    expect(t.err()).toMatch(message);
  });

  it('asks for input when stdin is a terminal', async () => {
    const t = fakeIo(null);
    expect(await run(['explain'], t.io)).toBe(EXIT.usage);
    expect(t.err()).toMatch(/pass the error as an argument/);
  });
});

describe('smtpfix lookup and list', () => {
  it('looks up by reply and enhanced code', async () => {
    const t = fakeIo();
    expect(await run(['lookup', '454', '4.7.0'], t.io)).toBe(EXIT.ok);
    expect(t.out()).toContain('Cannot authenticate due to a temporary system problem');
  });

  it('rejects a malformed code', async () => {
    const t = fakeIo();
    expect(await run(['lookup', 'abc'], t.io)).toBe(EXIT.usage);
    expect(t.err()).toMatch(/not a reply code/);
  });

  it('lists the catalog as JSON', async () => {
    const t = fakeIo();
    expect(await run(['list', '--json'], t.io)).toBe(EXIT.ok);
    const rows = JSON.parse(t.out()) as { id: string; provider: string }[];
    expect(rows.some((r) => r.id === '454-4.7.0-cannot-authenticate')).toBe(true);
    expect(rows.every((r) => r.provider !== 'generic')).toBe(true);
  });
});

describe('smtpfix scan', () => {
  const log = [
    '2026-11-01T10:00:00Z info sent id=1',
    '2026-11-01T10:00:01Z error 454 4.7.0 Cannot authenticate due to temporary system problem. Try again later. a1 - gsmtp',
    '2026-11-01T10:00:02Z error 454 4.7.0 Cannot authenticate due to temporary system problem. Try again later. b2 - gsmtp',
    '2026-11-01T10:00:03Z info sent id=2',
  ].join('\n');

  it('counts errors by page', async () => {
    const t = fakeIo(null, { 'mail.log': log });
    expect(await run(['scan', 'mail.log', '--json'], t.io)).toBe(EXIT.ok);
    const r = JSON.parse(t.out());
    expect(r.lines).toBe(4);
    expect(r.byEntry[0]).toMatchObject({ id: '454-4.7.0-cannot-authenticate', count: 2, firstLine: 2 });
  });

  it('says why an unreadable file cannot be read', async () => {
    const t = fakeIo();
    expect(await run(['scan', 'missing.log'], t.io)).toBe(EXIT.input);
    expect(t.err()).toMatch(/Cannot read missing.log: no such file/);
  });

  it('rejects an empty file', async () => {
    const t = fakeIo(null, { 'empty.log': '' });
    expect(await run(['scan', 'empty.log'], t.io)).toBe(EXIT.input);
  });
});

describe('usage', () => {
  it('rejects unknown commands and options with exit 2', async () => {
    const a = fakeIo();
    expect(await run(['explian', 'x'], a.io)).toBe(EXIT.usage);
    expect(a.err()).toMatch(/Unknown command "explian"/);
    const b = fakeIo();
    expect(await run(['list', '--jsno'], b.io)).toBe(EXIT.usage);
    expect(b.err()).toMatch(/Unknown option "--jsno"/);
  });

  it('prints help', async () => {
    const t = fakeIo();
    expect(await run(['--help'], t.io)).toBe(EXIT.ok);
    expect(t.out()).toMatch(/explain/);
  });
});

describe('smtpfix sim', () => {
  it('starts the simulator, prints how to connect, and stops when asked', async () => {
    const t = fakeIo();
    let started!: () => void;
    const printed = new Promise<void>((r) => {
      started = r;
    });
    const io: CliIo = {
      ...t.io,
      stdout: (s) => {
        t.io.stdout(s);
        started();
      },
      untilStopped: () => printed,
    };
    expect(await run(['sim', '--json'], io)).toBe(EXIT.ok);
    const info = JSON.parse(t.out());
    expect(info.smtp.port).toBeGreaterThan(0);
    expect(info.tokenUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('rejects an unknown simulator flag as a usage error', async () => {
    const t = fakeIo();
    expect(await run(['sim', '--no-such-flag'], t.io)).toBe(EXIT.usage);
  });
});
