import { describe, expect, it } from 'vitest';
import { catalog, genericFor, getEntry, lookup } from './catalog.js';
import { providerPages } from './catalog/index.js';
import { replyFor } from './reply.js';
import { catalogRules, checkCatalog, isFactSource, saysWaitingDoesNotHelp } from './rules.js';
import { classify } from './classify.js';
import { readGoogleList } from './test/google-list.js';
import type { CatalogEntry } from './types.js';

// The reference copy of Google's list, and the rows its current version added since.
const googleList = readGoogleList('google-list.tsv');
const googleListCurrent = readGoogleList('google-list-current.tsv');

describe('the catalog', () => {
  it('has every row of Google list, each covered once, with the row text verbatim', () => {
    expect(googleList).toHaveLength(74);
    // 121 rows on Google's page (2026-02-12); 12 are word for word in the reference copy.
    expect(googleListCurrent).toHaveLength(109);
    expect(
      checkCatalog(catalog, [...googleList, ...googleListCurrent]).filter(
        (p) => p.rule === 'google-list-covered',
      ),
    ).toEqual([]);
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

describe('retry that agrees with the page', () => {
  const backoff = getEntry('421-4.3.0-temporary-system-problem')!;
  const problemsOf = (e: CatalogEntry) =>
    catalogRules['no-backoff-when-waiting-does-not-help']!([e]).map((p) => p.message);

  it.each([
    'Although the code is 4xx, waiting alone does not fix it.',
    'Retrying over the same plain-text path fails the same way.',
    'Retries will keep failing while nothing changes.',
    'Change the content; retrying the same message rarely helps.',
    'Identical retries usually meet the same verdict.',
    'Retries only succeed once the server negotiates STARTTLS.',
    "Resending won't help until DNS is fixed.",
  ])('a back-off page that says "%s" is refused', (said) => {
    expect(problemsOf({ ...backoff, whatsHappening: said })).toHaveLength(1);
    expect(
      problemsOf({ ...backoff, retry: { kind: 'backoff', initialDelayMs: 1, maxDelayMs: 2, note: said } }),
    ).toHaveLength(1);
    // The same words on a fix-then-retry page are what that kind is for.
    expect(
      problemsOf({ ...backoff, whatsHappening: said, retry: { kind: 'fix-then-retry', note: said } }),
    ).toEqual([]);
  });

  it.each([
    'The limit follows the domain, so switching servers does not help.',
    'Keep the message queued and retry with growing delays.',
    'Retry slowly; if it persists, fix the EHLO name.',
  ])('a back-off page may say "%s"', (said) => {
    expect(saysWaitingDoesNotHelp(said)).toBeUndefined();
    expect(problemsOf({ ...backoff, summary: said })).toEqual([]);
  });

  it.each([
    '421-4.7.0-ip-not-in-whitelist',
    '421-4.7.0-tls-required-for-rcpt-domain',
    '421-4.7.29-tls-required',
    '421-4.7.27-spf-not-pass-rate-limited',
    '421-4.7.0-spf-and-dkim-fail',
    '421-4.7.0-suspicious-content',
  ])('%s, which only a fix clears, is fix-then-retry and classify() calls it not transient', (id) => {
    const e = getEntry(id)!;
    expect(e.retry.kind).toBe('fix-then-retry');
    expect(saysWaitingDoesNotHelp(e.retry.note)).toBeDefined();
    expect(classify(e.whatYouSee.join('\n')).transient).toBe(false);
  });
});

describe('sources and the check date', () => {
  const good = getEntry('421-4.7.29-tls-required')!;
  const problemsOf = (e: CatalogEntry) => catalogRules['sources-and-checked']!([e]).map((p) => p.message);

  it('passes a page with a Google help page, a paste and a past date', () => {
    expect(problemsOf(good)).toEqual([]);
  });

  it('fails a provider page without sources, without a date, or with a date that is not real', () => {
    const { checked: _, ...undated } = good;
    expect(problemsOf({ ...good, sources: [] })).toEqual(['has no sources']);
    expect(problemsOf(undated)).toEqual(['has no checked date (YYYY-MM-DD)']);
    expect(problemsOf({ ...good, checked: '2026-02-30' })).toEqual([
      'checked "2026-02-30" is not a real date',
    ]);
    expect(problemsOf({ ...good, checked: '3026-01-01' })).toEqual(['checked "3026-01-01" is in the future']);
    expect(problemsOf({ ...good, checked: 'Dec 2026' })).toEqual(['has no checked date (YYYY-MM-DD)']);
  });

  it('wants a page of facts and, outside Google list, a real paste', () => {
    const pastes = good.sources.filter((s) => !isFactSource(s));
    expect(problemsOf({ ...good, sources: pastes })).toEqual([
      'cites no page of facts (Google help page, RFC, docs, library source) in sources',
    ]);
    expect(problemsOf({ ...good, sources: ['https://support.google.com/a/answer/81126'] })).toEqual([
      'cites no real paste of the reply (an issue, forum thread or log) in sources',
    ]);
    // A row of Google list has its wording from the list itself.
    expect(
      problemsOf({ ...good, fromGoogleList: true, sources: ['https://support.google.com/a/answer/3726730'] }),
    ).toEqual([]);
    expect(problemsOf({ ...good, sources: ['http://example.com/x', ...good.sources] })).toEqual([
      'source "http://example.com/x" is not an https URL',
    ]);
  });

  it('leaves the RFC 3463 layer alone and holds every hand-written page to it', () => {
    const generic = genericFor('5.7.1')!;
    expect(generic.checked).toBeUndefined();
    expect(problemsOf(generic)).toEqual([]);
    expect(providerPages.length).toBeGreaterThanOrEqual(108);
    for (const e of providerPages) expect(e.checked, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
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
