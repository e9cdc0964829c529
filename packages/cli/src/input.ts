import { CliError } from './errors.js';

/** `explain` reads pastes, not logs; anything bigger belongs to `smtpfix scan`. */
export const MAX_EXPLAIN_BYTES = 1024 * 1024;

/** Rejects input that is not text: NUL bytes, or mostly control characters. */
export function asText(buf: Buffer, what: string): string {
  if (buf.includes(0))
    throw new CliError('INPUT', `${what} looks binary (it contains NUL bytes). Pass the error text itself.`);
  const text = buf.toString('utf8');
  let control = 0;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.1) {
    throw new CliError(
      'INPUT',
      `${what} looks binary (${Math.round((100 * control) / sample.length)}% control bytes). Pass the error text itself.`,
    );
  }
  return text;
}

/** Describes a file-system error in words, with what to do. */
export function readError(path: string, err: unknown): CliError {
  const code = (err as { code?: string }).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory; pass a file'
          : (err as Error).message;
  return new CliError('INPUT', `Cannot read ${path}: ${why}.`, { cause: err });
}
