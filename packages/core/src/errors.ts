import type { Diagnosis } from './classify.js';

/**
 * Base class of every error smtpfix throws. `code` is stable and documented per package;
 * `diagnosis` is attached where an SMTP reply (or a token or connection error) is involved.
 */
export class SmtpfixError extends Error {
  override name = 'SmtpfixError';
  readonly code: string;
  readonly diagnosis: Diagnosis | undefined;

  constructor(code: string, message: string, options?: { cause?: unknown; diagnosis?: Diagnosis }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.diagnosis = options?.diagnosis;
  }
}

/** Thrown by catalog look-ups given an id or code that does not exist. */
export class CatalogError extends SmtpfixError {
  override name = 'CatalogError';
}

/**
 * True for any smtpfix error, also one thrown by another copy of the package (two versions in
 * one `node_modules`), where `instanceof` alone would say no.
 */
export function isSmtpfixError(value: unknown): value is SmtpfixError {
  if (value instanceof SmtpfixError) return true;
  return (
    value instanceof Error &&
    typeof (value as { code?: unknown }).code === 'string' &&
    'diagnosis' in value &&
    /Error$/.test(value.name)
  );
}

/**
 * True for an `Error` named `name` that carries a string `code`: how every package's type guard
 * recognises its errors when they come from another copy of the package.
 */
export function isCodedError(value: unknown, name: string): value is Error & { code: string } {
  return (
    value instanceof Error && value.name === name && typeof (value as { code?: unknown }).code === 'string'
  );
}
