// Builds the static site: bundles the two browser scripts with Vite, renders every page from the
// catalog with the renderers in render/, and writes sitemap.xml, robots.txt and 404.html.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type CatalogEntry, catalog, fixPagePath, isGenericCodePage } from '@smtpfix/core';
import type { Assets, RenderContext, SiteFile } from './render/context.js';
import { entryPage } from './render/entry-page.js';
import { codesPage, homePage, notFoundPage, rfc3463Page, sitemap } from './render/index-pages.js';
import { stripPageBodiesPlugin } from './strip-page-bodies.js';

/** The package directory (this file runs from `lib/`, its sources are in `src/`). */
const PKG = fileURLToPath(new URL('..', import.meta.url));

/** Most the paste box's script may weigh, gzipped. The build fails past it. */
export const PASTE_BUDGET_GZ = 150 * 1024;

/** A bad build setting (e.g. a SITE_URL that is not a URL); says which and how to fix it. */
export class SiteBuildError extends Error {
  override name = 'SiteBuildError';
  constructor(
    readonly code: 'SITE_URL_INVALID' | 'SITE_BUDGET_EXCEEDED',
    message: string,
  ) {
    super(message);
  }
}

/** Options of {@link buildSite}. */
export interface BuildOptions {
  /** Where the site goes. Emptied first. */
  outDir: string;
  /** The deployed site's absolute base URL, or `null` (no canonical URLs, no sitemap). */
  siteUrl: string | null;
  /** The pages to publish. @default core's catalog */
  entries?: readonly CatalogEntry[];
}

/** What a build wrote, for the build's closing lines and the tests. */
export interface BuildReport {
  /** Fix pages (one per provider and below-SMTP entry). */
  fixPages: number;
  /** Every HTML file written. */
  htmlFiles: number;
  /** gzipped bytes: the largest and the mean fix page, and each asset. */
  gzip: {
    fixPageMax: number;
    fixPageMean: number;
    home: number;
    loader: number;
    paste: number;
    filter: number;
    css: number;
  };
  assets: Assets;
}

/** Checks and normalises a SITE_URL: an absolute http(s) URL, no query or fragment, ending in `/`. */
export function normaliseSiteUrl(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SiteBuildError(
      'SITE_URL_INVALID',
      `SITE_URL must be an absolute URL such as https://smtpfix.example/, not "${text}".`,
    );
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash)
    throw new SiteBuildError(
      'SITE_URL_INVALID',
      `SITE_URL must be an http(s) URL without ?query or #fragment, not "${text}".`,
    );
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

async function bundleScripts(outDir: string): Promise<Omit<Assets, 'css'>> {
  const { build } = await import('vite');
  const assetsDir = join(outDir, 'assets');
  const input = {
    loader: join(PKG, 'src/client/loader.ts'),
    paste: join(PKG, 'src/client/paste.ts'),
    filter: join(PKG, 'src/client/filter.ts'),
  };
  await build({
    configFile: false,
    root: PKG,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    plugins: [stripPageBodiesPlugin()],
    build: {
      outDir: assetsDir,
      emptyOutDir: true,
      manifest: true,
      modulePreload: false,
      target: 'es2022',
      sourcemap: false,
      rolldownOptions: {
        input,
        // Keep the paste box's export: an app build drops entry exports by default, and with them the code.
        preserveEntrySignatures: 'exports-only',
        // The loader imports the paste box by URL, not by module graph, so nothing is shared.
        output: { entryFileNames: '[name]-[hash].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  const manifest = JSON.parse(await readFile(join(assetsDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; name?: string; isEntry?: boolean }
  >;
  await rm(join(assetsDir, '.vite'), { recursive: true });
  const file = (name: string) => {
    const hit = Object.values(manifest).find((m) => m.isEntry && m.name === name);
    if (!hit) throw new Error(`Vite did not emit the ${name} script`);
    return `assets/${hit.file}`;
  };
  return { loader: file('loader'), paste: file('paste'), filter: file('filter') };
}

/** Builds the whole site into `outDir` and says what it wrote. */
export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const entries = options.entries ?? catalog;
  const { outDir } = options;
  await rm(outDir, { recursive: true, force: true });
  const scripts = await bundleScripts(outDir);
  const cssText = await readFile(join(PKG, 'src/site.css'), 'utf8');
  const css = `assets/site-${createHash('sha256').update(cssText).digest('hex').slice(0, 8)}.css`;
  const assets: Assets = { css, ...scripts };
  const ctx: RenderContext = { siteUrl: options.siteUrl, assets };

  const pages = entries.filter((e) => !isGenericCodePage(e));
  const generic = entries.filter(isGenericCodePage);
  const files: SiteFile[] = [
    { path: css, content: cssText },
    { path: 'index.html', content: homePage(pages, ctx) },
    { path: 'codes/index.html', content: codesPage(pages, ctx) },
    { path: 'rfc3463/index.html', content: rfc3463Page(generic, ctx) },
    { path: '404.html', content: notFoundPage(ctx) },
    ...pages.map((e) => ({ path: `${fixPagePath(e)}index.html`, content: entryPage(e, ctx) })),
  ];
  if (ctx.siteUrl) {
    const lastmod = new Map(pages.filter((e) => e.checked).map((e) => [fixPagePath(e), e.checked!]));
    files.push(
      {
        path: 'sitemap.xml',
        content: sitemap(['', 'codes/', 'rfc3463/', ...pages.map(fixPagePath)], ctx, lastmod),
      },
      { path: 'robots.txt', content: `User-agent: *\nAllow: /\nSitemap: ${ctx.siteUrl}sitemap.xml\n` },
    );
  }
  for (const f of files) {
    const to = join(outDir, ...f.path.split('/').map(decodeURIComponent));
    await mkdir(dirname(to), { recursive: true });
    await writeFile(to, f.content);
  }

  const sizeOf = async (p: string) => gz(await readFile(join(outDir, p)));
  const fixSizes = files.filter((f) => f.path.startsWith('fix/')).map((f) => gz(f.content));
  const report: BuildReport = {
    fixPages: pages.length,
    htmlFiles: files.filter((f) => f.path.endsWith('.html')).length,
    gzip: {
      fixPageMax: Math.max(...fixSizes),
      fixPageMean: Math.round(fixSizes.reduce((a, b) => a + b, 0) / Math.max(1, fixSizes.length)),
      home: gz(files[1]!.content),
      loader: await sizeOf(assets.loader),
      paste: await sizeOf(assets.paste),
      filter: await sizeOf(assets.filter),
      css: gz(cssText),
    },
    assets,
  };
  if (report.gzip.paste > PASTE_BUDGET_GZ)
    throw new SiteBuildError(
      'SITE_BUDGET_EXCEEDED',
      `The paste box script is ${(report.gzip.paste / 1024).toFixed(1)} KB gzipped, over its ${PASTE_BUDGET_GZ / 1024} KB budget. Keep Node-only or heavy code out of what src/client/paste.ts imports.`,
    );
  return report;
}

/** The report as the build prints it. */
export function formatReport(r: BuildReport, outDir: string, siteUrl: string | null): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    `site: ${r.fixPages} fix pages, ${r.htmlFiles} HTML files in ${outDir}`,
    `gzipped: fix page ${kb(r.gzip.fixPageMean)} mean / ${kb(r.gzip.fixPageMax)} max, home ${kb(r.gzip.home)}, css ${kb(r.gzip.css)}`,
    `scripts (gzipped): loader ${kb(r.gzip.loader)} on every page, filter ${kb(r.gzip.filter)} on the indexes, paste box ${kb(r.gzip.paste)} on first use (budget ${kb(PASTE_BUDGET_GZ)})`,
    siteUrl
      ? `canonical URLs and sitemap.xml for ${siteUrl}`
      : 'SITE_URL not set: no canonical URLs, no sitemap.xml (set it for a deploy)',
  ].join('\n');
}
