import { describe, expect, it } from 'vitest';
import { catalog } from './catalog.js';
import { loadBounces } from './test/bounces.js';
import { loadPastes, sourceKey } from './test/devset.js';

// The paste set and the bounce set split their threads with different hashes, so a thread in
// both can be a tuned-on paste thread and a held-back bounce thread at once. The first bounce file
// predates this rule (19 of its threads are paste threads); every later one keeps clear of them
// (google-notices-2.json had two, BitcoinDeveloperNetwork/tutorials#16 and alistapart/AListApart#442,
// whose bounces were dropped).
const LEGACY = new Set(['public-threads.json']);

describe('bounce fixtures after the first', () => {
  it('take no thread the paste set already has, so their held-back part was never tuned on', () => {
    const pasteThreads = new Set(loadPastes().map((p) => sourceKey(p.source)));
    const later = loadBounces().filter((b) => !LEGACY.has(b.file));
    expect(later.length).toBeGreaterThan(0);
    const shared = later.filter((b) => pasteThreads.has(sourceKey(b.source))).map((b) => b.source);
    expect(shared).toEqual([]);
  });

  // A catalog page's sources are threads its page (and so the classifier) was written from: a
  // held-back bounce from one measures nothing new. Files before batch-7.json predate this check
  // (15 of their held-back bounces are from such threads; the dev-set test reports the figure
  // without them).
  it('hold back no thread a catalog page cites as its source (files from batch-7.json on)', () => {
    const cited = new Set(catalog.flatMap((e) => e.sources.map(sourceKey)));
    const older = /^(?:public-threads|google-notices-[23]|mta-bounces-[23]|batch-[34])\.json$/;
    const held = loadBounces().filter((b) => b.split === 'holdout' && !older.test(b.file));
    expect(held.length).toBeGreaterThan(0);
    expect(held.filter((b) => cited.has(sourceKey(b.source))).map((b) => b.source)).toEqual([]);
  });

  // The same bounce is often archived by several lists (a cross-posted patch's bounce) or quoted in
  // a reply: one event under two sources, which could sit on both sides of the split (LABELLING.md
  // §10). From batch-43.json on, a bounce whose words are 90% inside another source's is not added.
  // Older files have five such pairs across the split (the dev-set figure moves by none of them).
  it('add no copy of a bounce already in the set under another source (files from batch-43.json on)', () => {
    const all = loadBounces();
    // Word 6-grams of each text, and those with a digit (dates, queue ids, addresses, hosts' IPs):
    // the words say the wording is the same, the digits that it is the same event, not another
    // person's copy of the same notice (a new sample).
    const grams = all.map((b) => {
      const words = b.text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
      const set = new Set<string>();
      for (let i = 0; i + 6 <= words.length; i++) set.add(words.slice(i, i + 6).join(' '));
      return set;
    });
    const digits = grams.map((set) => new Set([...set].filter((g) => /\d/.test(g))));
    const where = new Map<string, number[]>();
    grams.forEach((set, n) => {
      for (const g of set) {
        const list = where.get(g);
        if (list) list.push(n);
        else where.set(g, [n]);
      }
    });
    const inside = (a: Set<string>, b: Set<string>) => {
      let k = 0;
      for (const g of a) if (b.has(g)) k++;
      return a.size ? k / a.size : 1;
    };
    const fresh = (file: string) => Number(/^batch-(\d+)\.json$/.exec(file)?.[1] ?? 0) >= 43;
    const copies: string[] = [];
    all.forEach((b, n) => {
      if (!fresh(b.file) || grams[n]!.size < 8) return;
      const shared = new Map<number, number>();
      for (const g of grams[n]!)
        for (const m of where.get(g)!) if (m !== n) shared.set(m, (shared.get(m) ?? 0) + 1);
      for (const [m, count] of shared) {
        const other = all[m]!;
        if (sourceKey(other.source) === sourceKey(b.source) || count / grams[n]!.size < 0.9) continue;
        if (inside(digits[n]!, digits[m]!) >= 0.95)
          copies.push(`${b.file} ${b.source} ~ ${other.file} ${other.source}`);
      }
    });
    expect(copies).toEqual([]);
  });
});
