import type { Diagnosis, RetryAdvice } from '@smtpfix/core';
import { type RetryOptions, retryDelay } from '../backoff.js';
import type { AccountState } from '../coordinator.js';
import type { WireError } from '../errors.js';
import { TokenRequestError } from '../tokens.js';
import type { AuthFailure } from './session.js';

// The SMTP transport's failure policy: what a catalog answer (and the failures before it) means
// for the message, the session and the account: retry, back off, pause, shrink, fail, or stop the
// credential. Decisions only: the pool applies them (queues, coordinator, events), so each rule
// here is a function of its inputs and is tested on its own.

/** What the policy needs of the options: how delays are shaped, and the jitter's random source. */
export interface BackoffSettings {
  readonly retry: Readonly<RetryOptions>;
  readonly random: () => number;
}

/** The catalog page of Gmail's per-account session cap (`454 4.7.0 Too many login attempts`…). */
export const SESSION_CAP_ID = '454-4.7.0-cannot-authenticate';

/** Error codes of a connection that went away under a command (no SMTP reply). */
const CONNECTION_LOST = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE']);

/** Failures in a row of one sender; each run widens the catalog's back-off, a success ends it. */
export class FailureStreaks {
  /** Failed AUTHs, connects and token requests in a row. */
  failures = 0;
  /** Fresh sessions in a row that the server closed (`421`) before they carried a message. */
  closes = 0;

  /** A session logged in, or a message went through: the account works again. */
  succeeded(): void {
    this.failures = 0;
    this.closes = 0;
  }

  /**
   * Counts a `421` that closed a session before it carried anything. True for the first of a run:
   * one such close is about that session (a front end going away), not the account.
   */
  firstClose(): boolean {
    this.closes += 1;
    return this.closes === 1;
  }
}

/** The session cap to work with: the learned one, grown back by one per `growBackAfterMs` since. */
export function sessionLimit(
  state: AccountState,
  now: number,
  o: { readonly maxConnections: number; readonly growBackAfterMs: number },
): number {
  if (state.sessionLimit === undefined) return o.maxConnections;
  const grown = state.sessionLimit + Math.floor((now - state.sessionLimitAt) / o.growBackAfterMs);
  return Math.max(1, Math.min(o.maxConnections, grown));
}

/**
 * A failed token request as this process or a coordinator reports it: a {@link TokenRequestError},
 * or any error with the same `permanent` and `diagnosis` (a shared store relaying another
 * process's failure), so a refused grant stops every sender, not only the one that asked.
 */
export function tokenFailure(
  err: unknown,
): Pick<TokenRequestError, 'message' | 'permanent' | 'diagnosis'> | undefined {
  if (err instanceof TokenRequestError) return err;
  const e = err as { message?: unknown; permanent?: unknown; diagnosis?: Diagnosis | undefined };
  if (err instanceof Error && typeof e.permanent === 'boolean' && e.diagnosis && 'entry' in e.diagnosis) {
    return { message: err.message, permanent: e.permanent, diagnosis: e.diagnosis };
  }
  return undefined;
}

/** What to do after the token endpoint failed. */
export type TokenVerdict =
  /** The grant is refused for good: reject the credential everywhere. */
  | { kind: 'reject'; reply: string; failure: ReturnType<typeof tokenFailure> }
  /** Worth another try after `ms`; queued messages remember `reply` as what keeps them waiting. */
  | { kind: 'backoff'; ms: number; reply: string; failure: ReturnType<typeof tokenFailure> };

/** Reads a failed token request; a transient one counts in the failure streak. */
export function tokenVerdict(err: unknown, streaks: FailureStreaks, b: BackoffSettings): TokenVerdict {
  const failure = tokenFailure(err);
  const reply = failure?.message.replace(/^Token request failed: /, '') ?? String(err);
  if (failure?.permanent) return { kind: 'reject', reply, failure };
  streaks.failures += 1;
  const ms = retryDelay(failure?.diagnosis.entry?.retry ?? null, streaks.failures, b.retry, b.random) ?? 0;
  return { kind: 'backoff', ms, reply, failure };
}

/** What to do after a refused AUTH. */
export type AuthVerdict =
  /** No reply at all: the session died under the AUTH (not the credential's fault); retry after `ms`. */
  | { kind: 'died'; ms: number }
  /** `535 5.7.8`, `534 5.7.9`, `534 5.7.14` …: the credential is wrong and retrying earns a lockout. */
  | { kind: 'reject' }
  /** The first `421` of a run: retry on a fresh session at once. */
  | { kind: 'closed-once' }
  /** Another transient reply (a run of `421`, `454`): pause or shrink as {@link throttlePlan} says. */
  | { kind: 'throttle' };

/** Reads a refused AUTH (classified as `diagnosis`), counting it in the streaks. */
export function authVerdict(
  failure: AuthFailure,
  diagnosis: Diagnosis,
  streaks: FailureStreaks,
  b: BackoffSettings,
): AuthVerdict {
  if (failure.error.responseCode === undefined) {
    streaks.failures += 1;
    return { kind: 'died', ms: retryDelay(null, streaks.failures, b.retry, b.random) ?? 0 };
  }
  if (diagnosis.transient !== true) return { kind: 'reject' };
  // The server closed the session during AUTH. Only a run of such closes is treated as the catalog
  // says (a pause of new AUTHs).
  if (failure.error.responseCode === 421 && streaks.firstClose()) return { kind: 'closed-once' };
  streaks.failures += 1;
  return { kind: 'throttle' };
}

/** How the account is slowed after a transient AUTH refusal. */
export type ThrottlePlan =
  /** Over the cap while our own sessions work: the cap is what we hold now; this worker waits `delayMs`. */
  | { kind: 'shrink'; sessionLimit: number; delayMs: number }
  /** No new AUTH anywhere before `until`, and at most `sessionLimit` sessions after it. */
  | { kind: 'pause'; until: number; sessionLimit: number; delayMs: number };

/**
 * The catalog's delay for this refusal (widened by the failures in a row and the account's pauses),
 * and whether it pauses the account or only shrinks it to the `authenticated` sessions it holds.
 */
export function throttlePlan(
  diagnosis: Diagnosis,
  state: AccountState,
  limit: number,
  authenticated: number,
  failures: number,
  now: number,
  b: BackoffSettings,
): ThrottlePlan {
  const entry = diagnosis.entry;
  const delayMs =
    retryDelay(entry?.retry ?? null, Math.max(failures, state.pauses + 1), b.retry, b.random) ?? 0;
  if (entry?.id === SESSION_CAP_ID && authenticated > 0) {
    // The working sessions carry the queue meanwhile.
    return { kind: 'shrink', sessionLimit: authenticated, delayMs };
  }
  // Over the cap with none of ours open (another process), a lockout, or another transient AUTH reply.
  return {
    kind: 'pause',
    until: now + delayMs,
    sessionLimit: Math.min(limit, Math.max(1, authenticated)),
    delayMs,
  };
}

/** What to do after a failed connect (greeting, EHLO, TLS). */
export type ConnectVerdict =
  /** Closed at the greeting or EHLO for the first time in a run: a session event, retry at once. */
  | { kind: 'closed-once' }
  /** Transient: every queued message keeps this failure as its last, and the worker waits `ms`. */
  | { kind: 'backoff'; ms: number }
  /** ECONNREFUSED, a TLS mode that does not fit the port, a host that does not resolve: fail the queue. */
  | { kind: 'unreachable' };

/** Reads a failed connect (classified as `diagnosis`), counting it in the streaks. */
export function connectVerdict(
  err: WireError,
  diagnosis: Diagnosis,
  streaks: FailureStreaks,
  b: BackoffSettings,
): ConnectVerdict {
  if (err.responseCode === 421 && streaks.firstClose()) return { kind: 'closed-once' };
  streaks.failures += 1;
  const ms = retryDelay(diagnosis.entry?.retry ?? null, streaks.failures, b.retry, b.random);
  return ms === undefined ? { kind: 'unreachable' } : { kind: 'backoff', ms };
}

/** True when a send failed because the connection went away, not because the server answered. */
export function connectionDropped(err: WireError, sessionAlive: boolean): boolean {
  return (
    err.responseCode === undefined &&
    (!sessionAlive || (err.code !== undefined && CONNECTION_LOST.has(err.code)))
  );
}

/** What to do with a message whose delivery failed. */
export type DeliveryVerdict =
  /** Not worth resending: fail it with `SEND_REJECTED` and this message. */
  | { kind: 'refuse'; message: string }
  /** A `421` or a dropped connection ended the session under it: see {@link closedSessionVerdict}. */
  | { kind: 'session-closed'; advice: RetryAdvice | null }
  /** A transient refusal of this message: retry it after `delayMs`, on this session's worker. */
  | { kind: 'retry'; delayMs: number };

/**
 * Reads a failed delivery. A session that died without a reply never refused the message: that is
 * always worth resending. A `421` ends the session (RFC 5321 §3.8), as does a drop: a session event.
 */
export function deliveryVerdict(
  err: WireError,
  diagnosis: Diagnosis,
  dropped: boolean,
  attempts: number,
  b: BackoffSettings,
): DeliveryVerdict {
  const advice = diagnosis.entry?.retry ?? null;
  if (diagnosis.transient !== true && !dropped) {
    return { kind: 'refuse', message: refusalMessage(err, diagnosis) };
  }
  if (err.responseCode === 421 || dropped) return { kind: 'session-closed', advice };
  const delayMs = retryDelay(advice?.kind === 'backoff' ? advice : null, attempts, b.retry, b.random) ?? 0;
  return { kind: 'retry', delayMs };
}

/**
 * The server closed the session under a message (Gmail recycles sessions that are old or have
 * carried many messages, with `421 4.7.0` at the next MAIL FROM, RCPT TO or end of DATA).
 * Nothing was accepted, and the message is not to blame: if the session had been working
 * (`delivered` > 0), or this is the message's first such close, it goes back to the head of the
 * queue for a fresh session at once. Only a fresh session refused the same way is met with the
 * catalog's back-off — for the message and for its worker, so a throttled account is not hammered
 * with AUTHs.
 */
export function closedSessionVerdict(
  delivered: number,
  recycledBefore: boolean,
  advice: RetryAdvice | null,
  streaks: FailureStreaks,
  b: BackoffSettings,
): { kind: 'requeue' } | { kind: 'backoff'; ms: number } {
  if (delivered > 0 || !recycledBefore) return { kind: 'requeue' };
  streaks.closes += 1;
  const ms = retryDelay(advice?.kind === 'backoff' ? advice : null, streaks.closes, b.retry, b.random) ?? 0;
  return { kind: 'backoff', ms };
}

/**
 * Why a message was not sent, for a reply that is not worth resending. A `fix-then-retry` page
 * (`421 4.7.29`: the relay never used TLS) is a 4xx that resending cannot clear, so the message
 * says that it was not resent and what to fix; the diagnosis on the error carries the whole page.
 */
export function refusalMessage(err: WireError, diagnosis: Diagnosis): string {
  const entry = diagnosis.entry;
  const reply = err.response ?? err.message;
  const verb = err.responseCode !== undefined && err.responseCode < 500 ? 'deferred' : 'refused';
  // With another provider's evidence in the reply, "Gmail refused" would send the reader to the
  // wrong help pages: say whose server it was (core's origin note) instead.
  const who = diagnosis.originNote ? 'The server' : 'Gmail';
  const origin = diagnosis.originNote ? ` ${diagnosis.originNote}` : '';
  if (entry?.retry.kind !== 'fix-then-retry') return `${who} ${verb} the message: ${reply}${origin}`;
  const fix = entry.fixes[0] ? ` First fix: ${entry.fixes[0].title}.` : '';
  return `${who} ${verb} the message and resending it cannot succeed until this is fixed: ${entry.title} (${entry.id}). ${entry.retry.note}${fix} Reply: ${reply}${origin}`;
}
