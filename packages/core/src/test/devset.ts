import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnosis } from '../classify.js';

/** One real paste: verbatim text, where it was found, and the page it should map to. */
export interface Paste {
  source: string;
  text: string;
  /** A catalog id, or `not-gmail` for another provider's error (must not be claimed as a Gmail page). */
  expected: string;
  shape: string;
  note?: string;
  /** Which file it came from. */
  file: string;
  split: 'dev' | 'holdout';
}

const dir = fileURLToPath(new URL('./fixtures/pastes/', import.meta.url));

// FNV-1a: a split that depends only on the paste, so adding pastes never moves old ones.
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Every paste of the development set; a quarter of them, chosen by hash, are held back. */
export function loadPastes(): Paste[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(dir + file, 'utf8')) as Omit<Paste, 'file' | 'split'>[]).map((p) => ({
        ...p,
        file,
        split: fnv1a(p.text) % 4 === 0 ? ('holdout' as const) : ('dev' as const),
      })),
    );
}

/** Whether a diagnosis is the right answer for a paste. */
export function isRight(p: Paste, d: Diagnosis): boolean {
  if (p.expected === 'not-gmail') return d.entry === null || d.entry.provider !== 'gmail';
  return d.entry?.id === p.expected;
}
