import { closeSync, openSync, readSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';

const CHUNK = 1024 * 1024;

/**
 * A file in 1 MB chunks, all read into one buffer: a mailbox of hundreds of MB allocates (and
 * page-faults) 1 MB, not its whole size. Read synchronously: `scan` has nothing else to do while it
 * waits, and a trip through libuv's thread pool per chunk costs more than the read on a busy
 * machine. Each chunk is valid until the next is asked for.
 */
async function* chunksOf(path: string): AsyncGenerator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const bytesRead = readSync(fd, buf, 0, CHUNK, null);
      if (bytesRead === 0) return;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    closeSync(fd);
  }
}

/** Everything the CLI touches outside itself, so tests drive it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The whole of standard input, or `null` when it is a terminal (nothing piped). */
  readStdin(): Promise<Buffer | null>;
  readFile(path: string): Promise<Buffer>;
  /** What a path is and how big (`scan` tells a Maildir folder from a file, and sizes its progress). */
  stat?(path: string): Promise<{ isDirectory: boolean; size: number }>;
  /**
   * A file in chunks, so `scan` streams an mbox instead of holding it whole. A chunk may be reused
   * for the next one (the real process reads into one buffer): a consumer copies what it keeps.
   */
  readStream?(path: string): AsyncIterable<Buffer>;
  /** The names in a directory (a Maildir's `cur` and `new`). */
  readDir?(path: string): Promise<string[]>;
  /** Whether stderr is a terminal: progress on large inputs is shown there only (or when asked). */
  stderrIsTTY?: boolean;
  /** Milliseconds, for progress reports. */
  now?(): number;
  env: Record<string, string | undefined>;
  /** Resolves when the user asks a long-running command (`sim`) to stop. */
  untilStopped?: () => Promise<void>;
}

/** The real process: stdout, stderr, stdin, the file system and the environment. */
export const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  async readStdin() {
    if (process.stdin.isTTY) return null;
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
  readFile: (p) => readFile(p),
  stat: async (p) => {
    const s = await stat(p);
    return { isDirectory: s.isDirectory(), size: s.size };
  },
  readStream: (p) => chunksOf(p),
  readDir: (p) => readdir(p),
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => performance.now(),
  env: process.env,
  untilStopped: () =>
    new Promise((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
};
