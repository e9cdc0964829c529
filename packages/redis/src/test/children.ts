// Spawning and collecting the test's child processes; every one is killed in afterAll.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const live = new Set<ChildProcess>();

/** A child running one of this folder's `.mjs` scripts, with its stdout lines as JSON. */
export interface Child {
  proc: ChildProcess;
  lines: Record<string, unknown>[];
  /** Resolves with the first line for which `match` is true. */
  waitFor(
    match: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

/** Starts `node <script> <JSON args>`. */
export function startChild(script: string, args: unknown): Child {
  const file = fileURLToPath(new URL(script, import.meta.url));
  const proc = spawn(process.execPath, [file, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(proc);
  const lines: Record<string, unknown>[] = [];
  const waiters: [(l: Record<string, unknown>) => boolean, (l: Record<string, unknown>) => void][] = [];
  let buf = '';
  proc.stdout!.on('data', (chunk: Buffer) => {
    buf += chunk.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const text = buf.slice(0, i);
      buf = buf.slice(i + 1);
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(text) as Record<string, unknown>;
      } catch {
        continue;
      }
      lines.push(line);
      for (const w of [...waiters]) {
        if (w[0](line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w[1](line);
        }
      }
    }
  });
  let err = '';
  proc.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) =>
    proc.once('exit', (code) => {
      live.delete(proc);
      if (code !== 0 && code !== null && err) console.error(`${script} exited ${code}:\n${err}`);
      resolve(code);
    }),
  );
  return {
    proc,
    lines,
    exited,
    waitFor(match, timeoutMs = 30_000) {
      const found = lines.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${script}: no matching line in ${timeoutMs} ms; stderr:\n${err}`)),
          timeoutMs,
        );
        waiters.push([
          match,
          (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        ]);
      });
    },
  };
}

/** SIGKILLs every child still running. */
export async function killChildren(): Promise<void> {
  await Promise.all(
    [...live].map(
      (p) =>
        new Promise<void>((resolve) => {
          if (p.exitCode !== null || p.signalCode !== null) return resolve();
          p.once('exit', () => resolve());
          p.kill('SIGKILL');
        }),
    ),
  );
}
