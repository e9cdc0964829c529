// The built site, checked as files and in a real browser (Debian's Chromium, driven by
// playwright-core) served over loopback: every page and its sections, every related link, the
// paste box, the filter, reading with JavaScript off, and axe-core's accessibility rules.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { catalog, fixPageUrl, isGenericCodePage as isRfc3463Page } from '@smtpfix/core';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASTE_BUDGET_GZ } from './build.js';
import { buildAndServe, CHROMIUM_ARGS, chromiumPath, type Served, TEST_SITE_URL } from './test/serve.js';

const CHROME = chromiumPath();
const pages = catalog.filter((e) => !isRfc3463Page(e));
const SECTIONS = [
  'What you see',
  'What’s actually happening',
  'Common causes',
  'How to fix it',
  'Stop it recurring',
  'Retry',
  'Related errors',
  'Sources',
];
const PASTE_535 = `Error: Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to
535 5.7.8  https://support.google.com/mail/?p=BadCredentials d2e1a72fcca58-7bb2a0c4d3esm123456b3a.12 - gsmtp
    at SMTPConnection._formatError (node_modules/nodemailer/lib/smtp-connection/index.js:809:19)
  code: 'EAUTH', command: 'AUTH PLAIN', auth: { user: 'me@gmail.com', pass: 'hunter2-very-secret' }`;

let served: Served;
let browser: Browser | null = null;

beforeAll(async () => {
  served = await buildAndServe();
  if (CHROME) browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_ARGS });
  else
    console.warn(
      '!!! Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH): the browser tests of @smtpfix/site skip',
    );
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const file = (p: string) => readFile(join(served.dir, p), 'utf8');

describe('the built files', () => {
  it('has one page per provider and below-SMTP entry, and none for the RFC 3463 layer', async () => {
    expect(served.report.fixPages).toBe(pages.length);
    for (const e of pages) expect(await file(`fix/${e.id}/index.html`)).toContain(`data-id="${e.id}"`);
    const generic = catalog.find(isRfc3463Page)!;
    await expect(file(`fix/${generic.id}/index.html`)).rejects.toThrow();
    expect(await file('rfc3463/index.html')).toContain(`<code>${generic.enhancedCode}</code>`);
  });

  it('gives every page its title, description, canonical URL and structured data', async () => {
    for (const e of pages) {
      const html = await file(`fix/${e.id}/index.html`);
      expect(html).toContain(`<link rel="canonical" href="${fixPageUrl(TEST_SITE_URL, e)}">`);
      const title = /<title>([^<]+)<\/title>/.exec(html)![1]!;
      if (e.replyCode) expect(title.startsWith(String(e.replyCode))).toBe(true);
      expect(/<meta name="description" content="([^"]{40,})">/.test(html)).toBe(true);
      const ld = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) =>
        JSON.parse(m[1]!),
      );
      expect(ld[0]).toMatchObject({ '@type': 'TechArticle', url: fixPageUrl(TEST_SITE_URL, e) });
      if (e.checked) expect(ld[0].dateModified).toBe(e.checked);
    }
  });

  it('lists every page in sitemap.xml', async () => {
    const xml = await file('sitemap.xml');
    for (const e of pages) expect(xml).toContain(`<loc>${fixPageUrl(TEST_SITE_URL, e)}</loc>`);
    expect(await file('robots.txt')).toContain(`Sitemap: ${TEST_SITE_URL}sitemap.xml`);
  });

  it('keeps the paste box within its budget and off every page until it is used', async () => {
    expect(served.report.gzip.paste).toBeGreaterThan(10_000); // it really bundles core
    expect(served.report.gzip.paste).toBeLessThanOrEqual(PASTE_BUDGET_GZ);
    const html = await file('fix/535-5.7.8-bad-credentials/index.html');
    expect(html).not.toMatch(/<script[^>]*paste-/);
    expect(html).not.toMatch(/<script[^>]*filter-/);
  });
});

const inBrowser = CHROME ? describe : describe.skip;

inBrowser('in Chromium', () => {
  const open = async (ctx: BrowserContext, path: string): Promise<Page> => {
    const page = await ctx.newPage();
    const res = await page.goto(served.url + path);
    expect(res?.status(), path).toBe(200);
    return page;
  };

  it('renders every fix page with all its sections, JavaScript off, and every related link resolves', async () => {
    const ctx = await browser!.newContext({ javaScriptEnabled: false });
    const links = new Set<string>();
    const page = await ctx.newPage();
    for (const e of pages) {
      expect((await page.goto(`${served.url}fix/${e.id}/`))?.status(), e.id).toBe(200);
      expect(await page.locator('h1').textContent()).toContain(e.title);
      expect(await page.locator('main h2').allInnerTexts()).toEqual(expect.arrayContaining(SECTIONS));
      expect(await page.locator('ol.fixes > li h3').count()).toBe(e.fixes.length);
      expect(await page.locator('#what-you-see pre').textContent()).toContain(
        e.whatYouSee[0]!.trim().slice(0, 20),
      );
      expect(await page.locator('svg.conversation[role="img"]').count()).toBe(1);
      for (const href of await page
        .locator('#related a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
        links.add(href);
      expect(await page.locator('#related a').count()).toBe(e.related.length);
    }
    expect(links.size).toBeGreaterThan(50);
    for (const href of links) {
      expect(href.startsWith(served.url)).toBe(true);
      expect((await ctx.request.get(href)).status(), href).toBe(200);
    }
    await ctx.close();
  }, 300_000);

  it('reads the home page with JavaScript off: the full list, no filter box, the paste box explains itself', async () => {
    const ctx = await browser!.newContext({ javaScriptEnabled: false });
    const page = await open(ctx, '');
    expect(await page.locator('#by-class li[data-search]:visible').count()).toBe(pages.length);
    expect(await page.locator('[data-filter-box]').isVisible()).toBe(false);
    expect(await page.locator('noscript').first().textContent()).toContain('index by code');
    await ctx.close();
  });

  it('answers a 535-5.7.8 paste with its page, masks the password, loads the script only on first use and sends nothing', async () => {
    const ctx = await browser!.newContext();
    const requests: string[] = [];
    ctx.on('request', (r) => requests.push(r.url()));
    const page = await open(ctx, 'fix/454-4.7.0-cannot-authenticate/');
    expect(requests.some((u) => u.includes('/assets/paste-'))).toBe(false);

    await page.locator('#paste-text').fill(PASTE_535);
    const t0 = performance.now();
    await page.locator('#paste-form button[type="submit"]').click();
    const match = page.locator('#paste-answer .match a');
    await match.waitFor();
    const firstMs = performance.now() - t0;
    const firstInPage = Number(await page.locator('#paste-answer').getAttribute('data-total-ms'));
    expect(await match.getAttribute('href')).toBe('../../fix/535-5.7.8-bad-credentials/');
    expect(await page.locator('#paste-answer .match .confidence').textContent()).toMatch(/^\d+% sure$/);
    const answer = await page.locator('#paste-answer').textContent();
    expect(answer).not.toContain('hunter2-very-secret');
    expect(await page.locator('#paste-answer pre').textContent()).toContain("pass: '[masked]'");
    expect(requests.filter((u) => u.includes('/assets/paste-'))).toHaveLength(1);
    expect(requests.filter((u) => !u.startsWith(served.url))).toEqual([]);
    // and the page's CSP would stop any script from sending the paste, even to the site itself
    expect(
      await page.evaluate(() =>
        fetch('/', { method: 'POST', body: 'x' }).then(
          () => 'sent',
          () => 'blocked',
        ),
      ),
    ).toBe('blocked');

    // Warm: the script is loaded, so this is classify() and rendering only.
    await page
      .locator('#paste-text')
      .fill('454 4.7.0 Too many login attempts, please try again later. - gsmtp');
    const t1 = performance.now();
    await page.locator('#paste-form button[type="submit"]').click();
    await page.locator('#paste-answer .match a[href*="454-4.7.0-too-many-login-attempts"]').waitFor();
    const warmMs = performance.now() - t1;
    const inPageMs = Number(await page.locator('#paste-answer').getAttribute('data-total-ms'));
    expect(firstInPage).toBeGreaterThan(0);
    expect(inPageMs).toBeGreaterThan(0);
    console.log(
      `paste box time to answer in Chromium, submit to answer inside the page: first use ${firstInPage.toFixed(0)} ms (loads the script), then ${inPageMs.toFixed(1)} ms (seen from the test: ${firstMs.toFixed(0)} ms, then ${warmMs.toFixed(0)} ms)`,
    );

    await match.first().click();
    await page.waitForURL(/454-4\.7\.0-too-many-login-attempts\/$/);
    expect(await page.locator('h1').textContent()).toContain('Too many login attempts');
    await ctx.close();
  });

  it('offers alternatives when the paste is ambiguous', async () => {
    const ctx = await browser!.newContext();
    const page = await open(ctx, '');
    await page.locator('#paste-text').fill('550 5.7.1 rejected');
    await page.locator('#paste-form button[type="submit"]').click();
    await page.locator('#paste-answer .answer').waitFor();
    const hrefs = await page
      .locator('#paste-answer a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const h of hrefs) {
      const res = await ctx.request.get(h);
      expect(res.status(), h).toBe(200);
      const hash = new URL(h).hash.slice(1);
      if (hash) expect(await res.text()).toContain(`id="${hash}"`); // a row of the RFC 3463 table
    }
    await ctx.close();
  });

  it('filters the index: 454 finds the 454 pages and hides the rest', async () => {
    const ctx = await browser!.newContext();
    for (const path of ['', 'codes/']) {
      const page = await open(ctx, path);
      await page.locator('#filter').fill('454');
      const visible = page.locator('[data-search]:visible');
      const n = await visible.count();
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThan(pages.length);
      expect(await visible.allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringContaining('454 4.7.0')]),
      );
      for (const t of await visible.evaluateAll((els) =>
        els.map((e) => (e as HTMLElement).dataset['search']!),
      ))
        expect(t).toContain('454');
      expect(await page.locator('#filter-count').textContent()).toBe(`${n} of ${pages.length} shown`);
      await page.locator('#filter').fill('');
      expect(await page.locator('[data-search]:visible').count()).toBe(pages.length);
      await page.close();
    }
    await ctx.close();
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    // bypassCSP: axe-core is injected as an inline script, which the pages' own CSP rightly refuses.
    const ctx = await browser!.newContext({ bypassCSP: true });
    for (const path of [
      '',
      'codes/',
      'rfc3463/',
      'fix/454-4.7.0-cannot-authenticate/',
      'fix/token-invalid-scope/',
    ]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await ctx.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(served.url + path);
        if (path === '') {
          await page.locator('#paste-text').fill(PASTE_535);
          await page.locator('#paste-form button[type="submit"]').click();
          await page.locator('#paste-answer .answer').waitFor();
        }
        await page.addScriptTag({ content: axe.source });
        const result = await page.evaluate(async () => {
          const r = await (window as unknown as { axe: typeof axe }).axe.run(document);
          return r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3),
          }));
        });
        const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad, `${path || 'home'} (${scheme})`).toEqual([]);
        await page.close();
      }
    }
    await ctx.close();
  });
});
