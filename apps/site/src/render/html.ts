// Small, safe HTML building: every piece of catalog text passes through esc() or inline(), so a
// page can never be broken (or scripted) by what an entry says.

/** Escapes text for HTML element content and double-quoted attribute values. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const URL_RE = /https?:\/\/[^\s<>"'`]+/g;

/** Links the http(s) URLs in already-escaped-safe plain text, dropping trailing punctuation from each. */
function linkify(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    let url = m[0];
    const trail = /[.,;:!?)\]]+$/.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - trail.length);
    out += `${esc(text.slice(last, m.index))}<a href="${esc(url)}" rel="nofollow noopener">${esc(url)}</a>`;
    last = m.index + url.length;
  }
  return out + esc(text.slice(last));
}

/**
 * Catalog prose as inline HTML: `backticks` become <code>, bare http(s) URLs become links, the rest
 * is escaped. The catalog writes code and commands in backticks (as its Markdown renderer expects).
 */
export function inline(text: string): string {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `<code>${esc(part)}</code>` : linkify(part)))
    .join('');
}

/**
 * The relative URL from one site path to another (both relative to the site root, directories
 * ending in `/`, the home page being `''`), so the site works at a domain's root and under a path.
 */
export function rel(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return '../'.repeat(depth) + to || './';
}
