// A fix page in the reference format (reference/000_…txt): code and severity, title, summary,
// what you see, what is happening, causes, numbered fixes with titles, prevention, retry, related
// errors, sources and the date checked; plus where in the conversation it comes back.
import { type CatalogEntry, fixPagePath, getEntry, type RetryAdvice } from '@smtpfix/core';
import { classOf } from '../classes.js';
import type { RenderContext } from './context.js';
import { conversationSvg, stageSentence } from './conversation.js';
import { esc, inline, rel } from './html.js';
import { absolute, layout } from './layout.js';
import { codeOf, codePrefix, entryJsonLd, kindOf, pageDescription, pageTitle } from './seo.js';

const seconds = (ms: number) =>
  ms >= 120_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;

/** The retry advice in one sentence, as a sender should read it. */
export function retryText(r: RetryAdvice): string {
  if (r.kind === 'backoff')
    return `Yes, it is temporary: back off from ${seconds(r.initialDelayMs)} up to ${seconds(r.maxDelayMs)}, with jitter.`;
  if (r.kind === 'never') return 'Never: this message can never succeed as it is.';
  return 'Not until it is fixed: retrying unchanged gets the same answer.';
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

function related(e: CatalogEntry, from: string): string {
  const items = e.related
    .map((id) => getEntry(id))
    .filter((r): r is CatalogEntry => r !== undefined)
    .map((r) => {
      const code = codePrefix(r);
      return `<li><a href="${esc(rel(from, fixPagePath(r)))}">${code ? `<span class="code">${esc(code)}</span> ` : ''}${esc(r.title)}</a></li>`;
    });
  return items.length ? `<ul class="related">${items.join('')}</ul>` : '<p>None listed.</p>';
}

function sources(e: CatalogEntry): string {
  const items = e.sources.map((s) =>
    /^https?:\/\//.test(s)
      ? `<li><a href="${esc(s)}" rel="nofollow noopener">${esc(hostOf(s))}${esc(new URL(s).pathname === '/' ? '' : new URL(s).pathname)}</a></li>`
      : `<li>${inline(s)}</li>`,
  );
  const lines = [`<ul class="sources">${items.join('')}</ul>`];
  if (e.helpUrl)
    lines.push(
      `<p>Google's help page: <a href="${esc(e.helpUrl)}" rel="nofollow noopener">${esc(e.helpUrl)}</a></p>`,
    );
  if (e.fromGoogleList)
    lines.push(
      `<p>This is a row of Google's list of Gmail SMTP errors, where it reads: <q>${esc(e.providerText)}</q></p>`,
    );
  // Rows of Google's list with the same codes and cause, which this page also covers.
  if (e.googleListRows?.length)
    lines.push(
      `<p>Google's list of Gmail SMTP errors also words it:</p><ul class="list-rows">${e.googleListRows.map((r) => `<li><q>${esc(r)}</q></li>`).join('')}</ul>`,
    );
  if (e.checked)
    lines.push(
      `<p class="checked">Checked against these sources on <time datetime="${esc(e.checked)}">${esc(e.checked)}</time>.</p>`,
    );
  return lines.join('\n');
}

/** The body of a fix page (inside <main>). */
export function entryBody(e: CatalogEntry, from: string): string {
  const code = codeOf(e);
  const cls = classOf(e);
  return `<article class="entry" data-id="${esc(e.id)}">
<nav class="crumbs" aria-label="Breadcrumb"><a href="${esc(rel(from, ''))}">smtpfix</a> › <a href="${esc(rel(from, ''))}#class-${esc(cls.slug)}">${esc(cls.label)}</a></nav>
<p class="head"><span class="code">${esc(code || kindOf(e))}</span> <span class="sev sev-${esc(e.severity)}">${esc(e.severity)}</span></p>
<h1>${code ? `<span class="code">${esc(code)}</span> ` : ''}${esc(e.title)}</h1>
<p class="summary">${inline(e.summary)}</p>
<figure class="where">${conversationSvg(e.stage, '')}<figcaption>${esc(stageSentence(e.stage))}</figcaption></figure>
<section id="what-you-see"><h2>What you see</h2>
<pre><code>${e.whatYouSee.map(esc).join('\n')}</code></pre></section>
<section id="whats-happening"><h2>What’s actually happening</h2>
<p>${inline(e.whatsHappening)}</p></section>
<section id="causes"><h2>Common causes</h2>
<ul>${e.causes.map((c) => `<li>${inline(c)}</li>`).join('')}</ul></section>
<section id="fixes"><h2>How to fix it</h2>
<ol class="fixes">${e.fixes.map((f) => `<li><h3>${inline(f.title)}</h3><p>${inline(f.detail)}</p></li>`).join('')}</ol></section>
<section id="prevention"><h2>Stop it recurring</h2>
<p>${inline(e.prevention)}</p></section>
<section id="retry"><h2>Retry</h2>
<p><strong>${esc(retryText(e.retry))}</strong> ${inline(e.retry.note)}</p></section>
<section id="related"><h2>Related errors</h2>
${related(e, from)}</section>
<section id="sources"><h2>Sources</h2>
${sources(e)}</section>
</article>`;
}

/** A whole fix page. */
export function entryPage(e: CatalogEntry, ctx: RenderContext): string {
  const path = fixPagePath(e);
  return layout(
    {
      path,
      title: pageTitle(e),
      description: pageDescription(e),
      body: entryBody(e, path),
      jsonLd: entryJsonLd(e, absolute(ctx, path), absolute(ctx, '')),
    },
    ctx,
  );
}
