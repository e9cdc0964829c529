// Test helpers: build the site into a temporary directory and serve it with Vite's static preview
// server on a free loopback port, and find Debian's Chromium.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildReport, buildSite } from '../build.js';

/** The base URL the test build is made for (canonical links); pages are served from `served.url`. */
export const TEST_SITE_URL = 'https://smtpfix.example/';

/** Where Chromium is: `CHROMIUM_PATH`, or Debian's package. `null` when it is not installed. */
export function chromiumPath(): string | null {
  const p = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  return existsSync(p) ? p : null;
}

/** The flags the project runs Chromium with: headless, no network of its own beyond the page's. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
  const { preview } = await import('vite');
  const server = await preview({
    configFile: false,
    root: fileURLToPath(new URL('../..', import.meta.url)),
    logLevel: 'warn',
    appType: 'mpa',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    dir,
    report,
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
