// The shape of a family row (families.ts, families-localised.ts): which meaning below SMTP, who
// prints it, and the two ways rows are written (`r`, and `weak` for a wording that only says the
// family happened). A file of its own so both row files can use the helpers without importing
// each other.

/** A meaning below SMTP that one page explains. */
export type Family =
  | 'dns'
  | 'refused'
  | 'timeout'
  | 'unreachable'
  | 'permission'
  | 'reset'
  | 'no-greeting'
  | 'tls-mode'
  | 'tls-handshake'
  | 'cert-untrusted'
  | 'cert-self-signed'
  | 'cert-expired'
  | 'cert-hostname'
  | 'oauth-invalid-request'
  | 'oauth-invalid-client'
  | 'oauth-invalid-grant'
  | 'oauth-unauthorized-client'
  | 'oauth-invalid-scope'
  | 'oauth-access-denied'
  | 'oauth-server-error'
  | 'oauth-deleted-client'
  | 'oauth-disabled-client'
  | 'oauth-org-internal'
  | 'oauth-admin-policy'
  | 'oauth-invalid-rapt'
  | 'oauth-redirect-uri'
  | 'oauth-token-failed'
  | 'auth-missing-credentials'
  | 'auth-wrapper'
  | 'no-reason'
  | 'send-wrapper';

/** Who prints the wording. `openssl` covers every runtime that links it (PHP, Python, Ruby, Node). */
export type Runtime =
  | 'node'
  | 'python'
  | 'php'
  | 'java'
  | 'dotnet'
  | 'go'
  | 'ruby'
  | 'rust'
  | 'openssl'
  | 'google'
  | 'qt'
  | 'dart'
  | 'gnutls'
  | 'erlang'
  | 'curl'
  | 'haskell'
  | 'arduino'
  | 'libetpan'
  | 'other'
  | 'rfc6749';

/** One wording of a family. */
export interface FamilyRow {
  family: Family;
  runtime: Runtime;
  /** What the runtime says: a phrase as it appears (matched case-insensitively), or an error code. */
  says: string;
  kind: 'phrase' | 'code';
  /** A line as the runtime prints it, with `says` in it. */
  example: string;
  /** Where the wording comes from: the runtime's source or documentation, or a public thread that shows it. */
  source: string;
  /**
   * The wording only says the family happened, not which member (OpenSSL's "certificate verify
   * failed" wraps every certificate reason): a more specific wording in the same paste wins.
   */
  weak?: boolean;
}

export const r = (
  family: Family,
  runtime: Runtime,
  says: string,
  example: string,
  source: string,
  kind: 'phrase' | 'code' = 'phrase',
): FamilyRow => ({ family, runtime, says, kind, example, source });
export const weak = (row: FamilyRow): FamilyRow => ({ ...row, weak: true });
