// The five packages as a user gets them: packed, installed from the tarballs into fresh projects
// with npm and with pnpm (third-party dependencies from the registry), then used.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dependencyClosure,
  install,
  makeProject,
  manifest,
  must,
  PUBLISHED,
  type Published,
  type Ran,
  packAll,
  ROOT,
  sh,
  shAsync,
} from './project.js';

const work = mkdtempSync(join(tmpdir(), 'smtpfix-install-'));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const PASTE = '535-5.7.8 Username and Password not accepted. For more information, go to';
let tarballs: Record<Published, string>;

/** Files of a tarball, without the `package/` prefix. */
const filesOf = (tgz: string) =>
  execFileSync('tar', ['-tzf', tgz], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));

const packedManifest = (tgz: string) =>
  JSON.parse(execFileSync('tar', ['-xOzf', tgz, 'package/package.json'], { encoding: 'utf8' })) as ReturnType<
    typeof manifest
  >;

const project = (name: string) => join(work, name);

/** The type check of each full project, started as soon as it is installed (the slowest step). */
const typeChecks = {} as Record<'npm' | 'pnpm', Promise<Ran>>;
/** The ESM import of each package in each full project, started the same way. */
const imports = {} as Record<'npm' | 'pnpm', Record<Published, Promise<Ran>>>;

function startTypeCheck(manager: 'npm' | 'pnpm'): Promise<Ran> {
  const dir = project(`all-${manager}`);
  writeFileSync(join(dir, 'check.ts'), TYPES);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG));
  return shAsync(process.execPath, [TSC, '-p', 'tsconfig.json'], dir, 150_000);
}

beforeAll(async () => {
  tarballs = await packAll(join(work, 'tgz'));
  makeProject(project('all-npm'), tarballs, PUBLISHED, 'npm');
  makeProject(project('all-pnpm'), tarballs, PUBLISHED, 'pnpm');
  makeProject(project('cli-alone'), tarballs, ['core', 'sender', 'cli'], 'npm');
  makeProject(project('sender-alone'), tarballs, ['core', 'sender'], 'npm');
  const installed = (manager: 'npm' | 'pnpm') =>
    install(project(`all-${manager}`), manager).then(() => {
      // Started now, awaited by their tests: they overlap with the other installs.
      typeChecks[manager] = startTypeCheck(manager);
      imports[manager] = Object.fromEntries(
        PUBLISHED.map((name) => [
          name,
          shAsync(
            process.execPath,
            ['--input-type=module', '-e', IMPORTS[name]],
            project(`all-${manager}`),
            60_000,
          ),
        ]),
      ) as Record<Published, Promise<Ran>>;
    });
  await Promise.all([
    installed('npm'),
    installed('pnpm'),
    install(project('cli-alone'), 'npm'),
    install(project('sender-alone'), 'npm'),
  ]);
});

afterAll(() => {
  if (!process.env['KEEP_INSTALL_CHECK']) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarballs', () => {
  it.each(PUBLISHED)('@smtpfix/%s publishes caret ranges, links, engines and no devDependencies', (name) => {
    const m = packedManifest(tarballs[name]);
    const text = JSON.stringify(m);
    expect(text).not.toMatch(/workspace:|catalog:/);
    for (const [dep, range] of Object.entries({ ...m.dependencies, ...m.peerDependencies })) {
      expect(`${dep}@${range}`).toMatch(/@\^\d/);
    }
    // Dev tooling and private workspace packages are nobody's business after publishing.
    expect(m.devDependencies).toBeUndefined();
    expect(m['repository']).toMatchObject({ type: 'git', directory: `packages/${name}` });
    expect(String(m['homepage'])).toMatch(/^https:\/\//);
    expect(m['bugs']).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
    expect(m['files']).toContain('CHANGELOG.md');
  });

  it.each(PUBLISHED)('@smtpfix/%s ships no source map that points at unshipped sources', (name) => {
    const files = filesOf(tarballs[name]);
    expect(files).toContain('dist/index.js');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('src/'))).toEqual([]);
  });

  it('puts the CHANGELOG that `changeset version` writes into the tarball', () => {
    // A copy of core as `changeset version` leaves it, packed by npm (what `files` decides).
    const copy = join(work, 'changelog-copy');
    mkdirSync(copy, { recursive: true });
    must('cp', ['-r', join(ROOT, 'packages', 'core', 'dist'), join(copy, 'dist')], ROOT);
    writeFileSync(join(copy, 'package.json'), JSON.stringify(packedManifest(tarballs.core)));
    writeFileSync(join(copy, 'CHANGELOG.md'), '# @smtpfix/core\n\n## 0.0.1\n');
    const packed = JSON.parse(must('npm', ['pack', '--dry-run', '--json'], copy)) as {
      files: { path: string }[];
    }[];
    expect(packed[0]?.files.map((f) => f.path)).toContain('CHANGELOG.md');
  });
});

/** What a user does first with each package, as ESM. */
const IMPORTS: Record<Published, string> = {
  core: `import { classify } from '@smtpfix/core'; if (classify(${JSON.stringify(PASTE)}).entry?.id !== '535-5.7.8-bad-credentials') throw new Error('core');`,
  'gmail-sim': `import { startGmailSim } from '@smtpfix/gmail-sim'; const sim = await startGmailSim(); await sim.close();`,
  sender: `import { createSender } from '@smtpfix/sender'; try { createSender({ user: 'a@b.test', auth: { type: 'password', pass: 'x' }, smtp: { hots: 'h' } }); throw new Error('accepted'); } catch (e) { if (e.code !== 'INVALID_OPTION' || !e.message.includes('smtp.host')) throw e; }`,
  redis: `import { redisCoordinator, createOutbox } from '@smtpfix/redis'; if (typeof redisCoordinator !== 'function' || typeof createOutbox !== 'function') throw new Error('redis');`,
  cli: `import { run, VERSION } from '@smtpfix/cli'; if (typeof run !== 'function' || VERSION !== '0.0.0' && !VERSION) throw new Error('cli');`,
};

const TYPES = `
import { classify, type Diagnosis } from '@smtpfix/core';
import { createSender, type SenderOptions } from '@smtpfix/sender';
import { startGmailSim, type GmailSimOptions } from '@smtpfix/gmail-sim';
import { redisCoordinator, type OutboxOptions } from '@smtpfix/redis';
import { run, type CliIo } from '@smtpfix/cli';
const d: Diagnosis = classify('550 5.1.1');
const options: SenderOptions = { user: 'a@b.test', auth: { type: 'password', pass: 'x' }, smtp: { host: 'h' } };
const sim: GmailSimOptions = { limits: { sessionsPerAccount: 2 } };
const outbox: OutboxOptions = { sender: options };
export const used = [d, createSender, startGmailSim, redisCoordinator, run, sim, outbox] as const;
export type Io = CliIo;
`;

const TSCONFIG = {
  compilerOptions: {
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    strict: true,
    noEmit: true,
    // The point: check the published .d.ts files too, and every type they import.
    skipLibCheck: false,
    types: ['node'],
  },
  files: ['check.ts'],
};

describe.each(['npm', 'pnpm'] as const)('installed with %s', (manager) => {
  const dir = project(`all-${manager}`);

  it('`smtpfix explain` names the error', () => {
    const r = sh(join(dir, 'node_modules', '.bin', 'smtpfix'), ['explain', PASTE], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('535');
    expect(r.stdout).toMatch(/app password/i);
  });

  it.each(PUBLISHED)('@smtpfix/%s imports as ESM and works', async (name) => {
    const r = await imports[manager][name];
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a CommonJS module loads every package with import(), as each README says', () => {
    const names = JSON.stringify(PUBLISHED.map((n) => `@smtpfix/${n}`));
    const cjs = `Promise.all(${names}.map((n) => import(n))).then((ms) => { if (ms.some((m) => Object.keys(m).length === 0)) process.exit(2); });`;
    const r = sh(process.execPath, ['--input-type=commonjs', '-e', cjs], dir, 60_000);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('type-checks against every package with tsc --noEmit, declaration files included', async () => {
    const r = await typeChecks[manager];
    // Errors in our code and our .d.ts files count; a third party's own .d.ts (ioredis imports the
    // untyped redis-errors) is theirs, and what skipLibCheck is for.
    const ours = `${r.stdout}${r.stderr}`
      .split('\n')
      .filter((l) => /error TS\d+/.test(l))
      .filter((l) => !l.includes('node_modules/') || l.includes('@smtpfix/'));
    expect(ours).toEqual([]);
  });
});

describe('@smtpfix/cli alone, installed with npm', () => {
  const dir = project('cli-alone');

  it('leaves the simulator and its server, parser and certificate dependencies out', () => {
    const top = readdirSync(join(dir, 'node_modules'));
    for (const heavy of ['smtp-server', 'mailparser', 'selfsigned']) expect(top).not.toContain(heavy);
    expect(readdirSync(join(dir, 'node_modules', '@smtpfix'))).not.toContain('gmail-sim');
  });

  it('explains an error', () => {
    const r = sh(join(dir, 'node_modules', '.bin', 'smtpfix'), ['explain', PASTE], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('535');
  });

  it('`smtpfix doctor --transport gmail-api` checks an API setup without @googleapis/gmail', () => {
    expect(readdirSync(join(dir, 'node_modules'))).not.toContain('@googleapis');
    const nowhere = 'http://127.0.0.1:1/';
    const r = sh(
      join(dir, 'node_modules', '.bin', 'smtpfix'),
      // Flags, not the environment, only because this helper passes its own: nothing listens there.
      [
        'doctor',
        '--json',
        '--transport',
        'gmail-api',
        '--gmail-api-url',
        nowhere,
        '--user',
        'a@b.test',
      ].concat(
        [
          '--client-id',
          'id',
          '--client-secret',
          'cs',
          '--refresh-token',
          'rt',
          '--token-url',
          `${nowhere}token`,
        ],
        ['--timeout-ms', '300'],
      ),
      dir,
    );
    const report = JSON.parse(r.stdout) as { steps: { id: string; status: string; detail: string }[] };
    const options = report.steps.find((s) => s.id === 'options');
    // The peer is the sending app's business: a warning with the command, and the checks go on.
    expect(options?.status).toBe('warn');
    expect(options?.detail).toContain('npm install @googleapis/gmail@');
    expect(report.steps.find((s) => s.id === 'auth-kind')?.status).toBe('pass');
    // Nothing answers at that URL: the API reach check runs, and fails there.
    expect(report.steps.find((s) => s.status === 'fail')?.id).toBe('tcp');
  });

  it('`smtpfix sim` says in one line what to install, with no stack trace', () => {
    const r = sh(join(dir, 'node_modules', '.bin', 'smtpfix'), ['sim'], dir);
    expect(r.status).toBe(4);
    expect(r.stderr).toContain('npm install @smtpfix/gmail-sim@0.0.0');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});

describe('@smtpfix/sender alone, installed with npm (no @googleapis/gmail)', () => {
  const dir = project('sender-alone');
  const node = (code: string) => sh(process.execPath, ['--input-type=module', '-e', code], dir, 60_000);

  it('leaves the optional Gmail API client out', () => {
    const top = readdirSync(join(dir, 'node_modules'));
    expect(top).not.toContain('@googleapis');
    expect(top).not.toContain('googleapis-common');
    const m = manifest(join(dir, 'node_modules', '@smtpfix', 'sender'));
    expect(m.dependencies?.['@googleapis/gmail']).toBeUndefined();
    expect(m.peerDependencies?.['@googleapis/gmail']).toMatch(/^\^\d/);
    expect(m['peerDependenciesMeta']).toMatchObject({ '@googleapis/gmail': { optional: true } });
  });

  it('SMTP imports, creates a sender and closes it without the peer', () => {
    const r = node(
      `import { createSender } from '@smtpfix/sender'; const s = createSender({ user: 'a@b.test', auth: { type: 'password', pass: 'x' }, smtp: { host: '127.0.0.1', port: 1 } }); await s.close(); if (s.stats().sent !== 0) throw new Error('stats');`,
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it("transport 'gmail-api' without the peer throws MISSING_PEER at createSender(), with the install command", () => {
    const r = node(
      `import { createSender, isSenderError } from '@smtpfix/sender'; try { createSender({ user: 'a@b.test', auth: { type: 'token', getAccessToken: async () => ({ token: 't', expiresAt: Date.now() + 3600e3 }) }, transport: 'gmail-api' }); } catch (e) { if (!isSenderError(e)) throw e; console.log(JSON.stringify({ code: e.code, message: e.message })); }`,
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { code: string; message: string };
    expect(out.code).toBe('MISSING_PEER');
    expect(out.message).toMatch(/npm install @googleapis\/gmail@\^\d+\.\d+\.\d+/);
  });

  it("doctor() warns of the missing peer for transport 'gmail-api' in its options step", () => {
    const r = node(
      `import { doctor } from '@smtpfix/sender'; const report = await doctor({ user: 'a@b.test', auth: { type: 'token', getAccessToken: async () => ({ token: 't', expiresAt: Date.now() + 3600e3 }) }, transport: 'gmail-api', gmailApi: { rootUrl: 'http://127.0.0.1:1/' } }, { timeoutMs: 200, tokenInfoUrl: 'http://127.0.0.1:1/tokeninfo' }); console.log(JSON.stringify(report.steps.find((s) => s.id === 'options')));`,
    );
    expect(r.status).toBe(0);
    const step = JSON.parse(r.stdout) as { status: string; detail: string };
    expect(step.status).toBe('warn');
    expect(step.detail).toMatch(/not installed.*npm install @googleapis\/gmail@/);
  });

  it('SMTP use type-checks against the published .d.ts files without the peer', () => {
    writeFileSync(
      join(dir, 'check.ts'),
      `import { createSender, isSenderError, type SenderErrorCode, type SenderOptions } from '@smtpfix/sender';
const options: SenderOptions = { user: 'a@b.test', auth: { type: 'password', pass: 'x' } };
const code: SenderErrorCode = 'MISSING_PEER';
export const used = [createSender(options), isSenderError, code] as const;
`,
    );
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    const r = sh(process.execPath, [TSC, '-p', 'tsconfig.json'], dir, 150_000);
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('engines', () => {
  // The npm project of every package: its `engines` must hold for everything it pulls in.
  it.each(PUBLISHED)('@smtpfix/%s asks for a Node every package of its tree runs on', (name) => {
    const at = join(project('all-npm'), 'node_modules', '@smtpfix', name);
    const declared = manifest(at).engines?.node;
    expect(declared).toBeDefined();
    const stricter = [...dependencyClosure(at).values()]
      .filter((m) => m.engines?.node && semver.validRange(m.engines.node))
      .filter((m) => !semver.subset(declared!, m.engines!.node!))
      .map((m) => `${m.name}@${m.version} needs node ${m.engines!.node}`);
    expect(stricter).toEqual([]);
  });
});
