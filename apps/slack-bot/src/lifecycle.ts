// Starting and stopping: listening on a port, knowing which listeners are still working so a stop
// can let them finish (bounded), and the small health server Socket Mode uses in a container.
import { createServer, type Server } from 'node:http';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/** Counts listener work in flight; {@link Inflight.idle} waits for none (or a timeout). */
export interface Inflight {
  /** Global Bolt middleware; register it before any other. */
  middleware: Middleware<AnyMiddlewareArgs>;
  /** Listener runs not finished yet. */
  count(): number;
  /** Resolves when nothing is in flight, or after `timeoutMs`, whichever is first. */
  idle(timeoutMs: number): Promise<void>;
}

/** A fresh {@link Inflight}. */
export function createInflight(): Inflight {
  let n = 0;
  const waiters = new Set<() => void>();
  return {
    middleware: async ({ next }) => {
      n++;
      try {
        await next();
      } finally {
        if (--n === 0) for (const w of waiters) w();
      }
    },
    count: () => n,
    idle(timeoutMs) {
      if (n === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        waiters.add(done);
      });
    },
  };
}

/** Resolves once `server` listens on `port`/`host`; rejects on `EADDRINUSE` and the like. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/** `GET /healthz`: 200 `{ok:true}` while `healthy()`, else 503; anything else 404. */
export function healthServer(healthy: () => boolean): Server {
  return createServer((req, res) => {
    if (req.method !== 'GET' || new URL(req.url ?? '/', 'http://localhost').pathname !== '/healthz') {
      res.writeHead(404);
      res.end();
      return;
    }
    const ok = healthy();
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok, slack: ok ? 'connected' : 'connecting' }));
  });
}

/** The reason a `start()` ends when `stop()` is called during it. */
export function stoppedError(): Error {
  const e = new Error('the bot was stopped');
  e.name = 'AbortError';
  return e;
}

/** `promise`, or nothing after `ms` (a close that hangs must not hold a stop). */
export function withTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.then(
      () => {},
      () => {},
    ),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
