import { describe, expect, it } from 'vitest';
import { getEntry } from './catalog.js';
import { classify } from './classify.js';
import { renderDiagnosisMarkdown, renderMarkdown, renderText } from './render.js';
import type { CatalogEntry } from './types.js';

const page = (id: string): CatalogEntry => {
  const e = getEntry(id);
  if (!e) throw new Error(`no page ${id}`);
  return e;
};

describe('the foot of a page', () => {
  it('prints every source and the month it was checked, last, in plain text', () => {
    const e = page('421-4.7.29-tls-required');
    const text = renderText(e);
    const foot = text.slice(text.lastIndexOf('Sources:'));
    for (const s of e.sources) expect(foot).toContain(s);
    expect(foot.trimEnd().endsWith(`checked ${e.checked?.slice(0, 7)}`)).toBe(true);
    // Wrapped like the rest of the page: no line longer than the width unless it is one long URL.
    for (const line of foot.split('\n')) expect(line.length <= 80 || !line.trim().includes(' ')).toBe(true);
  });

  it('links every source in Markdown with its address as the text', () => {
    const e = page('550-5.4.5-daily-user-limit');
    const md = renderMarkdown(e);
    const foot = md.slice(md.lastIndexOf('_Sources: '));
    expect(foot).toContain(
      '[support.google.com/a/answer/166852](https://support.google.com/a/answer/166852)',
    );
    expect(foot).toMatch(/, checked \d{4}-\d{2}_$/);
    expect(foot.match(/\]\(https:/g)).toHaveLength(e.sources.length);
  });

  it('follows the page a diagnosis names', () => {
    const d = classify(
      "421-4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection.",
    );
    expect(d.entry?.id).toBe('421-4.7.29-tls-required');
    expect(renderDiagnosisMarkdown(d)).toContain(`checked ${d.entry?.checked?.slice(0, 7)}`);
  });

  it('says only what it knows: no sources and no date, no foot', () => {
    const bare: CatalogEntry = { ...page('421-4.7.29-tls-required'), sources: [] };
    delete bare.checked;
    expect(renderText(bare)).not.toMatch(/Sources:|checked/);
    expect(renderMarkdown({ ...bare, checked: '2026-12-03' })).toMatch(/_Facts checked 2026-12_$/);
  });

  it('tells a fix-then-retry page apart from a back-off page on the Retry line', () => {
    expect(renderText(page('421-4.7.29-tls-required'))).toContain('Retry: not until it is fixed.');
    expect(renderMarkdown(page('421-4.7.29-tls-required'))).toContain('**Retry:** fix-then-retry');
  });
});
