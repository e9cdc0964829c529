// The production recipe without a Docker engine: `pnpm deploy --prod` (what the Dockerfile's build
// stage runs) into a temporary directory, then the deployed bot started from there, as the
// container would start it, answering its health check and a signed mention, and one SIGTERM.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { postSigned, startFakeSlackApi } from '@smtpfix/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const HERE = fileURLToPath(new URL('../', import.meta.url));
const PNPM = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { packageManager: string })
  .packageManager;
const SECRET = 'deploy-test-signing-secret-0123';

let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'smtpfix-slack-deploy-'));
  // The same command as the Dockerfile's build stage.
  await promisify(execFile)(
    'npx',
    ['-y', PNPM, '--filter', '@smtpfix/slack-bot', 'deploy', '--prod', '--offline', out],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
}, 180_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('pnpm deploy output', () => {
  it('holds the built bot and its production dependencies only', () => {
    expect(existsSync(join(out, 'dist/main.js'))).toBe(true);
    expect(existsSync(join(out, 'node_modules/@slack/bolt/package.json'))).toBe(true);
    expect(existsSync(join(out, 'node_modules/@smtpfix/core/dist/index.js'))).toBe(true);
    // No sources, tests or dev-only packages ride along.
    expect(existsSync(join(out, 'src'))).toBe(false);
    expect(existsSync(join(out, 'node_modules/@smtpfix/test-utils'))).toBe(false);
    expect(existsSync(join(out, 'node_modules/vitest'))).toBe(false);
  });

  it('the Dockerfile builds with that same command and health-checks /healthz', () => {
    const dockerfile = readFileSync(join(HERE, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('--filter @smtpfix/slack-bot deploy --prod');
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*?\/healthz/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/main\.js"\]/m);
    // The pnpm the repository pins (package.json packageManager), so the lockfile reads the same.
    expect(dockerfile).toContain(PNPM);
  });

  it('starts from the deploy directory, answers /healthz and a mention, and stops on SIGTERM', async () => {
    await using slack = await startFakeSlackApi();
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: out,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        SLACK_API_URL: slack.apiUrl,
        SLACK_BOT_TOKEN: 'xoxb-1-deploytest',
        SLACK_SIGNING_SECRET: SECRET,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      let stderr = '';
      const port = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`never listened:\n${stderr}`)), 20_000);
        child.stderr?.on('data', (c: Buffer) => {
          stderr += c.toString();
          const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
      });
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true, slack: 'ready' });
      const res = await postSigned(`http://127.0.0.1:${port}`, {
        signingSecret: SECRET,
        body: {
          type: 'event_callback',
          team_id: 'T1',
          event_id: 'EvDeploy1',
          event: {
            type: 'app_mention',
            channel: 'C1',
            user: 'U1',
            ts: '1.000001',
            text: '<@UBOT> 535-5.7.8 Username and Password not accepted',
          },
        },
      });
      expect(res.status).toBe(200);
      const post = await slack.waitFor('chat.postMessage');
      expect(String(post.params.text)).toContain('535 5.7.8');
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});
