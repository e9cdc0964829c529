import { classify } from '@smtpfix/core';
import type { AccessToken, CredentialRejection } from '../coordinator.js';
import { credentialRejection } from '../outcome.js';
import { authVerdict, sessionLimit, throttlePlan, tokenVerdict } from './failure-policy.js';
import type { SessionEnd } from './job.js';
import type { SessionPool } from './pool.js';
import type { AuthFailure, Session } from './session.js';

/**
 * Logging a session in, and what a refusal does: the AUTH gate is held while a refused token,
 * credential or transient AUTH reply is applied as the failure policy reads it (the credential
 * stopped everywhere, queued messages told why they wait, the account paused or shrunk), so the
 * next AUTH starts only once that is recorded.
 */
export class Authenticator {
  /** True while queued messages carry a token failure as their `blocker`. */
  private tokenBlocked = false;

  constructor(
    private readonly p: SessionPool,
    /** Sessions of this sender logged in now: a `454` while they work shrinks the cap to them. */
    private readonly authenticated: () => number,
  ) {}

  /**
   * A token was obtained. If queued messages remembered a token failure as what keeps them
   * waiting, that is over: a message that now waits for something else must not fail later as
   * "no token".
   */
  tokenAnswered(): void {
    if (!this.tokenBlocked) return;
    this.tokenBlocked = false;
    for (const job of this.p.queue.jobs) job.blocker = undefined;
  }

  /** Logs `session` in, with `token` (fetched before the session opened) for the token auth types. */
  async logIn(session: Session, prefetched: AccessToken | undefined): Promise<SessionEnd> {
    const login = this.p.login;
    // Held until what the outcome decided (a pause, a refused credential) is recorded.
    const open = await login.gate.enter();
    try {
      const outcome = await login.attempt(session, prefetched);
      if (outcome.kind === 'rejected') {
        this.p.stopWithRejection(outcome.rejection);
        return { kind: 'stop' };
      }
      if (outcome.kind === 'no-token') return await this.tokenFailed(outcome.err);
      if (outcome.kind === 'refused') return await this.authFailed(outcome.failure);
      login.gate.prove();
      this.p.streaks.succeeded();
      await this.p.o.coordinator.authSucceeded(this.p.o.account);
      return { kind: 'done' };
    } finally {
      open();
    }
  }

  async tokenFailed(err: unknown): Promise<SessionEnd> {
    const verdict = tokenVerdict(err, this.p.streaks, this.p.o);
    const e = verdict.failure;
    this.p.outcomes.emitter.emit('auth-failed', {
      entryId: e?.diagnosis.entry?.id ?? null,
      reply: verdict.reply,
      stage: 'token',
    });
    if (verdict.kind === 'reject') {
      await this.rejectCredential(verdict.reply, 'token');
      return { kind: 'stop' };
    }
    // Queued messages remember why they wait: if the endpoint stays down past their deadline,
    // they fail with this diagnosis instead of an empty "not sent".
    this.tokenBlocked = true;
    for (const job of this.p.queue.jobs) {
      if (job.attempts > 0) continue;
      job.blocker = `no access token could be obtained for ${this.p.o.user} (${verdict.reply})`;
      if (e) job.diagnosis = e.diagnosis;
    }
    return { kind: 'backoff', ms: verdict.ms };
  }

  private async rejectCredential(reply: string, stage: CredentialRejection['stage']): Promise<void> {
    const rejection = credentialRejection(this.p.o.credentialId, reply, stage, this.p.o.clock);
    await this.p.o.coordinator.rejectCredential(this.p.o.account, rejection);
    this.p.stopWithRejection(rejection);
  }

  private async authFailed(failure: AuthFailure): Promise<SessionEnd> {
    const diagnosis = classify(failure.error);
    const entry = diagnosis.entry;
    const reply = failure.error.response ?? failure.error.message;
    const verdict = authVerdict(failure, diagnosis, this.p.streaks, this.p.o);
    if (verdict.kind === 'died') return { kind: 'backoff', ms: verdict.ms };
    this.p.outcomes.emitter.emit('auth-failed', { entryId: entry?.id ?? null, reply, stage: 'auth' });
    if (verdict.kind === 'reject') {
      await this.rejectCredential(reply, 'auth');
      return { kind: 'stop' };
    }
    if (verdict.kind === 'closed-once') return { kind: 'backoff', ms: 0 };
    if (failure.error.responseCode === 454) this.p.outcomes.counters.auth454 += 1;
    const now = this.p.o.clock.now();
    const state = await this.p.o.coordinator.state(this.p.o.account);
    const limit = sessionLimit(state, now, this.p.o);
    const plan = throttlePlan(
      diagnosis,
      state,
      limit,
      this.authenticated(),
      this.p.streaks.failures,
      now,
      this.p.o,
    );
    let pausedUntil = 0;
    if (plan.kind === 'shrink') {
      await this.p.o.coordinator.pause(this.p.o.account, { sessionLimit: plan.sessionLimit });
    } else {
      pausedUntil = plan.until;
      await this.p.o.coordinator.pause(this.p.o.account, {
        until: pausedUntil,
        sessionLimit: plan.sessionLimit,
      });
      this.p.pauseUntil(pausedUntil);
    }
    this.p.outcomes.counters.sessionLimit = plan.sessionLimit;
    this.p.outcomes.emitter.emit('throttled', {
      entryId: entry?.id ?? null,
      sessionLimit: plan.sessionLimit,
      pausedUntil,
    });
    return pausedUntil > 0 ? { kind: 'stop' } : { kind: 'backoff', ms: plan.delayMs };
  }
}
