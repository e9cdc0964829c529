// A real Redis for tests, started the same way everywhere: `REDIS_URL` when set, otherwise a
// private `redis-server` on a free loopback port, in a temp dir, with persistence off, killed after.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A Redis the tests can use. */
export interface TestRedis {
  /** `redis://127.0.0.1:<port>` (or `REDIS_URL`). */
  readonly url: string;
  /** True when it came from `REDIS_URL`: the tests must not flush or stop it. */
  readonly external: boolean;
  /** Stops the server (SIGKILL after a short grace) and removes its temp dir; a no-op for `REDIS_URL`. */
  close(): Promise<void>;
}

/** The one line printed when the Redis tests are skipped. */
export const REDIS_SKIP_MESSAGE =
  'SKIPPED: Redis tests need `redis-server` on PATH (apt-get install redis-server) or REDIS_URL=redis://host:port set.';

let cachedBinary: boolean | undefined;

/**
 * True when Redis tests can run: `REDIS_URL` is set or `redis-server` is on PATH. Synchronous so
 * it can feed `describe.skipIf` at collection time.
 */
export function redisAvailable(): boolean {
  if (process.env['REDIS_URL']) return true;
  cachedBinary ??= spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
  return cachedBinary;
}

/** A port the OS says is free now (there is a short race until redis-server binds it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function waitReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => fail(new Error(`redis-server did not start in ${timeoutMs} ms:\n${out}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) done();
    };
    const onExit = (code: number | null) => fail(new Error(`redis-server exited with ${code}:\n${out}`));
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
    };
    const done = () => {
      cleanup();
      resolve();
    };
    const fail = (err: Error) => {
      cleanup();
      reject(err);
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

/**
 * Starts a private `redis-server` (`--port <free> --bind 127.0.0.1 --save '' --appendonly no`, in
 * a temp dir), or returns `REDIS_URL` when set. Call `close()` in `afterAll`, even on failure.
 * @throws when neither is available: guard the suite with {@link redisAvailable}.
 */
export async function startRedis(options: { extraArgs?: string[] } = {}): Promise<TestRedis> {
  const external = process.env['REDIS_URL'];
  if (external) return { url: external, external: true, close: async () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'smtpfix-redis-'));
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
        ...(options.extraArgs ?? []),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      await waitReady(child, 10_000);
    } catch (err) {
      child.kill('SIGKILL');
      // Another process may have taken the port between freePort() and the bind: try a new one.
      if (attempt < 3) continue;
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    child.stdout?.resume();
    child.stderr?.resume();
    return {
      url: `redis://127.0.0.1:${port}`,
      external: false,
      close: async () => {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 2_000);
          await exited;
          clearTimeout(timer);
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}
