import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnosis } from '../classify.js';
import type { CatalogEntry } from '../types.js';

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

// FNV-1a: a split that depends only on the source, so adding pastes never moves old ones.
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The thread a paste came from: scheme, `www.`, query, fragment (`#issuecomment-…`) and trailing
 * slash dropped, so every paste of one issue, question or page lands on the same side of the split.
 */
export function sourceKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

/**
 * Every paste of the development set. A quarter of the SOURCES, chosen by hash of the source URL,
 * are held back: a thread is wholly on one side, so the held-back part measures threads the
 * classifier was never tuned on, not siblings of pastes it was.
 */
export function loadPastes(): Paste[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(dir + file, 'utf8')) as Omit<Paste, 'file' | 'split'>[]).map((p) => ({
        ...p,
        file,
        split: fnv1a(sourceKey(p.source)) % 4 === 0 ? ('holdout' as const) : ('dev' as const),
      })),
    );
}

/**
 * Whether the paste is below SMTP (token endpoint, XOAUTH2 challenge, TLS, connection, library
 * wrappers with no reply code) rather than an SMTP reply; accuracy is reported for each apart.
 */
export function isBelowSmtp(expectedEntry: CatalogEntry | undefined, replyCode: number | null): boolean {
  if (expectedEntry) return expectedEntry.replyCode === null || expectedEntry.replyCode === 334;
  return replyCode === null || replyCode === 334;
}

/** Whether a diagnosis is the right answer for a paste. */
export function isRight(p: Paste, d: Diagnosis): boolean {
  if (p.expected === 'not-gmail') return d.entry === null || d.entry.provider !== 'gmail';
  return d.entry?.id === p.expected;
}
