import { classify, type Diagnosis, type RetryAdvice } from '@smtpfix/core';
import { retryDelay, sleep } from './backoff.js';
import type { AccessToken, AccountState, SessionLease } from './coordinator.js';
import type { SenderEventName, SenderListener, SenderStats } from './events.js';
import { SenderError, type WireError } from './errors.js';
import { type BuiltMessage, buildMessage, type MailMessage } from './message.js';
import { type ResolvedSenderOptions, resolveSenderOptions, type SenderOptions } from './options.js';
import { GmailApiSender } from './gmail-api/sender.js';
import { credentialRejection, lastReply } from './outcome.js';
import type { QueuedJob } from './queue.js';
import { QueuedSender } from './queued-sender.js';
import { type AuthFailure, Session } from './session.js';
import { SessionLife } from './session-life.js';
import { refreshMargin, TokenRequestError, tokenSource } from './tokens.js';

/** What `send()` resolves with. */
export interface SendResult {
  /** The Message-ID header of the message, the same on every attempt. */
  messageId: string;
  /** Recipients the server accepted. */
  accepted: string[];
  /** Recipients the server refused (the message went to the others). */
  rejected: string[];
  /** The server's final reply, e.g. `250 2.0.0 OK … - gsmtp`. */
  response: string;
  /** Attempts on the wire (1 when it went through at once). */
  attempts: number;
}

/** A sender for one account. Create it once per account and reuse it: it pools sessions. */
export interface Sender {
  /** The sending address. */
  readonly user: string;
  /**
   * Queues a message; resolves once Gmail accepted it. Rejects with a {@link SenderError} whose
   * `diagnosis` names the catalog entry, after retrying transient failures up to the deadline.
   */
  send(message: MailMessage): Promise<SendResult>;
  /** Sends what is queued (up to `closeTimeoutMs`), fails the rest with `CLOSED`, then closes every session. */
  close(): Promise<void>;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends SenderEventName>(event: E, listener: SenderListener<E>): () => void;
  off<E extends SenderEventName>(event: E, listener: SenderListener<E>): void;
  /** A snapshot of the counters. */
  stats(): SenderStats;
}

interface Job extends QueuedJob {
  /**
   * Started when the job comes near the head of the queue ({@link PooledSender.prefetch}), awaited
   * by the worker that takes it: building 600 messages at once at send() would hold the event loop
   * for the first sessions' connect and AUTH.
   */
  building: Promise<BuiltMessage> | undefined;
  /**
   * True once a closing session (a `421`, a dropped connection) handed this message back for a
   * fresh one at once: a second such close on a fresh session is met with the catalog's back-off.
   */
  recycled: boolean;
  /** Why no session could take the message yet (the token endpoint failing), for its deadline error. */
  blocker: string | undefined;
}

/** What a session ended with, as far as its worker is concerned. */
type SessionEnd = { kind: 'done' } | { kind: 'stop' } | { kind: 'backoff'; ms: number };

/** What one delivery did to its session: carry on, or end it (the session is closed). */
type Delivery = 'sent' | 'refused' | 'closed' | SessionEnd;

/** A session's life so far, for the recycling policy. */
interface SessionRun {
  openedAt: number;
  /** Messages delivered over it. */
  delivered: number;
  /**
   * When its last message was answered: the server starts a pipelined message only then, so that
   * is when its MAIL FROM is read (and checked against the session's age).
   */
  lastDoneAt: number;
}

const SESSION_CAP_ID = '454-4.7.0-cannot-authenticate';

/**
 * Why a message was not sent, for a reply that is not worth resending. A `fix-then-retry` page
 * (`421 4.7.29`: the relay never used TLS) is a 4xx that resending cannot clear, so the message
 * says that it was not resent and what to fix; the diagnosis on the error carries the whole page.
 */
function refusalMessage(err: WireError, diagnosis: Diagnosis): string {
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
/** How long an idle session is kept once another sender waits for its slot. */
const WANTED_GRACE_MS = 50;
/** Messages in flight on a pipelining session: the one being answered and the next one's envelope. */
const PIPELINE_DEPTH = 2;
const CONNECTION_LOST = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE']);

/**
 * A failed token request as this process or a coordinator reports it: a {@link TokenRequestError},
 * or any error with the same `permanent` and `diagnosis` (a shared store relaying another
 * process's failure), so a refused grant stops every sender, not only the one that asked.
 */
function tokenFailure(
  err: unknown,
): Pick<TokenRequestError, 'message' | 'permanent' | 'diagnosis'> | undefined {
  if (err instanceof TokenRequestError) return err;
  const e = err as { message?: unknown; permanent?: unknown; diagnosis?: Diagnosis | undefined };
  if (err instanceof Error && typeof e.permanent === 'boolean' && e.diagnosis && 'entry' in e.diagnosis) {
    return { message: err.message, permanent: e.permanent, diagnosis: e.diagnosis };
  }
  return undefined;
}

/**
 * Creates a sender for one account. Options are checked here: a mistake throws a `SenderError`
 * with code `INVALID_OPTION` that says how to fix it. `transport: 'gmail-api'` returns the same
 * {@link Sender} sending over Gmail's HTTP API (for hosts that block SMTP ports).
 * @example
 * ```ts
 * const sender = createSender({
 *   user: 'app@acme.com',
 *   auth: { type: 'oauth2', clientId, clientSecret, refreshToken },
 * });
 * const { messageId } = await sender.send({ to: 'ana@example.org', subject: 'Hi', text: 'Hello' });
 * await sender.close();
 * ```
 */
export function createSender(options: SenderOptions): Sender {
  const resolved = resolveSenderOptions(options);
  if (resolved.transport === 'gmail-api') return new GmailApiSender(resolved);
  return new PooledSender(resolved);
}

class PooledSender extends QueuedSender<Job> {
  private readonly fetchToken: (() => Promise<AccessToken>) | undefined;
  private readonly idle: { take(): boolean; stop(): void }[] = [];
  private readonly sessions = new Set<Session>();
  private workers = 0;
  private busy = 0;
  private authenticated = 0;
  private consecutive454 = 0;
  /** Fresh sessions in a row that the server closed (`421`) before they carried a message. */
  private consecutiveCloses = 0;
  /** The server's session age and message limits, learned from the sessions it recycled. */
  private readonly life = new SessionLife();
  /** Lifetime of the last token this sender fetched: the refresh margin is a share of it. */
  private tokenLifetimeMs: number | undefined;
  /**
   * The coordinator's token key: the account AND this credential, so a sender never gets (and
   * never AUTHs with) a token another credential of the account obtained, even a revoked one.
   */
  private readonly tokenKey: string;
  /** True while queued messages carry a token failure as their `blocker`. */
  private tokenBlocked = false;
  private verified = false;
  private authGate: Promise<void> = Promise.resolve();
  private pausedUntil = 0;
  private pumpScheduled = false;
  /** Aborted when close() starts: ends back-off naps that would only delay the drain. */
  private readonly naps = new AbortController();

  constructor(options: ResolvedSenderOptions) {
    super(options, { refuser: 'Gmail', stopped: 'AUTH is attempted' });
    this.tokenKey = `${options.account}#${options.credentialId}`;
    const source = tokenSource(options.auth, options.clock);
    this.fetchToken = source
      ? this.outcomes.countedTokens(source, (token) => {
          this.tokenLifetimeMs = token.expiresAt - options.clock.now();
        })
      : undefined;
  }

  private get counters() {
    return this.outcomes.counters;
  }

  protected transportStats() {
    return { connectionsOpen: this.sessions.size };
  }

  /** Messages that wait for a retry or a pause cannot go before close() returns. */
  protected override waitsPastClose(job: Job, now: number): boolean {
    return job.notBefore > now || this.pausedUntil > now;
  }

  protected override closeStarted(): void {
    this.naps.abort();
  }

  protected override async closeTransport(): Promise<void> {
    await Promise.all([...this.sessions].map((s) => s.quit(200)));
  }

  send(message: MailMessage): Promise<SendResult> {
    return this.enqueue(message, { building: undefined, recycled: false, blocker: undefined }, () => {
      this.prefetch();
      this.schedulePump();
    });
  }

  // ---- scheduling -------------------------------------------------------------------------

  private takeJob(): Job | undefined {
    return this.queue.take(this.o.clock.now());
  }

  private build(job: Job): Promise<BuiltMessage> {
    job.building = buildMessage(job.message, this.o.user);
    job.building.catch(() => undefined);
    return job.building;
  }

  /** Builds the next few messages ahead of the sessions that will send them (two per session). */
  private prefetch(): void {
    const ahead = Math.min(this.queue.length, 2 * this.o.maxConnections);
    for (let i = 0; i < ahead; i++) {
      const job = this.queue.jobs[i]!;
      if (!job.building) this.build(job);
    }
  }

  /**
   * One pump for a burst of send() calls, in a microtask after the last: a pump looks at the whole
   * queue, and one per call made enqueuing n messages cost n² (20,000 took 2.7 s).
   */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    queueMicrotask(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  /** Hands ready messages to idle sessions, starts workers for the rest, and sets the next wake-up. */
  protected pump(): void {
    if (this.abort.signal.aborted) return;
    const now = this.o.clock.now();
    this.expire(now);
    let ready = this.queue.readyCount(now);
    for (const waiter of [...this.idle]) {
      if (ready === 0) break;
      if (waiter.take()) ready -= 1;
    }
    if (this.closing && ready === 0) for (const waiter of [...this.idle]) waiter.stop();
    if (this.pausedUntil <= now) {
      while (ready > this.workers - this.busy && this.workers < this.o.maxConnections) {
        void this.worker();
        ready -= 1;
      }
    }
    let next = Number.POSITIVE_INFINITY;
    for (const j of this.queue.jobs) next = Math.min(next, j.notBefore > now ? j.notBefore : j.deadline);
    if (this.queue.length > 0 && this.pausedUntil > now) next = Math.min(next, this.pausedUntil);
    this.wake.set(next);
    this.shutdown.settle(this.queue.length === 0 && this.workers === 0);
  }

  /** Fails queued messages whose deadline passed while they waited (a pause, a full account). */
  private expire(now: number): void {
    for (const job of this.queue.takeWhere((j) => j.deadline <= now)) {
      if (job.attempts === 0 && job.blocker !== undefined) {
        // Never on the wire: say what kept every session from opening, not "after 0 attempts".
        this.outcomes.fail(
          job,
          'TOKEN_UNAVAILABLE',
          `Not sent within retry.deadlineMs (${this.o.retry.deadlineMs} ms): ${job.blocker}. No SMTP connection was opened for it; check that the token endpoint is reachable from this host.`,
        );
      } else if (job.attempts === 0) {
        this.outcomes.fail(
          job,
          'RETRY_EXHAUSTED',
          `Not sent within retry.deadlineMs (${this.o.retry.deadlineMs} ms): no session could take it${lastReply(job)}`,
        );
      } else this.outcomes.expired(job, this.o.retry.deadlineMs);
    }
  }

  private effectiveLimit(state: AccountState, now: number): number {
    if (state.sessionLimit === undefined) return this.o.maxConnections;
    const grown = state.sessionLimit + Math.floor((now - state.sessionLimitAt) / this.o.growBackAfterMs);
    return Math.max(1, Math.min(this.o.maxConnections, grown));
  }

  // ---- workers: one per session slot -------------------------------------------------------

  private async worker(): Promise<void> {
    this.workers += 1;
    try {
      while (!this.abort.signal.aborted && this.queue.readyCount(this.o.clock.now()) > 0) {
        let state: AccountState;
        try {
          state = await this.o.coordinator.state(this.o.account);
        } catch (err) {
          await this.coordinatorFailed(err);
          return;
        }
        const rejected = state.rejected.find((r) => r.fingerprint === this.o.credentialId);
        if (rejected) {
          this.stopWithRejection(rejected);
          return;
        }
        const now = this.o.clock.now();
        if (state.pausedUntil > now) {
          this.pausedUntil = state.pausedUntil;
          return;
        }
        const limit = this.effectiveLimit(state, now);
        this.counters.sessionLimit = limit;
        let lease: SessionLease;
        try {
          lease = await this.o.coordinator.acquireSession(this.o.account, limit, this.abort.signal);
        } catch (err) {
          if (!this.abort.signal.aborted) await this.coordinatorFailed(err);
          return;
        }
        let end: SessionEnd;
        try {
          end =
            this.queue.readyCount(this.o.clock.now()) > 0 ? await this.runSession(lease) : { kind: 'done' };
        } finally {
          await lease.release();
        }
        if (end.kind === 'stop') return;
        if (end.kind === 'backoff') {
          if (this.closing) {
            // close() does not wait out a back-off: what cannot go now fails now.
            for (const job of this.queue.takeAll()) {
              this.outcomes.closed(job, 'while sending was backing off');
            }
            return;
          }
          await sleep(this.o.clock, end.ms, this.naps.signal);
        }
      }
    } catch (err) {
      // A coordinator call inside the session (pause, authSucceeded, …) failed: same as above.
      await this.coordinatorFailed(err);
    } finally {
      this.workers -= 1;
      this.pump();
    }
  }

  /**
   * The coordinator (e.g. Redis) could not be reached. Nothing is sent without it (fail-closed):
   * the worker says so, waits before the next try instead of spinning, and queued messages keep
   * waiting until it answers or their deadline fails them with RETRY_EXHAUSTED.
   */
  private async coordinatorFailed(err: unknown): Promise<void> {
    this.emitter.emit('coordinator-error', { message: err instanceof Error ? err.message : String(err) });
    await sleep(this.o.clock, Math.min(this.o.retry.defaultDelayMs, 5_000), this.naps.signal);
  }

  private async runSession(lease: SessionLease): Promise<SessionEnd> {
    // The token first: a session that cannot log in must not open a connection (an unreachable
    // token endpoint would otherwise cost a TCP and TLS handshake per try, for nothing).
    let token: AccessToken | undefined;
    if (this.fetchToken) {
      try {
        token = await this.token();
      } catch (err) {
        return this.tokenFailed(err);
      }
      if (this.tokenBlocked) {
        // The endpoint answers again: a message that now waits for something else must not fail
        // later as "no token".
        this.tokenBlocked = false;
        for (const job of this.queue.jobs) job.blocker = undefined;
      }
    }
    // The session's age counts from before the connection: the server's clock starts when it
    // accepts it, and a session that took long to open is no younger to the server.
    const openedAt = this.o.clock.now();
    let session: Session;
    try {
      session = await Session.open(this.o.smtp);
    } catch (err) {
      return this.connectFailed(err as WireError);
    }
    this.sessions.add(session);
    this.counters.connectionsOpened += 1;
    this.emitter.emit('connection', { open: this.sessions.size, change: 'opened' });
    let authed = false;
    const run: SessionRun = { openedAt, delivered: 0, lastDoneAt: openedAt };
    try {
      const auth = await this.authenticate(session, token);
      if (auth.kind !== 'done') return auth;
      authed = true;
      this.authenticated += 1;
      return await this.carry(session, lease, run);
    } finally {
      if (authed) this.authenticated -= 1;
      await session.quit();
      this.sessions.delete(session);
      this.emitter.emit('connection', { open: this.sessions.size, change: 'closed' });
    }
  }

  /**
   * Sends messages over a logged-in session until the queue is empty (and the idle time is up),
   * the session ends, or it is spent. With a pipelining session two messages are in flight: the
   * next one's envelope goes out with the current one's body, so each costs one round trip.
   */
  private async carry(session: Session, lease: SessionLease, run: SessionRun): Promise<SessionEnd> {
    const inflight: Promise<Delivery>[] = [];
    let end: SessionEnd | undefined;
    let busy = false;
    const setBusy = (on: boolean) => {
      if (on !== busy) this.busy += on ? 1 : -1;
      busy = on;
    };
    try {
      for (;;) {
        const depth = session.pipelines ? PIPELINE_DEPTH : 1;
        while (
          end === undefined &&
          inflight.length < depth &&
          session.isAlive &&
          !this.spent(run, inflight)
        ) {
          const job = this.takeJob();
          if (!job) break;
          inflight.push(this.deliver(session, job, run));
        }
        if (inflight.length === 0) {
          setBusy(false);
          // Retired just before the server would recycle it: the worker opens a fresh session.
          if (end !== undefined || this.closing || !session.isAlive || this.spent(run, inflight)) break;
          const age = this.o.clock.now() - run.openedAt;
          const job = await this.waitForJob(session, lease, this.life.msUntilSpent(age));
          if (!job) break;
          if (!session.isAlive) {
            // The server closed the idle session just now: the message goes back, untouched.
            this.queue.unshift(job);
            break;
          }
          inflight.push(this.deliver(session, job, run));
          continue;
        }
        setBusy(true);
        // Transactions settle in order; the oldest is the next to finish.
        const outcome = await inflight.shift()!;
        if (typeof outcome === 'object') end ??= outcome;
        if (!session.isAlive && inflight.length > 0) {
          for (const other of await Promise.all(inflight.splice(0))) {
            if (typeof other === 'object') end ??= other;
          }
        }
      }
      return end ?? { kind: 'done' };
    } finally {
      setBusy(false);
    }
  }

  /**
   * True when the session should start no more messages: the next one would reach the server's
   * learned limits. A message queued behind those in flight starts when they are done.
   */
  private spent(run: SessionRun, inflight: readonly unknown[]): boolean {
    const startsAt = this.o.clock.now() - run.openedAt + inflight.length * this.life.expectedMessageMs();
    return this.life.spent(startsAt, run.delivered + inflight.length);
  }

  /**
   * Keeps an idle session for `idleTimeoutMs` in case more mail comes, unless another sender of the
   * account is waiting for a slot: then the slot is worth more to it than a warm session is to us.
   */
  private waitForJob(session: Session, lease: SessionLease, spentInMs: number): Promise<Job | undefined> {
    return new Promise((resolve) => {
      let done = false;
      let unwatch: (() => void) | undefined;
      const finish = (job: Job | undefined) => {
        if (done) return false;
        done = true;
        unwatch?.();
        this.o.clock.clearTimeout(timer);
        const i = this.idle.indexOf(waiter);
        if (i >= 0) this.idle.splice(i, 1);
        this.abort.signal.removeEventListener('abort', stop);
        resolve(job);
        return true;
      };
      const take = () => {
        if (done) return false;
        const job = this.takeJob();
        return job ? finish(job) : false;
      };
      const stop = () => finish(undefined);
      // An idle session is also retired before the server's learned session age: a message
      // handed to it then would only be refused with a 421.
      let timer = this.o.clock.setTimeout(stop, Math.min(this.o.idleTimeoutMs, spentInMs));
      this.abort.signal.addEventListener('abort', stop, { once: true });
      void session.gone.then(stop);
      const waiter = { take, stop };
      this.idle.push(waiter);
      // Subscribed last: a listener called at once (someone waits now) finds everything set up.
      // A short grace still: a queue fed job by job (the outbox) leaves sessions idle for a few
      // milliseconds between messages, and giving the slot up each time would mean a new AUTH.
      const wanted = () => {
        if (done) return;
        this.o.clock.clearTimeout(timer);
        timer = this.o.clock.setTimeout(stop, Math.min(this.o.idleTimeoutMs, spentInMs, WANTED_GRACE_MS));
      };
      const stopWatching = lease.onWanted?.(wanted);
      if (done) stopWatching?.();
      else unwatch = stopWatching;
    });
  }

  // ---- AUTH -------------------------------------------------------------------------------

  /**
   * Until one AUTH with this credential has succeeded, AUTHs go one at a time: a wrong password
   * is then refused once, not once per connection (which is how lockouts start).
   */
  private async gate(): Promise<() => void> {
    if (this.verified) return () => undefined;
    const previous = this.authGate;
    let open!: () => void;
    this.authGate = new Promise((resolve) => {
      open = resolve;
    });
    await previous;
    if (this.verified) {
      // The AUTH ahead of this one proved the credential: the sessions queued behind it log in
      // together now, not one round trip after another (10 sessions at 20 ms cost 180 ms).
      open();
      return () => undefined;
    }
    return open;
  }

  /** Logs `session` in, with `token` (fetched before the session opened) for the token auth types. */
  private async authenticate(session: Session, prefetched: AccessToken | undefined): Promise<SessionEnd> {
    const open = await this.gate();
    try {
      const state = await this.o.coordinator.state(this.o.account);
      const rejected = state.rejected.find((r) => r.fingerprint === this.o.credentialId);
      if (rejected) {
        this.stopWithRejection(rejected);
        return { kind: 'stop' };
      }
      let failure: AuthFailure | undefined;
      if (this.o.auth.type === 'password') {
        this.counters.authAttempts += 1;
        failure = await session.login({ kind: 'password', user: this.o.user, pass: this.o.auth.pass });
      } else {
        let token: AccessToken;
        try {
          // The prefetched token, unless the wait for the AUTH gate outlived its margin.
          token =
            prefetched && prefetched.expiresAt - this.o.clock.now() > this.tokenMargin()
              ? prefetched
              : await this.token();
        } catch (err) {
          return this.tokenFailed(err);
        }
        this.counters.authAttempts += 1;
        failure = await session.login({ kind: 'xoauth2', user: this.o.user, token: token.token });
        if (failure?.challenged && session.isAlive) {
          // The 334 challenge: the token was refused. Refresh it once (shared) and try once more.
          try {
            token = await this.token(token.token);
          } catch (err) {
            return this.tokenFailed(err);
          }
          this.counters.authAttempts += 1;
          failure = await session.login({ kind: 'xoauth2', user: this.o.user, token: token.token });
        }
      }
      if (!failure) {
        this.verified = true;
        this.consecutive454 = 0;
        this.consecutiveCloses = 0;
        await this.o.coordinator.authSucceeded(this.o.account);
        return { kind: 'done' };
      }
      return await this.authFailed(failure);
    } finally {
      open();
    }
  }

  /** `refreshBeforeExpiryMs`, or a tenth of the token's lifetime when shorter (2-second tokens exist). */
  private tokenMargin(): number {
    return refreshMargin(this.tokenLifetimeMs, this.o.refreshBeforeExpiryMs);
  }

  private token(rejected?: string): Promise<AccessToken> {
    return this.o.coordinator.token(this.tokenKey, this.fetchToken!, {
      minValidityMs: this.tokenMargin(),
      ...(rejected === undefined ? {} : { rejected }),
    });
  }

  private async tokenFailed(err: unknown): Promise<SessionEnd> {
    const e = tokenFailure(err);
    const reply = e?.message.replace(/^Token request failed: /, '') ?? String(err);
    this.emitter.emit('auth-failed', { entryId: e?.diagnosis.entry?.id ?? null, reply, stage: 'token' });
    if (e?.permanent) {
      const rejection = credentialRejection(this.o.credentialId, reply, 'token', this.o.clock);
      await this.o.coordinator.rejectCredential(this.o.account, rejection);
      this.stopWithRejection(rejection);
      return { kind: 'stop' };
    }
    this.consecutive454 += 1;
    // Queued messages remember why they wait: if the endpoint stays down past their deadline,
    // they fail with this diagnosis instead of an empty "not sent".
    this.tokenBlocked = true;
    for (const job of this.queue.jobs) {
      if (job.attempts > 0) continue;
      job.blocker = `no access token could be obtained for ${this.o.user} (${reply})`;
      if (e) job.diagnosis = e.diagnosis;
    }
    const ms =
      retryDelay(e?.diagnosis.entry?.retry ?? null, this.consecutive454, this.o.retry, this.o.random) ?? 0;
    return { kind: 'backoff', ms };
  }

  private async authFailed(failure: AuthFailure): Promise<SessionEnd> {
    const diagnosis = classify(failure.error);
    const entry = diagnosis.entry;
    const reply = failure.error.response ?? failure.error.message;
    if (failure.error.responseCode === undefined) {
      // No reply at all: the session died under the AUTH. Not the credential's fault.
      this.consecutive454 += 1;
      return { kind: 'backoff', ms: retryDelay(null, this.consecutive454, this.o.retry, this.o.random) ?? 0 };
    }
    this.emitter.emit('auth-failed', { entryId: entry?.id ?? null, reply, stage: 'auth' });
    if (diagnosis.transient !== true) {
      // 535 5.7.8, 534 5.7.9, 534 5.7.14 …: the credential is wrong and retrying earns a lockout.
      const rejection = credentialRejection(this.o.credentialId, reply, 'auth', this.o.clock);
      await this.o.coordinator.rejectCredential(this.o.account, rejection);
      this.stopWithRejection(rejection);
      return { kind: 'stop' };
    }
    if (failure.error.responseCode === 421) {
      // The server closed the session during AUTH. One such close is about that session, not the
      // account (a front end going away): retry on a fresh one at once. Only a run of them is
      // treated as the catalog says (a pause of new AUTHs).
      this.consecutiveCloses += 1;
      if (this.consecutiveCloses === 1) return { kind: 'backoff', ms: 0 };
    }
    if (failure.error.responseCode === 454) this.counters.auth454 += 1;
    this.consecutive454 += 1;
    const now = this.o.clock.now();
    const state = await this.o.coordinator.state(this.o.account);
    const delay =
      retryDelay(
        entry?.retry ?? null,
        Math.max(this.consecutive454, state.pauses + 1),
        this.o.retry,
        this.o.random,
      ) ?? 0;
    let sessionLimit = this.effectiveLimit(state, now);
    let pausedUntil = 0;
    if (entry?.id === SESSION_CAP_ID && this.authenticated > 0) {
      // Over the account's cap while our own sessions work: the cap is what we hold now. Shrink
      // to it and let this worker wait; the working sessions carry the queue meanwhile.
      sessionLimit = this.authenticated;
      await this.o.coordinator.pause(this.o.account, { sessionLimit });
    } else {
      // Over the cap with none of ours open (another process), a lockout, or another transient
      // AUTH reply: no new AUTH anywhere for the catalog's delay.
      pausedUntil = now + delay;
      sessionLimit = Math.min(sessionLimit, Math.max(1, this.authenticated));
      await this.o.coordinator.pause(this.o.account, { until: pausedUntil, sessionLimit });
      this.pausedUntil = Math.max(this.pausedUntil, pausedUntil);
    }
    this.counters.sessionLimit = sessionLimit;
    this.emitter.emit('throttled', { entryId: entry?.id ?? null, sessionLimit, pausedUntil });
    return pausedUntil > 0 ? { kind: 'stop' } : { kind: 'backoff', ms: delay };
  }

  private connectFailed(err: WireError): SessionEnd {
    const diagnosis = classify(err);
    if (err.responseCode === 421) {
      // Closed at the greeting or EHLO: once is a session event (retry at once), a run is not.
      this.consecutiveCloses += 1;
      if (this.consecutiveCloses === 1) return { kind: 'backoff', ms: 0 };
    }
    this.consecutive454 += 1;
    const ms = retryDelay(diagnosis.entry?.retry ?? null, this.consecutive454, this.o.retry, this.o.random);
    if (ms === undefined) {
      // ECONNREFUSED, a TLS mode that does not fit the port, a host that does not resolve.
      for (const job of this.queue.takeAll()) {
        job.lastError = err;
        job.diagnosis = diagnosis;
        this.outcomes.fail(
          job,
          'CONNECTION_FAILED',
          `Cannot connect to ${this.o.smtp.host}:${this.o.smtp.port}: ${err.message}`,
        );
      }
      return { kind: 'stop' };
    }
    for (const job of this.queue.jobs) {
      job.lastError = err;
      job.diagnosis = diagnosis;
    }
    return { kind: 'backoff', ms };
  }

  // ---- messages ---------------------------------------------------------------------------

  private async deliver(session: Session, job: Job, run: SessionRun): Promise<Delivery> {
    if (!job.built) {
      try {
        job.built = await (job.building ?? this.build(job));
        job.messageId = job.built.messageId;
      } catch (err) {
        const e = err instanceof SenderError ? err : new SenderError('INVALID_MESSAGE', String(err));
        this.outcomes.reject(job, e);
        return 'refused';
      }
    }
    const built = job.built;
    job.attempts += 1;
    const startedAt = this.o.clock.now();
    try {
      // A fresh envelope per attempt: nodemailer keeps per-send bookkeeping (rejected recipients, errors) on it.
      const sending = session.send({ ...built.envelope, to: [...built.envelope.to] }, built.raw);
      // Build the next messages only once this one is on its way: building is CPU work that
      // would otherwise sit between the server's 250 and the next MAIL FROM.
      this.prefetch();
      const info = await sending;
      // Counted here, not by the session's loop: a pipelined message behind this one may fail in
      // the same tick, and the recycling policy must see this one as delivered.
      run.delivered += 1;
      const doneAt = this.o.clock.now();
      this.life.messageTook(doneAt - Math.max(startedAt, run.lastDoneAt));
      run.lastDoneAt = doneAt;
      this.consecutive454 = 0;
      this.consecutiveCloses = 0;
      this.outcomes.sent(job, {
        messageId: built.messageId,
        accepted: info.accepted,
        rejected: info.rejected,
        response: info.response,
        attempts: job.attempts,
      });
      this.outcomes.recordSent(this.o.coordinator, this.o.account);
      return 'sent';
    } catch (e) {
      const err = e as WireError;
      const diagnosis = classify(err);
      job.diagnosis = diagnosis;
      job.lastError = err;
      const dropped =
        err.responseCode === undefined &&
        (!session.isAlive || (err.code !== undefined && CONNECTION_LOST.has(err.code)));
      // A 421 or a drop ends the session. After a refusal nodemailer's own transaction may still
      // expect replies to pipelined commands, so that session is not reused either; ours (a
      // pipelining session) reads every reply and carries on.
      if (!session.pipelines || err.responseCode === 421 || dropped) session.destroy();
      // A session that died without a reply never refused the message: it is always worth resending.
      const advice = diagnosis.entry?.retry ?? null;
      const transient = diagnosis.transient === true || dropped;
      if (!transient) {
        this.outcomes.fail(job, 'SEND_REJECTED', refusalMessage(err, diagnosis));
        return 'refused';
      }
      // A 421 ends the session (RFC 5321 §3.8), as does a dropped connection: a session event.
      if (err.responseCode === 421 || dropped) {
        // Only the 421 itself says when the server recycles sessions; a message that was queued
        // behind it on the same session merely shared its end.
        if (err.responseCode === 421 && run.delivered > 0)
          this.life.recycled(Math.max(startedAt, run.lastDoneAt) - run.openedAt, run.delivered);
        return this.sessionClosed(job, run, advice);
      }
      const delay =
        retryDelay(advice?.kind === 'backoff' ? advice : null, job.attempts, this.o.retry, this.o.random) ??
        0;
      this.retry(job, delay);
      return 'closed';
    }
  }

  /**
   * The server closed the session under a message (Gmail recycles sessions that are old or have
   * carried many messages, with `421 4.7.0` at the next MAIL FROM, RCPT TO or end of DATA).
   * Nothing was accepted, and the message is not to blame: if the session had been working, or
   * this is the message's first such close, it goes back to the head of the queue for a fresh
   * session at once. Only a fresh session refused the same way is met with the catalog's back-off
   * — for the message and for this worker, so a throttled account is not hammered with AUTHs.
   */
  private sessionClosed(job: Job, run: SessionRun, advice: RetryAdvice | null): Delivery {
    if (run.delivered > 0 || !job.recycled) {
      job.recycled = true;
      this.requeue(job);
      return 'closed';
    }
    this.consecutiveCloses += 1;
    const delay =
      retryDelay(
        advice?.kind === 'backoff' ? advice : null,
        this.consecutiveCloses,
        this.o.retry,
        this.o.random,
      ) ?? 0;
    this.retry(job, delay);
    return { kind: 'backoff', ms: delay };
  }

  /** Puts a message a closing session could not carry back at the head of the queue, due now. */
  private requeue(job: Job): void {
    const now = this.o.clock.now();
    if (this.abort.signal.aborted) {
      // close() gave up draining: the queue is no longer read, so the message fails here.
      this.outcomes.closed(job);
      return;
    }
    if (now >= job.deadline) {
      this.outcomes.fail(
        job,
        'RETRY_EXHAUSTED',
        `Not sent within retry.deadlineMs after ${job.attempts} attempt(s)${lastReply(job)}`,
      );
      return;
    }
    job.notBefore = now;
    this.queue.unshift(job);
    this.outcomes.retrying(job, 0);
    // An idle session (or a new one) takes it now, not when this worker has reconnected.
    this.pump();
  }

  private retry(job: Job, delay: number): void {
    const now = this.o.clock.now();
    const closed = (this.closing && delay > 0) || this.abort.signal.aborted;
    if (!this.outcomes.mayRetry(job, delay, closed, now, this.o.retry)) return;
    job.notBefore = now + delay;
    this.queue.push(job);
    this.outcomes.retrying(job, delay);
    this.pump();
  }
}
