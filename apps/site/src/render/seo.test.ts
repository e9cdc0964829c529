import { getEntry, lookup } from '@smtpfix/core';
import { describe, expect, it } from 'vitest';
import { clip, codePrefix, entryJsonLd, pageDescription, pageTitle } from './seo.js';

const e535 = getEntry('535-5.7.8-bad-credentials')!;

describe('titles and descriptions', () => {
  it('puts the code and the words people search for in the title', () => {
    expect(pageTitle(e535)).toBe(
      '535 5.7.8 Username and password not accepted (BadCredentials) – Gmail SMTP error fix',
    );
    expect(pageTitle(getEntry('token-invalid-scope')!)).toMatch(
      /^invalid_scope: .* – Google OAuth token error fix$/,
    );
  });

  it('keeps descriptions within 160 characters, cut at a word', () => {
    for (const id of ['535-5.7.8-bad-credentials', '454-4.7.0-cannot-authenticate', 'conn-timeout']) {
      const d = pageDescription(getEntry(id)!);
      expect(d.length).toBeLessThanOrEqual(160);
      expect(d.length).toBeGreaterThan(60);
    }
    expect(clip('one two three four', 12)).toBe('one two…');
    expect(clip('short', 12)).toBe('short');
  });

  it('does not repeat a code a title already starts with', () => {
    const generic = lookup('5.7.8').at(-1)!;
    expect(generic.title.startsWith('5.7.8')).toBe(true);
    expect(codePrefix(generic)).toBe('');
    expect(codePrefix(e535)).toBe('535 5.7.8');
  });

  it('describes a fix page as a TechArticle with its breadcrumb', () => {
    const [article, crumbs] = entryJsonLd(
      { ...e535, checked: '2026-11-30' },
      'https://x.example/fix/a/',
      'https://x.example/',
    );
    expect(article).toMatchObject({
      '@type': 'TechArticle',
      dateModified: '2026-11-30',
      url: 'https://x.example/fix/a/',
    });
    expect(crumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    expect(entryJsonLd(e535, null, null)).toHaveLength(1);
  });
});
