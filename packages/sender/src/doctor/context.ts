import type { ResolvedSenderOptions, SenderOptions } from '../options.js';

/** What the steps share while a doctor run goes on. Internal. */
export interface DoctorContext {
  readonly raw: SenderOptions;
  /** Set by the `options` step; every later step may rely on it. */
  resolved: ResolvedSenderOptions | undefined;
  readonly tokenInfoUrl: string;
  readonly timeoutMs: number;
  readonly now: () => number;
  /** The address DNS gave for the SMTP host (the `tcp` and `tls` steps connect to it). */
  address: string | undefined;
  /** The access token the `token` step got, for `scope` and `auth`. */
  accessToken: string | undefined;
  /** `refresh_token_expires_in` of the token response, in seconds, when there was one. */
  refreshTokenExpiresInS: number | undefined;
  /** Values that must never appear in the report; every detail is scrubbed of them. */
  readonly secrets: Set<string>;
  /** Closers of what steps left open (the SMTP connection), run when the report is done. */
  readonly cleanups: (() => void)[];
  /** Gmail's XOAUTH2 `334` challenge, decoded (JSON text), when AUTH got one. */
  challenge: string | undefined;
  /** State the SMTP steps hand on to each other. */
  smtp: SmtpState | undefined;
}

/** The open SMTP session of the SMTP steps. */
export interface SmtpState {
  /** The EHLO name sent. */
  name: string;
  /** True once the connection is encrypted (implicit TLS or after STARTTLS). */
  secure: boolean;
  /** AUTH mechanisms the server offered. */
  authMethods: string[];
  /** A STARTTLS failure seen while connecting; the `starttls` step reports it. */
  starttlsError: (Error & { response?: string; code?: string }) | undefined;
  /** The connection, once open. */
  connection: import('nodemailer/lib/smtp-connection').default | undefined;
}

/** The resolved options; steps after `options` run only when it passed. */
export function resolvedOf(ctx: DoctorContext): ResolvedSenderOptions {
  if (!ctx.resolved) throw new Error('doctor: a step ran before the options step passed');
  return ctx.resolved;
}
