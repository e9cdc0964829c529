// Child processes import the built packages (plain Node, no TypeScript loader): build any whose
// sources are newer than its dist before the suite starts.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const tsc = join(root, 'node_modules/.bin/tsc');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

/** Builds `packages/<name>` unless its `dist/index.js` is newer than every source file. */
export function ensureBuilt(names: string[] = ['core', 'sender', 'redis']): void {
  for (const name of names) {
    const pkg = join(root, 'packages', name);
    const out = join(pkg, 'dist/index.js');
    if (existsSync(out) && statSync(out).mtimeMs >= newest(join(pkg, 'src'))) continue;
    execFileSync(tsc, ['-p', 'tsconfig.build.json'], { cwd: pkg, stdio: 'inherit' });
  }
}
