import { test } from 'vitest';
import { loadPastes } from '../test/devset.js';
test('show', () => {
  const keys = (process.env.KEYS ?? '').split('|');
  for (const p of loadPastes())
    if (p.split === 'dev' && keys.some((k) => p.text.includes(k)))
      console.log('-----', p.expected, p.split, '\n' + p.text.slice(0, 700));
});
