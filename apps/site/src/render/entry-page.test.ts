import { getEntry } from '@smtpfix/core';
import { describe, expect, it } from 'vitest';
import type { RenderContext } from './context.js';
import { entryPage, retryText } from './entry-page.js';
import { esc } from './html.js';

const ctx: RenderContext = {
  siteUrl: 'https://x.example/',
  assets: { css: 'assets/s.css', loader: 'assets/l.js', paste: 'assets/p.js', filter: 'assets/f.js' },
};

describe('entryPage', () => {
  it('escapes whatever an entry says', () => {
    const e = { ...getEntry('454-4.7.0-cannot-authenticate')!, summary: '<script>alert(1)</script> & more' };
    const html = entryPage(e, ctx);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
  });

  it('shows the checked date only when the entry has one', () => {
    const e = getEntry('454-4.7.0-cannot-authenticate')!;
    expect(entryPage({ ...e, checked: undefined }, ctx)).not.toContain('class="checked"');
    expect(entryPage({ ...e, checked: '2026-12-01' }, ctx)).toContain(
      '<time datetime="2026-12-01">2026-12-01</time>',
    );
  });

  it('links assets relative to the page and loads no script but the loader', () => {
    const html = entryPage(getEntry('conn-timeout')!, ctx);
    expect(html).toContain('href="../../assets/s.css"');
    expect([...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '../../assets/l.js',
    ]);
    expect(html).toContain('<link rel="canonical" href="https://x.example/fix/conn-timeout/">');
  });

  it("quotes every row of Google's list that the page covers, escaped", () => {
    const e = getEntry('552-5.3.4-header-too-large')!;
    const html = entryPage(e, ctx);
    expect(e.googleListRows?.length).toBeGreaterThan(1);
    for (const row of e.googleListRows ?? []) expect(html).toContain(`<li><q>${esc(row)}</q></li>`);
    expect(entryPage(getEntry('conn-timeout')!, ctx)).not.toContain('class="list-rows"');
  });

  it('says what to do about retrying', () => {
    expect(retryText({ kind: 'backoff', initialDelayMs: 30_000, maxDelayMs: 600_000, note: '' })).toBe(
      'Yes, it is temporary: back off from 30 s up to 10 min, with jitter.',
    );
    expect(retryText({ kind: 'never', note: '' })).toMatch(/^Never/);
  });
});
