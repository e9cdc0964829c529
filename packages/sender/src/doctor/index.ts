import { getEntry } from '@smtpfix/core';
import type { SenderOptions } from '../options.js';
import { checkAuthKind, checkEhloName, checkOptions, checkTlsMode } from './checks.js';
import type { DoctorContext } from './context.js';
import {
  checkApiDns,
  checkApiDryRequest,
  checkApiReach,
  checkApiScope,
  forTransport,
  notWithApi,
  onlyWithApi,
  withApiHint,
} from './gmail-api.js';
import { checkDns, checkTcp, checkTls } from './network.js';
import { scrub } from './report.js';
import { checkAuth, checkEhlo, checkQuit, checkStarttls } from './smtp.js';
import { checkRefreshExpiry, checkScope, checkToken, GOOGLE_TOKENINFO_URL } from './token.js';
import type { DoctorReport, DoctorSettings, DoctorStep, DoctorStepId, StepOutcome } from './types.js';

export { renderDoctorReport } from './report.js';
export { isGenericEhloName } from './ehlo-name.js';
export { GOOGLE_TOKENINFO_URL } from './token.js';
export type { DoctorReport, DoctorSettings, DoctorStep, DoctorStepId, DoctorStepStatus } from './types.js';

interface StepDef {
  id: DoctorStepId;
  title: string;
  run: (ctx: DoctorContext) => StepOutcome | Promise<StepOutcome>;
}

/**
 * Every step, in order: options, network, token, SMTP (or, with `transport: 'gmail-api'`, the
 * API's host, the sending scope and a dry request instead of SMTP).
 */
const STEPS: readonly StepDef[] = [
  { id: 'options', title: 'Options are complete and valid', run: checkOptions },
  { id: 'auth-kind', title: 'Auth kind fits the account', run: checkAuthKind },
  { id: 'tls-mode', title: 'Port and TLS mode agree', run: forTransport(checkTlsMode, notWithApi) },
  { id: 'ehlo-name', title: 'EHLO name is a real host name', run: forTransport(checkEhloName, notWithApi) },
  {
    id: 'dns',
    title: 'DNS resolves the SMTP host (or the API host)',
    run: forTransport(checkDns, checkApiDns),
  },
  {
    id: 'tcp',
    title: 'TCP connection opens (HTTPS answers, for the API)',
    run: forTransport(withApiHint(checkTcp), checkApiReach),
  },
  {
    id: 'tls',
    title: 'TLS mode matches what the port speaks',
    run: forTransport(withApiHint(checkTls), notWithApi),
  },
  { id: 'token', title: 'Token endpoint issues an access token', run: checkToken },
  { id: 'scope', title: 'Token carries a scope that can send', run: forTransport(checkScope, checkApiScope) },
  { id: 'refresh-token-expiry', title: 'Refresh token does not expire', run: checkRefreshExpiry },
  {
    id: 'api',
    title: 'Gmail API accepts the token (dry request, nothing sent)',
    run: forTransport(onlyWithApi, checkApiDryRequest),
  },
  { id: 'ehlo', title: 'Server greets and accepts EHLO', run: forTransport(checkEhlo, notWithApi) },
  { id: 'starttls', title: 'STARTTLS encrypts the session', run: forTransport(checkStarttls, notWithApi) },
  { id: 'auth', title: 'AUTH accepts the credential', run: forTransport(checkAuth, notWithApi) },
  { id: 'quit', title: 'QUIT ends the session, nothing sent', run: forTransport(checkQuit, notWithApi) },
];

/** The step ids in the order `doctor()` runs them. */
export const DOCTOR_STEPS: readonly DoctorStepId[] = STEPS.map((s) => s.id);

function toStep(
  def: StepDef,
  outcome: StepOutcome,
  durationMs: number,
  secrets: ReadonlySet<string>,
): DoctorStep {
  const entry = outcome.entryId ? getEntry(outcome.entryId) : undefined;
  return {
    id: def.id,
    title: def.title,
    status: outcome.status,
    detail: scrub(outcome.detail, secrets),
    ...(entry ? { entry: { id: entry.id, title: entry.title } } : {}),
    ...(outcome.fix ? { fix: scrub(outcome.fix, secrets) } : {}),
    durationMs,
  };
}

/**
 * Checks a Gmail sending setup before the first send, and sends nothing: the options (auth kind
 * vs account, port vs TLS mode, EHLO name), the network (DNS, TCP, what the port really speaks),
 * the token (one grant, its scopes, the refresh token's expiry) and SMTP (EHLO, STARTTLS, AUTH,
 * QUIT — never MAIL FROM). It stops at the first step that fails; the steps after it are `skip`.
 * Every failure carries its catalog entry and the one thing to do. Secrets never appear in the
 * report. Never throws for a bad setup: that is a failed step.
 * @param options The same options as `createSender()`.
 * @example
 * ```ts
 * const report = await doctor({ user: 'app@acme.com', auth: { type: 'password', pass } });
 * if (!report.ok) console.log(renderDoctorReport(report));
 * ```
 */
export async function doctor(options: SenderOptions, settings: DoctorSettings = {}): Promise<DoctorReport> {
  const ctx: DoctorContext = {
    raw: options,
    resolved: undefined,
    tokenInfoUrl: settings.tokenInfoUrl ?? GOOGLE_TOKENINFO_URL,
    timeoutMs: settings.timeoutMs ?? 10_000,
    now: settings.now ?? Date.now,
    address: undefined,
    accessToken: undefined,
    refreshTokenExpiresInS: undefined,
    secrets: new Set(),
    cleanups: [],
    smtp: undefined,
    challenge: undefined,
  };
  const steps: DoctorStep[] = [];
  let failed = false;
  try {
    for (const def of STEPS) {
      if (failed) {
        steps.push(
          toStep(def, { status: 'skip', detail: 'Not run: an earlier step failed.' }, 0, ctx.secrets),
        );
        continue;
      }
      const started = performance.now();
      let outcome: StepOutcome;
      try {
        outcome = await def.run(ctx);
      } catch (err) {
        // A bug or an unexpected runtime error is still a finding, not a crash of the checklist.
        outcome = { status: 'fail', detail: `Unexpected error: ${(err as Error).message}` };
      }
      steps.push(toStep(def, outcome, Math.round(performance.now() - started), ctx.secrets));
      failed = outcome.status === 'fail';
    }
  } finally {
    for (const close of ctx.cleanups) {
      try {
        close();
      } catch {
        // Already closed.
      }
    }
  }
  return { ok: !failed, steps };
}
