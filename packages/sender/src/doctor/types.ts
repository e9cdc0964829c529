/** How a doctor step ended. `warn` does not make the report fail; `skip` did not run or does not apply. */
export type DoctorStepStatus = 'pass' | 'fail' | 'warn' | 'skip';

/**
 * The steps, in the order they run. Stable: tools may key on them.
 * - options: `options`, `auth-kind`, `tls-mode`, `ehlo-name`
 * - network: `dns`, `tcp`, `tls`
 * - token: `token`, `scope`, `refresh-token-expiry`
 * - Gmail API (`transport: 'gmail-api'` only): `api`, a dry request that sends nothing
 * - SMTP: `ehlo`, `starttls`, `auth`, `quit` (skipped with `transport: 'gmail-api'`)
 */
export type DoctorStepId =
  | 'options'
  | 'auth-kind'
  | 'tls-mode'
  | 'ehlo-name'
  | 'dns'
  | 'tcp'
  | 'tls'
  | 'token'
  | 'scope'
  | 'refresh-token-expiry'
  | 'api'
  | 'ehlo'
  | 'starttls'
  | 'auth'
  | 'quit';

/** One line of the checklist; the `--json` shape of `smtpfix doctor` (fields are only ever added). */
export interface DoctorStep {
  id: DoctorStepId;
  /** What the step checks, e.g. "TCP connection opens". */
  title: string;
  status: DoctorStepStatus;
  /** What was found, in one or two sentences. Never contains a secret. */
  detail: string;
  /** The catalog page that explains a failure or warning. */
  entry?: { id: string; title: string };
  /** The one thing to do about a failure or warning. */
  fix?: string;
  /** How long the step took. */
  durationMs: number;
}

/** What `doctor()` resolves with: `ok` is false when a step failed (warnings allowed). */
export interface DoctorReport {
  ok: boolean;
  steps: DoctorStep[];
}

/** Settings of the check itself (the setup being checked is the `SenderOptions`). */
export interface DoctorSettings {
  /**
   * Google's token-info endpoint, where the granted scopes are read.
   * @default 'https://oauth2.googleapis.com/tokeninfo'
   */
  tokenInfoUrl?: string;
  /**
   * Longest wait for each network step (DNS, TCP connect, greeting, TLS handshake, each reply).
   * A port that never answers fails after this long.
   * @default 10_000
   */
  timeoutMs?: number;
  /** The wall clock, for the refresh token's expiry date. @default Date.now */
  now?: () => number;
}

/** What a step returns; the runner adds the id, title and duration. */
export interface StepOutcome {
  status: DoctorStepStatus;
  detail: string;
  /** A catalog id; the runner looks up its title. */
  entryId?: string;
  fix?: string;
}
