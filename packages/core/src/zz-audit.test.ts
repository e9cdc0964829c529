import { it } from 'vitest';
import { classify } from './classify.js';
import { reasonOfEntry } from './reason.js';
import { loadPastes } from './test/devset.js';
import { loadBounces } from './test/bounces.js';
it('audit', () => {
  const rows: string[] = [];
  const items = [
    ...loadPastes().filter((p) => p.split === 'dev').map((p) => ['P', p.text] as const),
    ...loadBounces().filter((b) => b.split === 'dev').map((b) => ['B', b.text] as const),
  ];
  for (const [k, t] of items) {
    const d = classify(t);
    if (!d.entry || d.entry.provider !== 'generic' || d.entry.id.startsWith('generic-')) continue;
    const pr = reasonOfEntry(d.entry);
    if (d.reason !== pr) rows.push(`${k} ${d.entry.id} page=${pr} got=${d.reason} :: ${t.replace(/\s+/g, ' ').slice(0, 220)}`);
  }
  console.log(rows.sort().join('\n'));
  console.log(rows.length);
});
