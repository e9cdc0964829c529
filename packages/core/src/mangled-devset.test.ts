import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { isRight, loadBounces } from './test/bounces.js';
import { isRight as pasteRight, loadPastes } from './test/devset.js';

// The dev sets hold each paste as one person handed it over. The same text reaches us in other
// hands in other clothes: quoted in a reply, typeset by a forum, double-spaced by a web view, with
// a markdown line break's trailing spaces. Each way below is one people use; a dev item the
// classifier gets right must stay right in every one. Only the dev parts are used (the held-back
// parts are never read by a test that could be tuned against). Forwards, attachments and
// re-encodings of whole bounces are `bounce-forwards.test.ts`'s; these are the typing and spacing.
// Ways left out, and why: a whole .eml flattened onto one line or hard-wrapped at 76 columns
// (headers never reach anyone that way), a log prefix on every line of a whole bounce (bounces are
// not logged line by line), a forward header naming a sender the bounce does not come from.
// Per line, whatever the paste's own line ends (`^` with the m flag would also match after a lone \r).
const eachLine = (t: string, f: (line: string) => string) => t.split('\n').map(f).join('\n');

const WAYS: Record<string, (t: string) => string> = {
  'quoted in a reply ("> ")': (t) => eachLine(t, (l) => `> ${l}`),
  'quoted twice (">> ")': (t) => eachLine(t, (l) => `>> ${l}`),
  'with Windows line ends': (t) => t.replace(/\r?\n/g, '\r\n'),
  'indented as a markdown code block': (t) => eachLine(t, (l) => `    ${l}`),
  'inside a code fence': (t) => `\`\`\`\n${t}\n\`\`\``,
  'between a question and thanks': (t) =>
    `Hi all, I keep getting this when I send, any idea?\n\n${t}\n\nThanks in advance!`,
  'with no-break spaces': (t) => t.replace(/ /g, '\u00a0'),
  'with typographic quotes': (t) => t.replace(/'/g, '\u2019').replace(/"([^"\n]*)"/g, '\u201c$1\u201d'),
  'with leading spaces as tabs': (t) => t.replace(/^ {2,}/gm, '\t'),
  'with trailing spaces (markdown line breaks)': (t) => t.replace(/\n/g, '  \n'),
  'double-spaced': (t) => t.replace(/\n/g, '\n\n'),
};

const bounces = loadBounces().filter((b) => b.split === 'dev');
const pastes = loadPastes().filter((p) => p.split === 'dev' && !p.expected.startsWith('new:'));
const rightBounces = bounces.filter((b) => isRight(b, classify(b.text)));
const rightPastes = pastes.filter((p) => pasteRight(p, classify(p.text)));

describe('dev items keep their answer when pasted the ways people mangle them', () => {
  it('has enough right items to say so', () => {
    expect(rightBounces.length).toBeGreaterThan(1000);
    expect(rightPastes.length).toBeGreaterThan(650);
  });
  for (const [way, mangle] of Object.entries(WAYS)) {
    it(way, () => {
      const lost = [
        ...rightBounces
          .filter((b) => !isRight(b, classify(mangle(b.text))))
          .map((b) => `${b.file}: ${b.text.slice(0, 80)}`),
        ...rightPastes
          .filter((p) => !pasteRight(p, classify(mangle(p.text))))
          .map((p) => `paste: ${p.text.slice(0, 80)}`),
      ];
      expect(lost).toEqual([]);
    });
  }
});
