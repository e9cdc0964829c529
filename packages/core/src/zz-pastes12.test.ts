import { it } from 'vitest';
import { getEntry } from './catalog.js';
import { classify } from './classify.js';
import { isBelowSmtp, isRight, loadPastes } from './test/devset.js';
it('fresh pastes', () => {
  const files = (process.env.PF ?? 'collected-s12-smtp.json,collected-s12-below.json').split(',');
  const ps = loadPastes().filter((p) => files.includes(p.file) && !p.expected.startsWith('new:'));
  const rows = ps.map((p) => {
    const d = classify(p.text);
    return { p, d, right: isRight(p, d), below: isBelowSmtp(getEntry(p.expected), d.reply.replyCode) };
  });
  const c = (xs: typeof rows) => `${xs.filter((x) => x.right).length}/${xs.length}`;
  for (const f of files) {
    const r = rows.filter((x) => x.p.file === f);
    console.log(`PASTE ${f}: all ${c(r)}; SMTP ${c(r.filter((x) => !x.below))}; below ${c(r.filter((x) => x.below))}; held-back ${c(r.filter((x) => x.p.split === 'holdout'))}; dev ${c(r.filter((x) => x.p.split === 'dev'))}; not-gmail claimed ${r.filter((x) => x.p.expected === 'not-gmail' && x.d.entry?.provider === 'gmail').length}/${r.filter((x) => x.p.expected === 'not-gmail').length}; >=0.9 right ${c(r.filter((x) => x.d.entry && x.d.confidence >= 0.9))}`);
  }
  if (process.env.SHOWDEV) for (const x of rows) if (!x.right && x.p.split === 'dev') console.log(`PMISS ${x.p.file} ${x.p.expected} <- ${x.d.entry?.id ?? null} (${x.d.confidence}) :: ${x.p.text.replace(/\s+/g, ' ').slice(0, 300)}`);
});
