import { describe, expect, it } from 'vitest';
import { fixPageUrl } from './site-url.js';

describe('fixPageUrl', () => {
  it.each([
    ['https://smtpfix.example', 'https://smtpfix.example/fix/535-5.7.8-bad-credentials/'],
    ['https://smtpfix.example/', 'https://smtpfix.example/fix/535-5.7.8-bad-credentials/'],
    ['https://example.org/docs//', 'https://example.org/docs/fix/535-5.7.8-bad-credentials/'],
  ])('joins %s and an id', (base, url) => {
    expect(fixPageUrl(base, '535-5.7.8-bad-credentials')).toBe(url);
  });

  it('escapes what is not safe in a path segment', () => {
    expect(fixPageUrl('https://x.example', 'a b/c')).toBe('https://x.example/fix/a%20b%2Fc/');
  });
});
