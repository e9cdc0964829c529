import { describe, expect, it } from 'vitest';
import { catalog, getEntry, lookup } from './catalog.js';
import { fixPagePath, fixPageUrl, isGenericCodePage } from './site-url.js';

const e = getEntry('535-5.7.8-bad-credentials')!;

describe('fixPageUrl', () => {
  it.each([
    ['https://smtpfix.example', 'https://smtpfix.example/fix/535-5.7.8-bad-credentials/'],
    ['https://smtpfix.example/', 'https://smtpfix.example/fix/535-5.7.8-bad-credentials/'],
    ['https://example.org/docs//', 'https://example.org/docs/fix/535-5.7.8-bad-credentials/'],
  ])('joins %s and a page', (base, url) => {
    expect(fixPageUrl(base, e)).toBe(url);
  });

  it('sends the generic RFC 3463 layer to its row of the reference table', () => {
    const generic = lookup('5.7.26').at(-1)!;
    expect(isGenericCodePage(generic)).toBe(true);
    expect(fixPagePath(generic)).toBe('rfc3463/#x-7-26');
    expect(fixPageUrl('https://x.example', generic)).toBe('https://x.example/rfc3463/#x-7-26');
  });

  it('gives every other page its own path', () => {
    const pages = catalog.filter((p) => !isGenericCodePage(p));
    expect(pages.length).toBeGreaterThan(50);
    expect(new Set(pages.map(fixPagePath)).size).toBe(pages.length);
    expect(isGenericCodePage(getEntry('conn-timeout')!)).toBe(false);
  });
});
