import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { getEntry } from './catalog.js';
import { isRight, loadPastes } from './test/devset.js';

const pastes = loadPastes().filter((p) => !p.expected.startsWith('new:'));

describe('the development set of real pastes', () => {
  it('is big enough, sourced, and names only pages that exist', () => {
    expect(pastes.length).toBeGreaterThanOrEqual(150);
    for (const p of pastes) {
      expect(p.source, p.text).toMatch(/^https?:\/\//);
      if (p.expected !== 'not-gmail') expect(getEntry(p.expected), `${p.file}: ${p.expected}`).toBeDefined();
    }
    expect(pastes.filter((p) => p.expected === 'not-gmail').length).toBeGreaterThanOrEqual(20);
  });

  const results = pastes.map((p) => ({ p, d: classify(p.text) }));

  it('reports top-1 accuracy and calibration; the held-back part is at least 95% right', () => {
    const acc = (split: string) => {
      const r = results.filter((x) => x.p.split === split);
      return { n: r.length, right: r.filter((x) => isRight(x.p, x.d)).length };
    };
    const dev = acc('dev');
    const holdout = acc('holdout');
    // Calibration is reported for answers that name a page; answers from the generic RFC 3463
    // layer are counted apart (for them "right" only means "not claimed as a Gmail page").
    const bands = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.01];
    const named = results.filter(
      (x) => x.d.entry && !(x.d.entry.provider === 'generic' && x.d.entry.id.startsWith('generic-')),
    );
    const rows = bands.slice(0, -1).map((lo, i) => {
      const hi = bands[i + 1]!;
      const inBand = named.filter((x) => x.d.confidence >= lo && x.d.confidence < hi);
      const right = inBand.filter((x) => isRight(x.p, x.d)).length;
      return `  [${lo.toFixed(1)}, ${Math.min(hi, 1).toFixed(1)}${hi > 1 ? ']' : ')'}  n=${String(inBand.length).padStart(3)}  right=${inBand.length ? ((100 * right) / inBand.length).toFixed(0).padStart(3) : '  -'}%`;
    });
    const generic = results.filter((x) => x.d.entry?.id.startsWith('generic-'));
    const none = results.filter((x) => !x.d.entry);
    rows.push(
      `  generic layer  n=${String(generic.length).padStart(3)}  not claimed as Gmail when it should not be: ${generic.filter((x) => isRight(x.p, x.d)).length}`,
      `  no answer      n=${String(none.length).padStart(3)}  right (nothing to name): ${none.filter((x) => isRight(x.p, x.d)).length}`,
    );
    const wrong = results
      .filter((x) => x.p.split === 'dev' && !isRight(x.p, x.d))
      .map(
        (x) =>
          `  ${x.p.expected} <- got ${x.d.entry?.id ?? 'null'} (${x.d.confidence}): ${x.p.text.slice(0, 100).replace(/\s+/g, ' ')}`,
      );
    console.log(
      [
        `dev set: ${dev.right}/${dev.n} = ${((100 * dev.right) / dev.n).toFixed(1)}%`,
        `held-back: ${holdout.right}/${holdout.n} = ${((100 * holdout.right) / holdout.n).toFixed(1)}%`,
        'calibration of answers naming a page (confidence band, answers, share right):',
        ...rows,
        ...(wrong.length ? ['wrong on the dev part:', ...wrong] : []),
      ].join('\n'),
    );
    expect(holdout.n).toBeGreaterThanOrEqual(30);
    expect(holdout.right / holdout.n).toBeGreaterThanOrEqual(0.95);
  });
});
