import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { undoubled } from './bounce.js';
import { classify } from './classify.js';
import { scan } from './scan.js';

// Pastes as people mangle them: fragments of real replies, codes, escapes and noise.
const fragment = fc.constantFrom(
  '535-5.7.8 ',
  'Username and Password not accepted',
  '454 4.7.0 ',
  '\n',
  '\\n',
  '&lt;',
  "b'",
  ' - gsmtp',
  'eyJzdGF0dXMiOi',
  '550-5.7.1 ',
  '...',
  '----',
  '9999999',
  '5.5.5.5.5.',
  'https://support.google.com/mail/?p=',
  '=\n',
  '\u0000',
);
const mangled = fc
  .array(fc.oneof(fragment, fc.string(), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 40 })
  .map((a) => a.join(''));

describe('classify and scan never throw', () => {
  it('on random and mangled text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 500 }), mangled),
        (text) => {
          const d = classify(text);
          expect(d.confidence).toBeGreaterThanOrEqual(0);
          expect(d.confidence).toBeLessThanOrEqual(1);
          const r = scan(text);
          expect(r.errors).toBeGreaterThanOrEqual(r.unrecognised);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on values that are not strings', () => {
    for (const v of [null, undefined, 42, {}, [], { response: 42 }, Object.create(null)] as never[]) {
      expect(classify(v).entry).toBeNull();
    }
  });

  // Each of these would take minutes with a backtracking pattern; the test's own timeout is the bound.
  it.each([
    ['digits', '5'.repeat(10_000_000)],
    ['dots', '.'.repeat(10_000_000)],
    ['hyphens', '-'.repeat(10_000_000)],
    ['code-like runs', '550-5.5.5'.repeat(1_000_000)],
    ['spaces then a code', `${' '.repeat(5_000_000)}\n${' '.repeat(5_000_000)}550`],
    ['base64 challenge prefix', 'eyJzdGF0dXMiOi'.repeat(700_000)],
  ])('on a 10 MB line of %s', (_name, text) => {
    expect(() => classify(text)).not.toThrow();
    expect(() => scan(text)).not.toThrow();
  });

  // A pattern free to skip line breaks before an anchor it then misses rescans every following
  // line from each line start: quadratic in the 64 KB head the origin is read from (seconds), where
  // a linear reader takes milliseconds. The bound leaves room for a busy machine.
  it.each([
    ['blank lines', '\n'.repeat(65_536)],
    ['quote-marker lines', '>\n'.repeat(32_768)],
    ['space-newline pairs', ' \n'.repeat(32_768)],
  ])('reads a 64 KB run of %s in well under a second', (_name, text) => {
    const t0 = performance.now();
    classify(text);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  // Session 15's readers (parse.ts: gen_smtp's network_failure tuple, Go's bare EOF, libcurl's step
  // codes, PHPMailer's debug stamps and "command failed" frame; reason-words.ts: Exim's "failed to
  // expand" and "Malformed value"): each prefix repeated with the anchor it waits for never coming.
  it.each([
    ['network_failure tuples never closed', '{:network_failure, "h", {:error, :'.repeat(20_000)],
    ['logfmt EOF values in a mail line', 'smtp error=EOFx '.repeat(40_000)],
    ['curl step words without a code', 'curl: (55) MAIL failed: 5x: RCPT failed: '.repeat(15_000)],
    ['PHPMailer stamps without a label', 'SERVER -> CLIENT: 2024-01-01 00:00:00 '.repeat(15_000)],
    ['PHPMailer frames without a reply', 'SMTP ERROR: MAIL FROM command failed: '.repeat(15_000)],
    ['Exim expansion failures never finished', 'failed to expand "x" malformed value "'.repeat(15_000)],
  ])('reads a long run of %s in well under a second', (_name, text) => {
    const t0 = performance.now();
    classify(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('undoubles a double-spaced text followed by a long run of blank lines in linear time', () => {
    const text = `${'line\n\n'.repeat(6)}${'\n'.repeat(100_000)}x`;
    const t0 = performance.now();
    expect(undoubled(text)).toBe(`${'line\n'.repeat(5)}line\n\nx`);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(undoubled(`${'line\n\n'.repeat(6)}x\n \n`)).toMatch(/x\n$/);
  });
});
