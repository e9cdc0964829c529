// A built site served on loopback, and the Chromium the project checks it with: shared by the
// site's tests (src/test/serve.ts) and bench/site.bench.mjs, which imports the compiled lib/preview.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

/** A running preview server. */
export interface Preview {
  /** `http://127.0.0.1:<port>/`, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

/** Serves the built site in `outDir` with Vite's static preview server on 127.0.0.1, port chosen by the OS. */
export async function previewSite(outDir: string): Promise<Preview> {
  // Vite is a dev dependency: loaded only when a test or the bench serves the site.
  const { preview } = await import('vite');
  const server = await preview({
    configFile: false,
    root: fileURLToPath(new URL('..', import.meta.url)),
    logLevel: 'warn',
    appType: 'mpa',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
