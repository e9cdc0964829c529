import { CliError } from './errors.js';

/** `explain` reads pastes, not logs; anything bigger belongs to `smtpfix scan`. */
export const MAX_EXPLAIN_BYTES = 1024 * 1024;

/** A saved bounce (`.eml`) may be as large as the message it returns; explain reads up to this. */
export const MAX_EXPLAIN_MESSAGE_BYTES = 32 * 1024 * 1024;

/**
 * Bytes as text: UTF-8 when they are valid UTF-8, else byte for byte (Latin-1), so an 8-bit
 * ISO-8859-1 or Shift_JIS message loses no byte to U+FFFD and each MIME part is still decoded by
 * its own charset.
 */
export function decodeText(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return buf.toString('latin1');
  }
}

/** Whether input is a whole message (headers first, or an mbox `From ` line), not a pasted reply. */
export function looksLikeMessage(head: string): boolean {
  return /^(?:From |[A-Za-z][\w-]*:)/.test(head);
}

/** Rejects input that is not text: NUL bytes, or mostly control characters. */
export function asText(buf: Buffer, what: string): string {
  if (buf.includes(0))
    throw new CliError('INPUT', `${what} looks binary (it contains NUL bytes). Pass the error text itself.`);
  const text = decodeText(buf);
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
