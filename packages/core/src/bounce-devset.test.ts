import { describe, expect, it } from 'vitest';
import { catalog, getEntry } from './catalog.js';
import { classify } from './classify.js';
import { bounceReasons } from './reason.js';
import { isRight, loadBounces, pageRight } from './test/bounces.js';
import { sourceKey } from './test/devset.js';

const bounces = loadBounces();

describe('the development set of real bounce messages', () => {
  it('is sourced, names only pages and reasons that exist, and splits by thread', () => {
    expect(bounces.length).toBeGreaterThanOrEqual(50);
    const sides = new Map<string, string>();
    for (const b of bounces) {
      expect(b.source, b.text.slice(0, 80)).toMatch(/^https?:\/\//);
      if (b.expected !== 'not-gmail') expect(getEntry(b.expected), b.expected).toBeDefined();
      expect(bounceReasons).toContain(b.reason);
      const thread = sourceKey(b.source);
      expect(sides.get(thread) ?? b.split, b.source).toBe(b.split);
      sides.set(thread, b.split);
    }
  });

  const results = bounces.map((b) => ({ b, d: classify(b.text) }));

  // The goal is 95% on the held-back part. Measured 26/28 (92.9%) on the first 58 bounces. Then
  // 60 Google notices from 50 more threads (google-notices-2.json, labelled and committed before
  // the classifier ran on them; 15 landed on the dev side, 45 held back) were added, the dev part
  // made right (45/45) and the held-back part measured once: 58/73 (79.5%; page 84.9%) from 63
  // threads, of which the new file 32/45 and the first file still 26/28. Its misses are left as
  // measured (fixing them would be tuning on the held-back part). The floor below is what that
  // figure supports and guards against regressions; it is not the goal.
  // Then mta-bounces-2.json (62 other MTAs' bounces) and batch-3.json (60 bounces from 45 new
  // threads, labelled and committed before the classifier ran on them; 32 dev, 28 held back) were
  // added, the classifier fixed by mechanism from dev misses only (113/114 dev), and the held-back
  // part measured once: 99/126 = 78.6% (page 88.9%) from 103 threads; batch-3's held-back part
  // alone, a figure nobody tuned on, 20/28 = 71.4% (page 96.4%) from 20 threads. Then the two
  // google-notices-2.json bounces from paste threads were dropped (both held back, both right):
  // 97/124 = 78.2% (page 88.7%) from 101 threads. Floor: that rounded down to 5%.
  // Then google-notices-3.json (11 Google notices from 11 new threads, labelled and committed before
  // the classifier ran on them; 5 dev, 6 held back) was added, the one dev miss left (a wrapped
  // reply's last line) fixed by mechanism, notices flattened onto one line read, and after merging
  // main the held-back part measured once: 102/130 = 78.5% (page 88.5%) from 107 threads; the new
  // file's 5/6 (page 83.3%).
  // Then mta-bounces-3.json (68 other MTAs' and providers' bounces from 55 new threads, 14 quoting
  // Google; labelled and committed before the classifier ran on them; 37 dev, 31 held back) was
  // added, reasons fixed by mechanism from dev misses only, and measured once after merging main
  // (on its own branch, before google-notices-3.json was merged): held-back 118/155 = 76.1% (page
  // 91.0%) from 124 threads; mta-bounces-3.json's held-back part alone 21/31 = 67.7% (page 100%)
  // from 23 threads; dev 150/151.
  // Then batch-4.json (71 real bounces from 15 sources unlike the issue threads above: the test data
  // of bounce parsers other than Sisimai, froide's, three lore.kernel.org list messages, forum and
  // Q&A pages; 11 Google-related; labelled and committed before the classifier ran on it; nothing
  // fixed from it) was added and measured once after merging main: held-back 144/187 = 77.0% (page
  // 91.4%) from 138 threads; batch-4.json's held-back part alone 21/26 = 80.8% (page 96.2%) from 8
  // sources; dev 178/201 (its 45 dev bounces included, not tuned on).
  // Then older MTAs' whole bounces were given their reasons by mechanism from dev misses only, most
  // of them batch-4.json's dev side (branch oldmta): dev 199/201; held-back measured again 147/187 =
  // 78.6% (page 92.0%), batch-4.json's held-back part unchanged at 21/26.
  // Then batch-8.json (69 other MTAs' and hosted senders' bounces from 69 new sources, 11 quoting
  // Google; labelled and committed before the classifier ran on it; nothing fixed from it) was
  // measured once on its branch (base 2dd26a4): its held-back part alone 21/32 = 65.6% (page 96.9%)
  // from 32 threads, its dev part 28/37 (page 37/37); all held-back 170/219 = 77.6% (page 93.6%).
  // Then batch-7.json (61 Google-side bounces from 57 new threads: Gmail notices, Send-mail-as and
  // fetcher dialogs, Google replies quoted by apps and MTAs, a few other providers' refusals;
  // labelled and committed before the classifier ran on them; nothing fixed from it) was measured
  // once: its held-back part 15/29 = 51.7% (page 79.3%) from 28 threads, its dev part 22/32 (page
  // 30/32); held-back overall 164/216 = 75.9% (page 91.2%) from 166 threads; dev 221/233 (each file measured
  // on its own branch from 2dd26a4).
  // With both fresh files in, held-back overall is 185/248 = 74.6% (page 91.9%): the floor moved from
  // 75% to 70%, the figure rounded down to 5% as before. It guards regressions; it is not the goal.
  // Then reasons were given by documented provider replies (reason-providers.ts) and by the labelling
  // guide's rules (reason-guide.test.ts), both from dev misses, the guide and vendor documents only:
  // held-back 203/248 = 81.9% (page 91.1%); batch-7 19/29 and batch-8 25/32, files neither change had
  // seen. A blind second labelling of batch-7/8 agreed on 126/130; a blind adjudicator settled the four
  // others (three labels changed, `relabelled` kept): 204/248. Then batch-10.json (66 other MTAs'
  // bounces from 58 sources, labelled and committed before anything classified it) was measured
  // once: held-back 29/32 = 90.6% (page 100%), dev part 29/34. Then the batch-7/8 dev misses were fixed
  // by mechanism: held-back 234/280 = 83.6% (page 92.5%). Then batch-9.json (56 Google-side bounces
  // from 54 sources, labelled and committed before anything classified it): its held-back part
  // 20/24 = 83.3% (page 87.5%), dev part 28/32; all held-back 254/304 = 83.6% (page 92.1%).
  // Then batch-11.json (64 bounces from 63 sources, same rules) on arrival: held-back 25/33 = 75.8%
  // (page 93.9%), dev part 26/31. After the batch-9/10 and batch-11 dev misses were fixed by
  // mechanism: held-back 283/337 = 84.0%. Then batch-12.json (58 bounces from 57 sources) on arrival:
  // held-back 17/23 = 73.9% (page 91.3%), dev part 22/35; after its dev misses were fixed: held-back
  // 300/360 = 83.3% (page 92.8%), dev 400/402. Then batch-14.json (50 other MTAs' bounces from 45
  // sources) and batch-13.json (10 Google-side bounces) on arrival, on the day's final code:
  // held-back 26/28 and 3/3, dev parts 17/22 and 6/7; all held-back 329/391 = 84.1% (page 93.4%).
  // Every new batch was labelled blind a second time (421/434 agree) and a blind adjudicator
  // settled the rest (`relabelled` keeps the old label).
  // Session 8: batch-15.json (66 other MTAs' bounces, 42 sources) on arrival: held-back 25/32 =
  // 78.1% (page 96.9%), dev part 26/34. Then page reasons agreed with the guide (13 pages), Google
  // notices read in 28 hand-over variants, and batch-15's dev misses fixed by mechanism. Then
  // batch-16.json (15 Google-side bounces, 15 sources) on arrival: held-back 10/11, dev part 3/4; then
  // batch-17.json (67 other MTAs' bounces, 49 sources) on arrival: held-back 26/35 = 74.3% (page
  // 100%), dev part 25/32. After their dev misses were fixed: held-back 392/469 = 83.6% (page 94.2%),
  // dev 497/501. Blind second labelling: 64/66, 15/15, 64/67 agree; five labels settled blind.
  // Then reply words were checked against other parsers' rule lists (code only: Sisimai's reason and
  // rhost modules, KumoMTA's, PHPMailer-BMH's, PHP-Bounce-Handler's, bounce_email's and Dada Mail's
  // rules), each family decided by the guide: dev unchanged at 497/501, held-back 407/469 = 86.8%
  // (page 94.9%).
  // Session 9: four fresh batches, each measured once on arrival and labelled blind a second time
  // (57/57, 69/72, 42/43, 21/21, 43/43 agree; four labels settled blind): batch-18.json (57 bounces, 46
  // sources) held-back 19/21, dev part 27/36; batch-19.json (72, 50) held-back 30/38 = 78.9% (page
  // 97.4%), dev part 30/34; batch-20.json (43, 41) held-back 19/22, dev part 12/21; batch-21.json (21,
  // 17) held-back 10/14, dev part 5/7; batch-22.json (42, 39; 43/43 agree) held-back 12/14, dev part
  // 23/28. On arrival 90/109 = 82.6%; after their dev misses were fixed by mechanism, still 90/109. Reply words checked against more outside lists (ZoneMTA, BounceParser,
  // servers' reply strings, providers' and sending services' documents, localised strings, reply lines
  // by status code, spelling variants), an audit of every rule against the guide, a second reader and
  // a Google-notice matrix (bounce-gmatrix.test.ts): the session's first 469 held-back 407 -> 416; all
  // held-back 506/578 = 87.5% (page 95.7%); dev 625/627.
  // Session 10: the notice matrix's last 59 cells settled by LABELLING.md §8 (no fixture moved); eight
  // fresh batches, each measured once on arrival and labelled blind a second time, differences settled
  // blind: batch-23.json (32 bounces, 25 sources) held-back 12/12, dev part 17/20; batch-24.json (10,
  // 10) 5/6, 3/4; batch-25.json (35, 35; list-archive mirrors) 10/17, 16/18; batch-26.json (50, 50;
  // self-hosted apps' issues) 12/20, 24/30; batch-27.json (63, 60; apps in many ecosystems) 18/24,
  // 34/39; batch-28.json (54, 52) 26/27, 25/27; batch-30.json (31, 28; big providers' refusals) 11/12,
  // 15/19; batch-29.json (25, 25) 10/11, 13/14. On arrival 104/129 = 80.6%; now 108/129 = 83.7% (page 96.9%). Six more
  // outside-vocabulary passes (filters and panels, classic MTAs, commercial servers, providers' pages,
  // client libraries' wrappers) moved nothing held back; paste shapes (JSON string, page source, code
  // block, quotes, re-wrapped lines) are read (bounce-pasted.test.ts). The session's first 578 held-back
  // 506 -> 509; all held-back 617/707 = 87.3% (page 95.9%); dev 790/798.
  // Session 11: the seven oldest files (388 bounces) labelled a second time, blind, under the current
  // guide (382/388 agree; six labels settled blind, all held back: 622 -> 621); twelve fresh batches,
  // each measured once on arrival and labelled blind a second time, differences settled blind:
  // batch-31.json (11 bounces; Q&A and forums) held-back 5/6, dev part 4/5; batch-32.json (45;
  // non-English issues) 13/19, 19/26; batch-33.json (57; monitoring and home-lab apps) 28/35;
  // batch-34.json (52; PHP and CMS apps) 24/28; batch-35.json (8; list archives) 4/5 (dev parts of
  // 33-35 together 34/49); batch-36.json (50; Python, JS, Ruby apps) 21/28; batch-37.json (45; Java,
  // .NET, Go, Rust apps) 15/18; batch-38.json (41; mail clients and tools) 20/23 (dev parts of 36-38
  // together 54/67); batch-39.json (45; self-hosted mail servers) 16/17, 23/28; batch-40.json (25;
  // non-English threads) 10/13, 10/12; batch-41.json (3) 3/3; batch-42.json (17; sending tools)
  // 11/12, 5/5. On arrival 170/207 = 82.1%; now 174/207 = 84.1% (page 97.6%). LABELLING.md §9 settles
  // what the adjudicators found (provider code tables, greeting context of a library's "Expected
  // response code 220", …); the classifier changes for §9 rows that were settled on held-back texts
  // were reverted (they had moved the held-back figure +3). The session's first 707 held-back
  // 617 -> 622; all held-back 796/914 = 87.1% (page 96.3%); dev 978/990.
  // Session 12: seven fresh batches from veins not used before, each measured once on arrival (after
  // copies of bounces already in the set were dropped: the same bounce archived by two lists is one
  // event, LABELLING.md §10, now guarded by bounce-sources.test.ts) and labelled blind a second time
  // (115/116 agree; one settled blind): batch-43.json (27; applications' test fixtures) held-back 8/8,
  // dev part 16/19; batch-44.json (27; list mirrors) 13/14, 12/13; batch-45.json (27; applications'
  // fixtures) 15/15, 9/12; batch-46.json (13; list mirrors, Google-side first) 7/7, 6/6; batch-47.json
  // (2) dev 2/2; batch-48.json (12; big list mirrors) 5/6, 5/6; batch-49.json (8) 1/2, 3/6. On
  // arrival 49/52 held back: whole bounces from standard MTAs arrive far better than the issue
  // threads' one-line client errors of sessions 10 and 11 (~80%). Below-SMTP wordings found from the
  // fresh paste batches' dev misses (devset.test.ts) moved the session's first 914 held-back 796 -> 798.
  // All held-back 847/966 = 87.7% (page 96.5%); dev 1043/1054.
  // Session 13: the veins are nearly spent. batch-50.json (9; Q&A and blog pages) held-back 2/4, dev part
  // 4/5; batch-51.json (28; issue threads of apps) 12/15, 9/13; blind second labels 37/37. The session's
  // first 966 held-back 847 -> 849: a page for a connection failure that names no cause (Swift Mailer's
  // "[ #0]", from its source) and the dev fixes of the fresh batches. All held-back 863/985 = 87.6%
  // (page 96.4%); dev 1060/1072.
  // Session 14: seven small batches from notes, blog and operations repositories and bug trackers
  // (copies dropped before measuring): batch-53.json (9) held-back 5/5, dev part 4/4; batch-54.json (29)
  // 17/17, 11/12; batch-55.json (5) 1/1, 4/4; batch-56.json (7) 2/2, 4/5; batch-57.json (12) 4/5, 7/7;
  // batch-58.json (2) 1/1, 1/1; batch-59.json (13) 4/4, 9/9. On arrival 34/35 held back; two labels
  // settled blind (batch-54, Exim's "retry time not reached": other) leave 32/35, no rule written from
  // them. The session's first 985 held-back 863 -> 864 (paste rows from runtimes' sources). All held-back
  // 896/1020 = 87.8% (page 96.6%); dev 1102/1114.
  // Session 15: eight batches (copies, and two threads the paste set also took, dropped before
  // measuring): issue threads of apps and servers (batch-60.json, 38: held-back 19/20, dev part 15/18;
  // batch-63.json, 41: 14/20, 16/21; batch-64.json, 38: 19/19, 17/19), threads in Chinese and other
  // languages (batch-61.json, 12: 5/7, 4/5), forums (batch-62.json, 4: 1/2, 1/2), providers' own
  // refusals (batch-65.json, 19: 8/10, 3/9), notes repositories (batch-66.json, 7: 2/4, 3/3) and list
  // archives (batch-67.json, 12: 5/7, 4/5). On arrival 73/89 held back (first labels), 75/89 once two
  // held-back labels were settled blind (Cox's CXCNCT rate-limited; a cut DNS line not Gmail's), no
  // rule written from them. The session's first 1020 held-back 896 -> 899. All held-back 974/1109 =
  // 87.8% (page 96.8%); dev 1180/1196.
  it('reports page-and-reason accuracy; the held-back part stays at least 70% right (goal 95%)', () => {
    const acc = (split: string, file?: string) => {
      const r = results.filter((x) => x.b.split === split && (!file || x.b.file === file));
      return {
        n: r.length,
        threads: new Set(r.map((x) => x.b.source)).size,
        page: r.filter((x) => pageRight(x.b, x.d)).length,
        both: r.filter((x) => isRight(x.b, x.d)).length,
      };
    };
    const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(1)}%`;
    const dev = acc('dev');
    const holdout = acc('holdout');
    // Held-back bounces from threads a catalog page cites as its source are not new to the
    // classifier (its pages were written from them): the figure without them is the stricter one.
    const cited = new Set(catalog.flatMap((e) => e.sources.map(sourceKey)));
    const uncited = results.filter((x) => x.b.split === 'holdout' && !cited.has(sourceKey(x.b.source)));
    const uncitedBoth = uncited.filter((x) => isRight(x.b, x.d)).length;
    // Each file's held-back part on its own (counts only): a newer file's figure is one nobody tuned on.
    const files = [...new Set(bounces.map((b) => b.file))];
    const perFile = files.map((f) => {
      const h = acc('holdout', f);
      return `  ${f}: ${h.n} bounces from ${h.threads} threads; page ${pct(h.page, h.n)}, page and reason ${h.both}/${h.n} = ${pct(h.both, h.n)}`;
    });
    const wrong = results
      .filter((x) => x.b.split === 'dev' && !isRight(x.b, x.d))
      .map(
        (x) =>
          `  ${x.b.expected}/${x.b.reason} <- got ${x.d.entry?.id ?? 'null'}/${x.d.reason} (${x.d.confidence}): ${x.b.text.slice(0, 90).replace(/\s+/g, ' ')}`,
      );
    console.log(
      [
        `bounce dev set: ${dev.n} bounces from ${dev.threads} threads; page ${pct(dev.page, dev.n)}, page and reason ${dev.both}/${dev.n} = ${pct(dev.both, dev.n)}`,
        `bounce held-back: ${holdout.n} bounces from ${holdout.threads} threads; page ${pct(holdout.page, holdout.n)}, page and reason ${holdout.both}/${holdout.n} = ${pct(holdout.both, holdout.n)}`,
        `bounce held-back from threads no catalog page cites: ${uncited.length} bounces; page ${pct(uncited.filter((x) => pageRight(x.b, x.d)).length, uncited.length)}, page and reason ${uncitedBoth}/${uncited.length} = ${pct(uncitedBoth, uncited.length)}`,
        'bounce held-back by file:',
        ...perFile,
        ...(wrong.length ? ['wrong on the dev part:', ...wrong] : []),
      ].join('\n'),
    );
    expect(holdout.n).toBeGreaterThanOrEqual(20);
    expect(holdout.both / holdout.n).toBeGreaterThanOrEqual(0.7);
  });
});
