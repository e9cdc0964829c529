// Install weight as a user sees it: packs the published packages, installs core, sender and cli
// each alone from the tarballs into a fresh project with npm, and prints `du -sh node_modules` and
// the number of packages. Run after a build: `node scripts/install-size.mjs`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pnpm = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
const work = mkdtempSync(join(tmpdir(), 'smtpfix-size-'));
const tgz = join(work, 'tgz');
mkdirSync(tgz);
for (const name of ['core', 'gmail-sim', 'sender', 'redis', 'cli']) {
  execFileSync('npx', ['-y', pnpm, 'pack', '--pack-destination', tgz], {
    cwd: join(root, 'packages', name),
    stdio: 'ignore',
  });
}
const file = (name) =>
  join(
    tgz,
    readdirSync(tgz).find((f) => f.startsWith(`smtpfix-${name}-`)),
  );
const manifest = (name) =>
  JSON.parse(execFileSync('tar', ['-xOzf', file(name), 'package/package.json'], { encoding: 'utf8' }));
// Each with the @smtpfix packages its published dependencies name (no registry has these
// versions), found from the packed manifests; optional peers are left out, as npm leaves them out.
const needs = (name, seen = new Set()) => {
  seen.add(name);
  for (const dep of Object.keys(manifest(name).dependencies ?? {})) {
    const short = dep.replace('@smtpfix/', '');
    if (dep.startsWith('@smtpfix/') && !seen.has(short)) needs(short, seen);
  }
  return [...seen];
};
// Each optional peer a package declares is measured once more with it installed (what a user of
// that feature installs), e.g. the sender with @googleapis/gmail for `transport: 'gmail-api'`.
const withPeers = (name) =>
  Object.entries(manifest(name).peerDependenciesMeta ?? {})
    .filter(([peer, meta]) => meta.optional && !peer.startsWith('@smtpfix/'))
    .map(([peer]) => [name, `${peer}@${manifest(name).peerDependencies[peer]}`]);
try {
  const runs = ['core', 'sender', 'cli'].flatMap((name) => [[name], ...withPeers(name)]);
  for (const [name, peer] of runs) {
    const list = needs(name).map(file);
    const dir = join(work, peer ? `${name}-with-peer` : name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), '{"name":"size","private":true,"type":"module"}');
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--loglevel=error', ...list, ...(peer ? [peer] : [])],
      {
        cwd: dir,
        stdio: 'ignore',
      },
    );
    const du = execFileSync('du', ['-sh', 'node_modules'], { cwd: dir, encoding: 'utf8' }).split('\t')[0];
    const ls = execFileSync('npm', ['ls', '--all', '--parseable'], { cwd: dir, encoding: 'utf8' });
    const packages = new Set(ls.split('\n').filter(Boolean).slice(1)).size;
    console.log(`@smtpfix/${name}${peer ? ` + ${peer}` : ''}: ${du} node_modules, ${packages} packages`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
