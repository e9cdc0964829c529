// The page shell every page shares: head (title, description, canonical, structured data), the
// header, the paste box and the scripts the page needs, and nothing else.
import type { RenderContext } from './context.js';
import { esc, rel } from './html.js';

/** One page before it is wrapped in the shell. */
export interface PageSpec {
  /** Path relative to the site root: `''` (home), `fix/<id>/`, `codes/`. */
  path: string;
  title: string;
  description: string;
  /** The page's own content, inside <main>. */
  body: string;
  jsonLd?: object[];
  /** Load the index filter script. @default false */
  filter?: boolean;
  /**
   * Where the paste box is: at the end of <main> (`end`), already placed in `body` by the page
   * (`in-body`, the home page), or nowhere. @default 'end'
   */
  paste?: 'end' | 'in-body' | 'none';
  /** Not for search engines (404). @default false */
  noindex?: boolean;
}

/** The absolute URL of a site path, or `null` without a base URL. */
export function absolute(ctx: RenderContext, path: string): string | null {
  if (!ctx.siteUrl) return null;
  // Paths come from core's fixPagePath for fix pages, as the bot's and the CLI's links do.
  return `${ctx.siteUrl.replace(/\/+$/, '')}/${path}`;
}

/**
 * The pages' Content Security Policy. `connect-src 'none'` makes "the paste never leaves the page"
 * something the browser enforces, on any host: no script on the page can send anything anywhere.
 * Scripts and styles come only from the site itself (no inline script runs; JSON-LD is data).
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; form-action 'none'; object-src 'none'";

/** JSON for a <script> element: `<` escaped so no string in it can close the element. */
const scriptJson = (o: object) => JSON.stringify(o).replace(/</g, '\\u003c');

/** The paste box: a form that does nothing without JavaScript (method="dialog" never navigates, so a paste never lands in a URL). */
export function pasteBox(ctx: RenderContext, from: string, heading: string): string {
  return `<section class="paste" aria-labelledby="paste-h">
<h2 id="paste-h">${esc(heading)}</h2>
<form id="paste-form" method="dialog" data-src="${esc(rel(from, ctx.assets.paste))}" data-root="${esc(rel(from, ''))}">
<label for="paste-text">Paste the whole error: the reply lines, the exception, the bounce or the log line.</label>
<textarea id="paste-text" name="paste" rows="5" spellcheck="false" autocomplete="off" autocapitalize="off" placeholder="535-5.7.8 Username and Password not accepted. For more information, go to&#10;535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp"></textarea>
<p><button type="submit">Diagnose</button> <span class="hint">Checked in your browser: the paste never leaves this page, and passwords and tokens are masked before anything is shown.</span></p>
</form>
<noscript><p class="hint">The paste box needs JavaScript (it runs here, nothing is sent). Without it, find your code in the <a href="${esc(rel(from, 'codes/'))}">index by code</a>.</p></noscript>
<div id="paste-answer" aria-live="polite"></div>
</section>`;
}

/** Wraps a page in the shell. */
export function layout(page: PageSpec, ctx: RenderContext): string {
  const url = absolute(ctx, page.path);
  const r = (to: string) => esc(rel(page.path, to));
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${esc(page.title)}</title>`,
    `<meta name="description" content="${esc(page.description)}">`,
    page.noindex ? '<meta name="robots" content="noindex">' : '',
    // The 404 page is served at any depth; with a known base URL its relative links still resolve.
    page.noindex && ctx.siteUrl ? `<base href="${esc(ctx.siteUrl)}">` : '',
    url && !page.noindex ? `<link rel="canonical" href="${esc(url)}">` : '',
    `<meta property="og:type" content="${page.path.startsWith('fix/') ? 'article' : 'website'}">`,
    `<meta property="og:title" content="${esc(page.title)}">`,
    `<meta property="og:description" content="${esc(page.description)}">`,
    url ? `<meta property="og:url" content="${esc(url)}">` : '',
    `<link rel="stylesheet" href="${r(ctx.assets.css)}">`,
    ...(page.jsonLd ?? []).map((o) => `<script type="application/ld+json">${scriptJson(o)}</script>`),
  ].filter(Boolean);
  const scripts = [
    page.paste === 'none' ? '' : `<script type="module" src="${r(ctx.assets.loader)}"></script>`,
    page.filter ? `<script type="module" src="${r(ctx.assets.filter)}"></script>` : '',
  ].filter(Boolean);
  return `<!doctype html>
<html lang="en">
<head>
${head.join('\n')}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><nav aria-label="Site"><a class="brand" href="${r('')}">smtpfix</a> <a href="${r('')}#by-class">Errors by class</a> <a href="${r('codes/')}">By code</a> <a href="${r('rfc3463/')}">RFC 3463 codes</a></nav></header>
<main id="main">
${page.body}
${(page.paste ?? 'end') === 'end' ? pasteBox(ctx, page.path, 'Not this error? Paste yours') : ''}
</main>
<footer class="site"><p>smtpfix: every Gmail SMTP, OAuth token and connection error as a fix page. Built from the <code>@smtpfix/core</code> catalog.</p></footer>
${scripts.join('\n')}
</body>
</html>
`;
}
