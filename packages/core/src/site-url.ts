// The one place that knows where an entry lives on the public site (apps/site), so the site's own
// links and canonical URLs, the bot's links and `smtpfix explain` can never disagree.
import { genericFor } from './catalog.js';
import type { CatalogEntry } from './types.js';

/**
 * True for a page of the generic RFC 3463 layer (one per registered enhanced code). The site
 * shows that layer as one reference table, not a page each.
 */
export function isGenericCodePage(entry: CatalogEntry): boolean {
  return (
    entry.enhancedCode !== null && entry.provider === 'generic' && genericFor(entry.enhancedCode) === entry
  );
}

/**
 * Where an entry is on the site, relative to its root: `fix/<id>/`, or for the generic RFC 3463
 * layer its row of the reference table, `rfc3463/#x-7-26`.
 */
export function fixPagePath(entry: CatalogEntry): string {
  if (isGenericCodePage(entry)) return `rfc3463/#x-${entry.enhancedCode!.slice(2).replace('.', '-')}`;
  return `fix/${encodeURIComponent(entry.id)}/`;
}

/**
 * The public page of a catalog entry: `<baseUrl>/fix/<id>/` (see {@link fixPagePath}). The base
 * URL may end in `/` or not and may carry a path (a site served under `/docs/` works).
 *
 * @example
 * fixPageUrl('https://smtpfix.example', getEntry('454-4.7.0-cannot-authenticate')!);
 * // 'https://smtpfix.example/fix/454-4.7.0-cannot-authenticate/'
 */
export function fixPageUrl(baseUrl: string, entry: CatalogEntry): string {
  return `${baseUrl.replace(/\/+$/, '')}/${fixPagePath(entry)}`;
}
