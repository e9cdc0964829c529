import { SmtpfixError } from '@smtpfix/core';

/** Exit codes of `smtpfix`, stable across versions. */
export const EXIT = {
  /** Done; `explain` / `lookup` found a page. */
  ok: 0,
  /** `explain` recognised no error; `lookup` knows no page for the code. */
  noMatch: 1,
  /** The command line is wrong (unknown command or flag, missing argument). */
  usage: 2,
  /** The input cannot be read: empty, binary, too large, or an unreadable file. */
  input: 3,
  /** A check failed (`doctor`), or the simulator could not start. */
  failed: 4,
} as const;

/** A mistake the user can fix; `run` prints its message (and usage, for usage errors) and exits with `exitCode`. */
export class CliError extends SmtpfixError {
  override name = 'CliError';
  readonly exitCode: number;

  constructor(code: 'USAGE' | 'INPUT' | 'FAILED', message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.exitCode = code === 'USAGE' ? EXIT.usage : code === 'INPUT' ? EXIT.input : EXIT.failed;
  }
}
