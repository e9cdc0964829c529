// `smtpfix` starts from one big file: the bin, citty and the parts of @smtpfix/core it uses, bundled
// from tsc's output (dist/bin.js is replaced by the bundle's entry, which only turns Node's compile
// cache on and imports the rest). Loading ~200 modules one by one cost more
// than scanning 10,000 small bounces (resolving, opening and compiling each file); one file does
// not. The package's library entry (dist/index.js) stays unbundled. Code only `doctor` and `sim`
// need is still loaded on demand: the doctor command as a chunk, @smtpfix/sender and
// @smtpfix/gmail-sim from node_modules.
import { readdirSync, rmSync } from 'node:fs';
import { defineConfig } from 'rolldown';

// Chunks sit beside the entry (`dist/bin-*.js`), so `../package.json` is the package's from both.
const dist = new URL('./dist/', import.meta.url);
for (const f of readdirSync(dist)) if (/^bin-.*\.js$/.test(f)) rmSync(new URL(f, dist));

export default defineConfig({
  input: { bin: 'dist/bin.js' },
  platform: 'node',
  external: [/^node:/, '@smtpfix/sender', '@smtpfix/gmail-sim'],
  output: {
    dir: 'dist',
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'bin-[name]-[hash].js',
  },
});
