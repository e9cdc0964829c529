// Fresh projects outside the workspace, made the way a user makes them: the packed tarballs, a
// package manager, and the registry for third-party dependencies.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The published packages, in dependency order. */
export const PUBLISHED = ['core', 'gmail-sim', 'sender', 'redis', 'cli'] as const;
export type Published = (typeof PUBLISHED)[number];

/** The pnpm the repository pins (`packageManager`), run through npx as the README does. */
export const PNPM = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { packageManager: string }
).packageManager;

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; never throws, so a test can assert on a failure's output. */
export function sh(cmd: string, args: readonly string[], cwd: string, timeoutMs = 180_000): Ran {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: timeoutMs,
    // A CI variable must not turn the fresh project's installs into frozen-lockfile ones.
    env: { ...process.env, CI: '', npm_config_loglevel: 'error', NODE_OPTIONS: '' },
  });
  return {
    status: r.status,
    stdout: r.stdout ?? '',
    stderr: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}`,
  };
}

/** Runs a command that must succeed, with its output in the error when it does not. */
export function must(cmd: string, args: readonly string[], cwd: string, timeoutMs?: number): string {
  const r = sh(cmd, args, cwd, timeoutMs);
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} in ${cwd} exited ${r.status}:\n${r.stderr}\n${r.stdout}`);
  return r.stdout;
}

/** `pnpm pack` of each published package (workspace: and catalog: resolved, hooks applied), all at once. */
export async function packAll(dest: string): Promise<Record<Published, string>> {
  mkdirSync(dest, { recursive: true });
  const packed = await Promise.all(
    PUBLISHED.map(async (name) => {
      const r = await shAsync(
        'npx',
        ['-y', PNPM, 'pack', '--json', '--pack-destination', dest],
        join(ROOT, 'packages', name),
      );
      if (r.status !== 0) throw new Error(`pnpm pack of ${name} exited ${r.status}:\n${r.stderr}`);
      const parsed = JSON.parse(r.stdout) as { filename: string } | { filename: string }[];
      const file = Array.isArray(parsed) ? parsed[0]!.filename : parsed.filename;
      return [name, resolve(dest, file)] as const;
    }),
  );
  return Object.fromEntries(packed) as Record<Published, string>;
}

/** The catalog's range of a dependency, so the fresh projects use the repository's versions. */
export function catalogRange(name: string): string {
  const yaml = readFileSync(join(ROOT, 'pnpm-workspace.yaml'), 'utf8');
  const line = yaml.split('\n').find((l) => l.replace(/"/g, '').trimStart().startsWith(`${name}:`));
  if (!line) throw new Error(`${name} is not in the catalog`);
  return line.split(':').slice(1).join(':').trim();
}

/**
 * Writes a fresh project depending on `names`' tarballs plus TypeScript's Node types. Tarballs of
 * @smtpfix packages that a listed one needs are forced onto the tarballs (no registry has 0.0.0).
 */
export function makeProject(
  dir: string,
  tarballs: Record<Published, string>,
  names: readonly Published[],
  manager: 'npm' | 'pnpm',
): void {
  mkdirSync(dir, { recursive: true });
  const deps: Record<string, string> = { '@types/node': catalogRange('@types/node') };
  for (const n of names) deps[`@smtpfix/${n}`] = `file:${tarballs[n]}`;
  const local = Object.fromEntries(PUBLISHED.map((n) => [`@smtpfix/${n}`, `file:${tarballs[n]}`]));
  const pkg: Record<string, unknown> = {
    name: 'fresh-project',
    private: true,
    type: 'module',
    dependencies: deps,
  };
  if (manager === 'npm')
    pkg['overrides'] = Object.fromEntries(names.map((n) => [`@smtpfix/${n}`, `$@smtpfix/${n}`]));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  if (manager === 'pnpm') {
    // Only the @smtpfix packages this project lists: an override would install the others.
    const overrides = Object.entries(local)
      .filter(([n]) => names.some((x) => `@smtpfix/${x}` === n))
      .map(([n, v]) => `  "${n}": "${v}"`)
      .join('\n');
    writeFileSync(
      join(dir, 'pnpm-workspace.yaml'),
      `overrides:\n${overrides}\nallowBuilds:\n  msgpackr-extract: false\n`,
    );
  }
}

const execFileAsync = promisify(execFile);

/** {@link sh} without blocking, so installs and type checks that wait on the network or a core overlap. */
export async function shAsync(
  cmd: string,
  args: readonly string[],
  cwd: string,
  timeoutMs = 240_000,
): Promise<Ran> {
  try {
    const r = await execFileAsync(cmd, [...args], {
      cwd,
      timeout: timeoutMs,
      maxBuffer: 1 << 26,
      env: { ...process.env, CI: '', npm_config_loglevel: 'error', NODE_OPTIONS: '' },
    });
    return { status: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: unknown; stdout?: string; stderr?: string; message: string };
    return {
      status: typeof e.code === 'number' ? e.code : null,
      stdout: e.stdout ?? '',
      stderr: `${e.stderr ?? ''}${typeof e.code === 'number' ? '' : e.message}`,
    };
  }
}

/** Installs a project made by {@link makeProject}; several run at once (they mostly wait on the network). */
export async function install(dir: string, manager: 'npm' | 'pnpm'): Promise<void> {
  const r =
    manager === 'npm'
      ? await shAsync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], dir)
      : await shAsync('npx', ['-y', PNPM, 'install', '--prefer-offline'], dir);
  if (r.status !== 0)
    throw new Error(`${manager} install in ${dir} exited ${r.status}:\n${r.stderr}\n${r.stdout}`);
}

/** Where Node would find package `name` from the package at `from` (real paths, so pnpm's layout works). */
export function resolvePackage(from: string, name: string): string | undefined {
  let dir = realpathSync(from);
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export interface Manifest {
  name: string;
  version: string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [field: string]: unknown;
}

export const manifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** Every installed package a package pulls in (its dependencies, theirs, …; peers are the user's). */
export function dependencyClosure(dir: string): Map<string, Manifest> {
  const seen = new Map<string, Manifest>();
  const visit = (at: string) => {
    const m = manifest(at);
    for (const dep of Object.keys({ ...m.dependencies, ...m.optionalDependencies })) {
      const found = resolvePackage(at, dep);
      if (!found || seen.has(found)) continue; // a platform-specific optional one is not installed
      seen.set(found, manifest(found));
      visit(found);
    }
  };
  visit(realpathSync(dir));
  return seen;
}
