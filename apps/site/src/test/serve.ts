// Test helpers: build the site into a temporary directory and serve it on a free loopback port
// (src/preview.ts, which also finds Debian's Chromium).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildReport, buildSite } from '../build.js';
import { previewSite } from '../preview.js';

export { CHROMIUM_ARGS, chromiumPath } from '../preview.js';

/** The base URL the test build is made for (canonical links); pages are served from `served.url`. */
export const TEST_SITE_URL = 'https://smtpfix.example/';

export interface Served {
  /** `http://127.0.0.1:<port>/`, ending in `/`. */
  url: string;
  dir: string;
  report: BuildReport;
  close(): Promise<void>;
}

/** Builds the site into a fresh temporary directory and serves it on 127.0.0.1, port chosen by the OS. */
export async function buildAndServe(): Promise<Served> {
  const dir = await mkdtemp(join(tmpdir(), 'smtpfix-site-'));
  const report = await buildSite({ outDir: dir, siteUrl: TEST_SITE_URL });
  const server = await previewSite(dir);
  return {
    url: server.url,
    dir,
    report,
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
