import { type CatalogEntry, catalog, classify, getEntry } from '@smtpfix/core';
import { describe, expect, it } from 'vitest';
import { ACTIONS, answerMessage, fullPageBlocks } from './answer.js';
import { FIXTURE_ALTERNATIVE, FIXTURE_PAGE } from './fixtures.js';
import { decodeRef, encodeRef } from './ref.js';
import { cut, LIMITS, split } from './text.js';
import { alternativesView, homeView, lookupView, pageView } from './views.js';

type AnyBlock = {
  type: string;
  text?: { text: string };
  elements?: { text?: string | { text: string }; value?: string }[];
};

/** Every text and button value in blocks, for limit checks. */
function check(blocks: readonly unknown[], maxBlocks: number) {
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  for (const b of blocks as AnyBlock[]) {
    if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    if (b.type === 'header') expect(b.text!.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    for (const e of b.elements ?? [])
      if (e.value) expect(e.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
  }
}

const matched = {
  entry: FIXTURE_PAGE,
  confidence: 0.97,
  alternatives: [{ entry: FIXTURE_ALTERNATIVE, confidence: 0.2 }],
};
const ambiguous = {
  entry: FIXTURE_ALTERNATIVE,
  confidence: 0.45,
  alternatives: [{ entry: FIXTURE_PAGE, confidence: 0.4 }],
};
const noMatch = {
  entry: null,
  confidence: 0,
  alternatives: [],
  reply: { replyCode: null, enhancedCode: null },
};

const PASTE =
  '535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1sm - gsmtp';

describe('answerMessage site links', () => {
  const last = (m: { blocks: unknown[] }) => JSON.stringify(m.blocks);
  it('links the page on the site when a base URL is set, and not otherwise', () => {
    const d = classify('535-5.7.8 Username and Password not accepted. - gsmtp');
    expect(last(answerMessage(d))).not.toContain('Read it on the web');
    expect(last(answerMessage(d, { siteUrl: 'https://fix.example/' }))).toContain(
      '<https://fix.example/fix/535-5.7.8-bad-credentials/|Read it on the web>',
    );
  });
});

describe('answerMessage', () => {
  it('renders a matched page (snapshot)', () => {
    expect(answerMessage(matched)).toMatchSnapshot();
  });

  it('renders an ambiguous paste with "Not this one?" (snapshot)', () => {
    const m = answerMessage(ambiguous);
    expect(JSON.stringify(m.blocks)).toContain(ACTIONS.alternatives);
    expect(m).toMatchSnapshot();
  });

  it('renders no match with what to paste (snapshot)', () => {
    expect(answerMessage(noMatch)).toMatchSnapshot();
  });

  it('renders the slash command answer with a share button and the masked quote (snapshot)', () => {
    expect(
      answerMessage(classify(PASTE), { share: true, quote: "535 5.7.8 pass: '[masked]'" }),
    ).toMatchSnapshot();
  });

  it.each(catalog.map((e) => [e.id, e] as const))('%s fits Slack’s limits everywhere', (_id, entry) => {
    const d = { entry, confidence: 0.9, alternatives: [] };
    const m = answerMessage(d, { share: true, quote: 'x'.repeat(5000) });
    check(m.blocks, LIMITS.messageBlocks);
    expect(m.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    expect(m.text).toContain(entry.title);
    check(fullPageBlocks(d), LIMITS.viewBlocks);
  });

  it('cuts a very long page cleanly and puts the rest behind "Show the full page"', () => {
    const base = getEntry('535-5.7.8-bad-credentials')!;
    const long: CatalogEntry = {
      ...base,
      whatsHappening: 'A sentence that goes on. '.repeat(400),
      fixes: Array.from({ length: 60 }, (_, i) => ({
        title: `Fix ${i + 1}`,
        detail: 'Do the thing carefully. '.repeat(20),
      })),
    };
    const d = { entry: long, confidence: 0.9, alternatives: [] };
    const m = answerMessage(d);
    check(m.blocks, LIMITS.messageBlocks);
    const json = JSON.stringify(m.blocks);
    expect(json).toContain(ACTIONS.fullPage);
    expect(json).toContain('on.…'); // cut after a whole sentence
    const full = fullPageBlocks(d);
    check(full, LIMITS.viewBlocks);
    expect(JSON.stringify(full)).toContain('Fix 60');
  });
});

describe('the foot of a page', () => {
  it('links every source and gives the check month in the full page, and the month in the answer', () => {
    const entry = getEntry('421-4.7.29-tls-required')!;
    const d = { entry, confidence: 0.9, alternatives: [] };
    const full = JSON.stringify(fullPageBlocks(d));
    for (const u of entry.sources) expect(full).toContain(`<${u}|`);
    expect(full).toContain(`checked ${entry.checked!.slice(0, 7)}`);
    expect(JSON.stringify(answerMessage(d).blocks)).toContain(`checked ${entry.checked!.slice(0, 7)}`);
  });

  it('drops whole links, never half of one, when the sources do not fit one context', () => {
    const base = getEntry('421-4.7.29-tls-required')!;
    const many = Array.from({ length: 80 }, (_, i) => `https://example.com/paste/${i}`);
    const full = fullPageBlocks({ entry: { ...base, sources: many }, confidence: 0.9, alternatives: [] });
    check(full, LIMITS.viewBlocks);
    const foot = JSON.stringify(full.at(-1));
    expect(foot).toContain('<https://example.com/paste/0|');
    expect(foot).not.toContain('paste/79');
    expect(foot).toMatch(/, …, checked \d{4}-\d{2}/);
  });
});

describe('text helpers', () => {
  it('cut stops at a sentence or word boundary', () => {
    expect(cut('short', 10)).toBe('short');
    expect(cut('One two. Three four five six', 20)).toBe('One two. Three…');
    expect(cut('One two three four. Five six seven', 24)).toBe('One two three four.…');
    expect(cut('alpha beta gamma delta', 15)).toBe('alpha beta…');
  });

  it('split keeps every character', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i} ${'w '.repeat(30)}`).join('\n');
    const parts = split(text, 500);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(500);
    expect(parts.join('\n').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});

describe('refs and views', () => {
  it('round-trips a diagnosis through a button value and rejects forged ones', () => {
    const d = classify('550 5.7.26');
    const back = decodeRef(encodeRef(d))!;
    expect(back.entry?.id).toBe(d.entry?.id);
    expect(back.alternatives.map((a) => a.entry.id)).toEqual(d.alternatives.map((a) => a.entry.id));
    expect(decodeRef('no-such~50')).toBeNull();
    expect(decodeRef('<script>')).toBeNull();
    expect(decodeRef(42)).toBeNull();
  });

  it('renders the views within limits (snapshots)', () => {
    const alt = alternativesView(ambiguous);
    check(alt.blocks, LIMITS.viewBlocks);
    expect(alt.title.text.length).toBeLessThanOrEqual(LIMITS.modalTitle);
    expect(alt).toMatchSnapshot();
    expect(homeView(100, [FIXTURE_PAGE])).toMatchSnapshot();
    expect(lookupView()).toMatchSnapshot();
    expect(pageView(classify(PASTE)).title.text.length).toBeLessThanOrEqual(LIMITS.modalTitle);
  });
});

describe('whose server replied', () => {
  it("says in words when another provider's server replied, before the fixes", () => {
    const d = classify(
      '504 5.7.4 Unrecognized authentication type [DM6PR11CA0012.namprd11.prod.outlook.com]',
    );
    expect(d.entry?.provider).not.toBe('gmail');
    const texts = answerMessage(d).blocks.map((b) => JSON.stringify(b));
    const note = texts.findIndex((t) =>
      t.includes('This reply came from Outlook / Microsoft 365, not Gmail'),
    );
    const fixes = texts.findIndex((t) => t.includes('How to fix it'));
    expect(note).toBeGreaterThan(0);
    expect(note).toBeLessThan(fixes);
  });

  it("adds nothing for Gmail's own page", () => {
    const d = classify('535-5.7.8 Username and Password not accepted. - gsmtp');
    expect(
      answerMessage(d)
        .blocks.map((b) => JSON.stringify(b))
        .join(''),
    ).not.toContain('not Gmail');
  });
});
