// The fix site: page count and weight (gzipped) of the built apps/site/dist, and the paste box's
// time to answer in headless Chromium over loopback (submit → answer, measured inside the page),
// on first use (a fresh page: the script loads) and warm. Skips the browser part without Chromium.
// Run: pnpm bench site   (or: node bench/site.bench.mjs after `pnpm site`)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const site = fileURLToPath(new URL('../apps/site/', import.meta.url));
const dist = join(site, 'dist');
// vite and playwright-core are the site's dev dependencies; resolve them from there.
const from = createRequire(join(site, 'package.json'));
const load = async (name) => import(pathToFileURL(from.resolve(name)).href);

if (!existsSync(join(dist, 'index.html'))) {
  console.log('apps/site/dist is missing: run `pnpm site` first');
  process.exit(1);
}

const files = (dir) =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)],
  );
const gz = (p) => gzipSync(readFileSync(p), { level: 9 }).length;
const all = files(dist);
const fix = all.filter((p) => p.includes('/fix/') && p.endsWith('.html')).map(gz);
const asset = (name) => all.find((p) => new RegExp(`/assets/${name}-[^/]+\\.js$`).test(p));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`pages: ${fix.length} fix pages, ${all.filter((p) => p.endsWith('.html')).length} HTML files`);
console.log(
  `fix page HTML gzipped: median ${kb(median(fix))}, max ${kb(Math.max(...fix))}; home ${kb(gz(join(dist, 'index.html')))}`,
);
console.log(
  `scripts gzipped: loader ${kb(gz(asset('loader')))} (every page), filter ${kb(gz(asset('filter')))} (indexes), paste box ${kb(gz(asset('paste')))} (first use; budget 150 KB)`,
);

// The site's own preview server and Chromium flags (its compiled src/preview.ts), as its tests use them.
const { CHROMIUM_ARGS, chromiumPath, previewSite } = await import(
  pathToFileURL(join(site, 'lib/preview.js')).href
);
const chromium = chromiumPath();
if (!chromium) {
  console.log('paste box timing skipped: no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)');
  process.exit(0);
}
const pw = await load('playwright-core');
const { chromium: browserType } = pw.chromium ? pw : pw.default; // CommonJS: its exports come as default
const server = await previewSite(dist);
const base = server.url;
const browser = await browserType.launch({ executablePath: chromium, args: CHROMIUM_ARGS });
const PASTE =
  "Error: Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1sm - gsmtp\n  code: 'EAUTH', command: 'AUTH PLAIN'";
const ask = async (page, text, nth) => {
  await page.fill('#paste-text', `${text}\n#${nth}`);
  await page.click('#paste-form button[type="submit"]');
  await page.waitForFunction(
    (n) => document.querySelector('#paste-answer pre')?.textContent?.endsWith(`#${n}`),
    nth,
  );
  return Number(await page.getAttribute('#paste-answer', 'data-total-ms'));
};
const first = [];
const firstNoFocus = [];
const warm = [];
for (let i = 0; i < 7; i++) {
  const ctx = await browser.newContext(); // fresh cache: the script really loads
  const page = await ctx.newPage();
  await page.goto(`${base}fix/454-4.7.0-cannot-authenticate/`);
  first.push(await ask(page, PASTE, 0));
  for (let j = 1; j <= 20; j++) warm.push(await ask(page, PASTE, j));
  // Submit with no focus first (a paste dropped in and Ctrl+Enter would focus; this is the worst case):
  const page2 = await ctx.newPage();
  await page2.goto(`${base}codes/`);
  await page2.evaluate((t) => {
    document.querySelector('#paste-text').value = `${t}\n#0`;
    document.querySelector('#paste-form').requestSubmit();
  }, PASTE);
  await page2.waitForFunction(() => document.querySelector('#paste-answer pre'));
  firstNoFocus.push(Number(await page2.getAttribute('#paste-answer', 'data-total-ms')));
  await ctx.close();
}
console.log(
  `paste box, submit to answer inside the page: first use ${median(first).toFixed(0)} ms median (script fetched on focus), ${median(firstNoFocus).toFixed(0)} ms when submitted unfocused (script fetched on submit), warm ${median(warm).toFixed(1)} ms median / ${Math.max(...warm).toFixed(1)} ms max (n=${warm.length})`,
);
await browser.close();
await server.close();
