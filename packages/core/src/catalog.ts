import { genericPages, providerPages } from './catalog/index.js';
import type { CatalogEntry } from './types.js';

/** Every page: provider pages in match precedence, then the generic RFC 3463 layer. */
export const catalog: readonly CatalogEntry[] = [...providerPages, ...genericPages];

const byId = new Map(catalog.map((e) => [e.id, e]));

/** The page with this id, or `undefined`. */
export function getEntry(id: string): CatalogEntry | undefined {
  return byId.get(id);
}

/**
 * Pages for a reply code and/or enhanced code, best first: provider pages whose codes match
 * exactly, then the generic page for the enhanced code. `lookup(454)`, `lookup(535, '5.7.8')`,
 * `lookup('5.7.26')`.
 */
export function lookup(code: number | string, enhanced?: string): CatalogEntry[] {
  let reply: number | null = null;
  let enh: string | null = enhanced ?? null;
  const c = String(code).trim();
  if (/^[245]\.\d{1,3}\.\d{1,3}$/.test(c)) enh = c;
  else if (/^\d{3}$/.test(c)) reply = Number(c);
  else return [];
  const exact = providerPages.filter(
    (e) => (reply === null || e.replyCode === reply) && (enh === null || e.enhancedCode === enh),
  );
  const generic = enh ? genericFor(enh) : null;
  return generic ? [...exact, generic] : exact;
}

/**
 * The generic page for an enhanced code: its registered meaning, or the subject's catch-all
 * (`5.7.139` falls back to `5.7.0`), or `null` when the code is not of the form `c.s.d`.
 */
export function genericFor(enhanced: string): CatalogEntry | null {
  const m = /^([45])\.(\d{1,3})\.(\d{1,3})$/.exec(enhanced);
  if (!m) return null;
  return (
    genericPages.find((e) => e.enhancedCode === enhanced) ??
    genericPages.find((e) => e.enhancedCode === `${m[1]}.${m[2]}.0`) ??
    genericPages.find((e) => e.enhancedCode === `${m[1]}.0.0`) ??
    null
  );
}
