import { readFile } from 'node:fs/promises';

/** Everything the CLI touches outside itself, so tests drive it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The whole of standard input, or `null` when it is a terminal (nothing piped). */
  readStdin(): Promise<Buffer | null>;
  readFile(path: string): Promise<Buffer>;
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
  env: process.env,
  untilStopped: () =>
    new Promise((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
};
