import { mkdtempSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSenderError } from '../errors.js';
import { assertGmailPeer, GMAIL_PEER, GMAIL_PEER_RANGE, loadGmail } from './peer.js';

describe('the @googleapis/gmail optional peer', () => {
  it('is found from the sender when installed, and loads once', async () => {
    expect(() => assertGmailPeer()).not.toThrow();
    const gmail = await loadGmail();
    expect(typeof gmail).toBe('function');
    expect(await loadGmail()).toBe(gmail);
  });

  it('missing, it is a MISSING_PEER SenderError that gives the install command', () => {
    // Node's own resolver from a directory with nothing installed, with NODE_PATH left out: the
    // pnpm shim that runs vitest puts the workspace's whole store on it. (packages/install-check
    // does the same for real: a project with the sender installed alone.)
    const saved = process.env['NODE_PATH'];
    delete process.env['NODE_PATH'];
    const modulePaths = Module as unknown as { _initPaths(): void };
    modulePaths._initPaths();
    let thrown: unknown;
    try {
      assertGmailPeer(createRequire(join(mkdtempSync(join(tmpdir(), 'no-peer-')), 'x.js')).resolve);
    } catch (err) {
      thrown = err;
    } finally {
      if (saved !== undefined) process.env['NODE_PATH'] = saved;
      modulePaths._initPaths();
    }
    expect(isSenderError(thrown)).toBe(true);
    const err = thrown as Error & { code: string };
    expect(err.code).toBe('MISSING_PEER');
    expect(err.message).toContain(`npm install ${GMAIL_PEER}@${GMAIL_PEER_RANGE}`);
    expect(err.message).toContain(`pnpm add ${GMAIL_PEER}@${GMAIL_PEER_RANGE}`);
  });

  it('a resolver failing for another reason is not reported as a missing peer', () => {
    const broken = () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    expect(() => assertGmailPeer(broken)).toThrow(/EACCES/);
  });

  it('the install command names the range package.json publishes', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies[GMAIL_PEER]).toBeUndefined();
    expect(pkg.peerDependenciesMeta[GMAIL_PEER]?.optional).toBe(true);
    let range = pkg.peerDependencies[GMAIL_PEER];
    if (range === 'catalog:') {
      const yaml = readFileSync(new URL('../../../../pnpm-workspace.yaml', import.meta.url), 'utf8');
      const line = yaml.split('\n').find((l) => l.trimStart().startsWith(`"${GMAIL_PEER}":`));
      range = line?.split(':').slice(1).join(':').trim();
    }
    expect(range).toBe(GMAIL_PEER_RANGE);
  });
});
