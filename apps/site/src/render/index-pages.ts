// The home page (paste box first, then every page by class), the index by code, and the generic
// RFC 3463 layer as one reference table. Lists carry their search text in data-search so the
// filter box (a progressive enhancement: hidden until its script runs) can narrow them.
import { type CatalogEntry, fixPagePath } from '@smtpfix/core';
import { CLASSES, classOf } from '../classes.js';
import type { RenderContext } from './context.js';
import { esc, rel } from './html.js';
import { absolute, layout, pasteBox } from './layout.js';
import { codeOf, codePrefix, kindOf } from './seo.js';

const searchText = (e: CatalogEntry) =>
  [codeOf(e), e.id, e.title, e.providerText, ...e.whatYouSee].join(' ').toLowerCase().replace(/\s+/g, ' ');

function filterBox(label: string): string {
  return `<div class="filter" data-filter-box hidden>
<label for="filter">${esc(label)}</label>
<input type="search" id="filter" autocomplete="off" spellcheck="false" placeholder="454, 5.7.26, invalid_grant, quota…">
<p id="filter-count" class="hint" aria-live="polite"></p>
</div>`;
}

function item(e: CatalogEntry, from: string): string {
  const code = codePrefix(e);
  return `<li data-search="${esc(searchText(e))}"><a href="${esc(rel(from, fixPagePath(e)))}">${code ? `<span class="code">${esc(code)}</span> ` : ''}${esc(e.title)}</a> <span class="sev sev-${esc(e.severity)}">${esc(e.severity)}</span></li>`;
}

/** Orders by reply code, then enhanced code numerically, then pages without codes by id. */
export function byCode(a: CatalogEntry, b: CatalogEntry): number {
  const num = (e: CatalogEntry) => [
    e.replyCode ?? 1000,
    ...(e.enhancedCode ?? '9.999.999').split('.').map(Number),
  ];
  const [x, y] = [num(a), num(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return a.id.localeCompare(b.id);
}

/** The home page: the paste box, then every page by class. */
export function homePage(pages: readonly CatalogEntry[], ctx: RenderContext): string {
  const groups = CLASSES.map((c) => ({
    c,
    items: pages.filter((e) => classOf(e).slug === c.slug).sort(byCode),
  }))
    .filter((g) => g.items.length)
    .map(
      (
        g,
      ) => `<section class="group" id="class-${esc(g.c.slug)}" data-filter-group aria-labelledby="h-${esc(g.c.slug)}">
<h3 id="h-${esc(g.c.slug)}">${esc(g.c.label)} <span class="count">(${g.items.length})</span></h3>
<p class="hint">${esc(g.c.blurb)}</p>
<ul class="entries">${g.items.map((e) => item(e, '')).join('')}</ul>
</section>`,
    );
  const body = `<h1>Gmail SMTP errors, explained and fixed</h1>
<p class="lead">Every error Gmail and Google Workspace send back over SMTP, Google's OAuth token endpoint and the connection below them, as a page: what you see, what is actually happening, and how to fix it. ${pages.length} pages.</p>
${pasteBox(ctx, '', 'Paste an error')}
<section id="by-class" aria-labelledby="by-class-h">
<h2 id="by-class-h">Errors by class</h2>
${filterBox('Filter the list by code or words')}
${groups.join('\n')}
</section>`;
  const home = absolute(ctx, '');
  return layout(
    {
      path: '',
      title: 'smtpfix – every Gmail SMTP error explained and fixed',
      description: `What each Gmail / Google Workspace SMTP error means and how to fix it: ${pages.length} fix pages, by class and code, and a paste box that names your error in the browser.`,
      body,
      filter: true,
      paste: 'in-body',
      jsonLd: [
        {
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: 'smtpfix',
          description: 'Gmail SMTP errors explained and fixed',
          ...(home ? { url: home } : {}),
        },
      ],
    },
    ctx,
  );
}

/** The index by code: one table row a page, sorted by code. */
export function codesPage(pages: readonly CatalogEntry[], ctx: RenderContext): string {
  const path = 'codes/';
  const rows = [...pages].sort(byCode).map((e) => {
    const code = codeOf(e);
    return `<tr data-search="${esc(searchText(e))}"><td class="code">${esc(code || '—')}</td><td><a href="${esc(rel(path, fixPagePath(e)))}">${esc(e.title)}</a></td><td>${esc(kindOf(e))}</td><td>${esc(e.stage)}</td><td><span class="sev sev-${esc(e.severity)}">${esc(e.severity)}</span></td></tr>`;
  });
  const body = `<h1>Gmail SMTP errors by code</h1>
<p class="lead">${pages.length} pages, by reply code and enhanced status code. Errors from the token endpoint and the connection have no code and come last.</p>
${filterBox('Filter the table by code or words')}
<table class="codes" data-filter-group>
<caption>Every page, by code</caption>
<thead><tr><th scope="col">Code</th><th scope="col">Error</th><th scope="col">Kind</th><th scope="col">Stage</th><th scope="col">Severity</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>`;
  return layout(
    {
      path,
      title: 'Gmail SMTP error codes: the full list with fixes – smtpfix',
      description: `Every Gmail SMTP reply code and enhanced status code (421, 450, 454, 535, 550 5.7.26 …) with a page that explains and fixes it. ${pages.length} pages.`,
      body,
      filter: true,
    },
    ctx,
  );
}

/** The generic RFC 3463 layer: what each enhanced status code means when no provider page names it. */
export function rfc3463Page(generic: readonly CatalogEntry[], ctx: RenderContext): string {
  const path = 'rfc3463/';
  // One row per code detail, with the temporary (4.x.x) and permanent (5.x.x) forms side by side.
  const rows = new Map<string, { meaning: string; temp: boolean; perm: boolean; stage: string }>();
  for (const e of generic) {
    const [cls, ...rest] = e.enhancedCode!.split('.');
    const key = rest.join('.');
    const row = rows.get(key) ?? { meaning: e.providerText, temp: false, perm: false, stage: e.stage };
    if (cls === '4') row.temp = true;
    else row.perm = true;
    rows.set(key, row);
  }
  const sorted = [...rows.entries()].sort(([a], [b]) => {
    const [a1, a2] = a.split('.').map(Number);
    const [b1, b2] = b.split('.').map(Number);
    return a1! - b1! || a2! - b2!;
  });
  const body = `<h1>Enhanced status codes (RFC 3463)</h1>
<p class="lead">What an enhanced status code means in general, from RFC 3463 and the IANA registry. The first digit is the class: <code>4</code> temporary (retry later), <code>5</code> permanent (change something first). Gmail's own wording after the code says more; when you have it, paste it above or find its page <a href="${esc(rel(path, 'codes/'))}">by code</a>.</p>
<table class="codes">
<caption>The registered codes (class.subject.detail)</caption>
<thead><tr><th scope="col">Code</th><th scope="col">Meaning</th><th scope="col">Forms</th><th scope="col">Usually at</th></tr></thead>
<tbody>${sorted
    .map(
      ([k, r]) =>
        `<tr id="x-${esc(k.replace('.', '-'))}"><td class="code">X.${esc(k)}</td><td>${esc(r.meaning)}</td><td>${[
          r.temp ? `4.${k}` : '',
          r.perm ? `5.${k}` : '',
        ]
          .filter(Boolean)
          .map((c) => `<code>${esc(c)}</code>`)
          .join(' ')}</td><td>${esc(r.stage)}</td></tr>`,
    )
    .join('\n')}</tbody>
</table>
<p class="hint">Sources: <a href="https://www.rfc-editor.org/rfc/rfc3463" rel="nofollow noopener">RFC 3463</a>, <a href="https://www.iana.org/assignments/smtp-enhanced-status-codes" rel="nofollow noopener">IANA SMTP Enhanced Status Codes</a>.</p>`;
  return layout(
    {
      path,
      title: 'SMTP enhanced status codes (RFC 3463) reference table – smtpfix',
      description: `What every SMTP enhanced status code means (X.1.1 bad mailbox, X.7.26 multiple authentication checks failed …): ${sorted.length} registered codes in one table.`,
      body,
    },
    ctx,
  );
}

/** The page a static host serves for unknown paths. */
export function notFoundPage(ctx: RenderContext): string {
  return layout(
    {
      path: '404.html',
      title: 'Page not found – smtpfix',
      description: 'This page does not exist.',
      body: '<h1>Page not found</h1><p>There is no page here. Paste your error below, or find it by code.</p>',
      noindex: true,
    },
    ctx,
  );
}

/** sitemap.xml: every indexable page (needs the site's base URL). */
export function sitemap(paths: readonly string[], ctx: RenderContext, lastmod: Map<string, string>): string {
  const urls = paths.map((p) => {
    const mod = lastmod.get(p);
    return `<url><loc>${esc(absolute(ctx, p)!)}</loc>${mod ? `<lastmod>${esc(mod)}</lastmod>` : ''}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
