import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnosis } from '../classify.js';
import type { BounceReason } from '../reason.js';
import { fnv1a } from './devset.js';

/** One real bounce message (or the part of it a person pasted), verbatim, with where it was found. */
export interface BounceSample {
  /** The public thread it was copied from. Every sample of one thread lands on the same side of the split. */
  source: string;
  text: string;
  /** A catalog id, or `not-gmail` for another provider's bounce (must not be claimed as a Gmail page). */
  expected: string;
  reason: BounceReason;
  shape: string;
  note?: string;
  /**
   * The label this sample had before a blind relabel changed it: two labellers disagreed and a
   * third settled it by the labelling guide (`fixtures/bounces/LABELLING.md`), without seeing
   * what the classifier answers.
   */
  relabelled?: { from: { expected: string; reason: BounceReason }; why: string; when: string };
  file: string;
  split: 'dev' | 'holdout';
}

const dir = fileURLToPath(new URL('./fixtures/bounces/', import.meta.url));

/** Every bounce of the development set; half of the threads, chosen by hash of the URL, are held back. */
export function loadBounces(): BounceSample[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(dir + file, 'utf8')) as Omit<BounceSample, 'file' | 'split'>[]).map((b) => ({
        ...b,
        file,
        // Hashes the URL as written (the split already reported); the test checks no thread key
        // lands on both sides.
        split: fnv1a(b.source) % 2 === 0 ? ('holdout' as const) : ('dev' as const),
      })),
    );
}

/** Whether the page is right: the expected page, or for another provider's bounce, no Gmail page. */
export function pageRight(b: BounceSample, d: Diagnosis): boolean {
  if (b.expected === 'not-gmail') return d.entry === null || d.entry.provider !== 'gmail';
  return d.entry?.id === b.expected;
}

/** Right page and right reason. */
export function isRight(b: BounceSample, d: Diagnosis): boolean {
  return pageRight(b, d) && d.reason === b.reason;
}
