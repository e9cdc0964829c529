import { describe, expect, it } from 'vitest';
import { stripPageBodies } from './strip-page-bodies.js';

describe('stripPageBodies', () => {
  it('empties the prose fields of a page and keeps what classify and the answer read', () => {
    const code = `export const page = {
    id: 'x', title: 'T', summary: 'S', whatsHappening: 'long prose', causes: ['a', 'b'],
    fixes: [{ title: 'f', detail: 'd' }], prevention: \`p\`, whatYouSee: ['535 5.7.8 …'],
    sources: ['https://x'], signature: { phrases: ['username and password not accepted'] },
    related: ['y'], retry: { kind: 'never', note: 'n' }, "causes2": 1,
};`;
    const out = stripPageBodies(code);
    const page = new Function(`${out.replace('export const page =', 'return')}`)();
    expect(page).toMatchObject({
      id: 'x',
      title: 'T',
      summary: 'S',
      whatsHappening: '',
      causes: [],
      fixes: [],
      prevention: '',
      whatYouSee: [],
      sources: [],
      signature: { phrases: ['username and password not accepted'] },
      related: ['y'],
      retry: { kind: 'never', note: 'n' },
    });
  });

  it('leaves values that are not literals alone (a generic page built from a table)', () => {
    const code = 'const s = { causes: c }; export const p = { causes: s.causes, fixes: f() };';
    expect(stripPageBodies(code)).toBe(code);
  });
});
