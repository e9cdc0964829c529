// `pnpm site` / `pnpm --filter @smtpfix/site build`: builds the site into apps/site/dist.
// SITE_URL (e.g. https://smtpfix.example/) sets canonical URLs and the sitemap; SITE_OUT_DIR moves the output.
import { fileURLToPath } from 'node:url';
import { buildSite, formatReport, normaliseSiteUrl } from './build.js';

try {
  const siteUrl = normaliseSiteUrl(process.env['SITE_URL']);
  const outDir = process.env['SITE_OUT_DIR'] || fileURLToPath(new URL('../dist', import.meta.url));
  const report = await buildSite({ outDir, siteUrl });
  process.stdout.write(`${formatReport(report, outDir, siteUrl)}\n`);
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
}
