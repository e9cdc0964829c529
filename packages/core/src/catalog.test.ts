import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, genericFor, getEntry, lookup } from './catalog.js';
import { providerPages } from './catalog/index.js';
import { replyFor } from './reply.js';
import { catalogRules, checkCatalog, type GoogleListRow } from './rules.js';
import type { CatalogEntry } from './types.js';

const googleList: GoogleListRow[] = readFileSync(
  new URL('./test/fixtures/google-list.tsv', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [code, enhanced, id, text] = l.split('\t') as [string, string, string, string];
    return { replyCode: Number(code), enhancedCode: enhanced, id, text };
  });

describe('the catalog', () => {
  it('has every row of Google list, each covered once, with the row text verbatim', () => {
    expect(googleList).toHaveLength(61);
    expect(checkCatalog(catalog, googleList).filter((p) => p.rule === 'google-list-covered')).toEqual([]);
  });

  it.each(Object.keys(catalogRules))('passes the rule %s', (rule) => {
    expect(catalogRules[rule]!(catalog)).toEqual([]);
  });

  it('has at least 25 pages for live Gmail replies the list lacks or words differently', () => {
    const live = providerPages.filter(
      (e) => e.provider === 'gmail' && !e.fromGoogleList && e.replyCode !== null && e.stage !== 'token',
    );
    expect(live.length).toBeGreaterThanOrEqual(25);
    for (const e of live)
      expect(
        e.sources.some((s) => !s.includes('support.google.com/a/answer/3726730')),
        e.id,
      ).toBe(true);
  });

  it('has a generic page for every registered enhanced code, in both classes', () => {
    expect(genericFor('5.1.1')?.title).toMatch(/Bad destination mailbox address/);
    expect(genericFor('4.2.2')?.retry.kind).toBe('backoff');
    expect(genericFor('5.7.139')?.enhancedCode).toBe('5.7.0');
    expect(genericFor('not a code')).toBeNull();
  });

  it('rules catch what they are for', () => {
    const good = getEntry('454-4.7.0-cannot-authenticate')!;
    const bad: CatalogEntry = {
      ...good,
      id: 'x-1',
      related: ['does-not-exist'],
      causes: [],
      retry: { kind: 'never', note: 'n' },
    };
    const rules = checkCatalog([good, bad, good]).map((p) => p.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['unique-ids', 'related-exist', 'no-empty-section', 'retry-agrees-with-class']),
    );
  });
});

describe('lookup and replyFor', () => {
  it('finds pages by codes', () => {
    expect(lookup(454, '4.7.0').map((e) => e.id)).toContain('454-4.7.0-cannot-authenticate');
    expect(lookup('5.7.26').some((e) => e.provider === 'generic')).toBe(true);
    expect(lookup('nonsense')).toEqual([]);
  });

  it('gives the reply a server sends, which classifies back to its page', () => {
    const r = replyFor('454-4.7.0-cannot-authenticate');
    expect(r.code).toBe(454);
    expect(r.lines[0]).toMatch(/^4\.7\.0 Cannot authenticate/);
    expect(() => replyFor('no-such-id')).toThrow(/No catalog entry/);
  });
});
