import { classify } from '@smtpfix/core';
import type { AccessToken, SessionLease } from '../coordinator.js';
import type { Clock } from '../backoff.js';
import { SenderError, type WireError } from '../errors.js';
import type { ResolvedSenderOptions } from '../options.js';
import { Authenticator } from './authenticate.js';
import {
  closedSessionVerdict,
  connectionDropped,
  connectVerdict,
  deliveryVerdict,
} from './failure-policy.js';
import { waitForJob } from './idle-wait.js';
import {
  everyRecipientRefused,
  recordAllRefused,
  recordTransaction,
  refusalsOf,
  startProgress,
  tooManyRecipients,
} from './recipients.js';
import type { Delivery, Job, SessionEnd } from './job.js';
import type { SessionPool } from './pool.js';
import { Session } from './session.js';
import { SessionRun } from './session-run.js';

/** Messages in flight on a pipelining session: the one being answered and the next one's envelope. */
const PIPELINE_DEPTH = 2;

/**
 * A session's life on one worker's slot: token first, open, AUTH (through the gate), carry
 * messages while the queue has them and the server's learned limits allow, QUIT. Every failure on
 * the way is read by the failure policy and applied here (to the messages, the account's pause
 * state, the credential); what the worker should do next is the {@link SessionEnd} returned.
 */
export class SessionRunner {
  readonly sessions = new Set<Session>();
  /** Sessions carrying messages now. */
  busy = 0;
  /** Sessions logged in now. */
  private authenticated = 0;
  private readonly auth: Authenticator;

  constructor(private readonly p: SessionPool) {
    this.auth = new Authenticator(p, () => this.authenticated);
  }

  private get o(): ResolvedSenderOptions {
    return this.p.o;
  }

  private get counters() {
    return this.p.outcomes.counters;
  }

  private get emitter() {
    return this.p.outcomes.emitter;
  }

  /** Opens a session on `lease`'s slot and runs it until it ends. */
  async run(lease: SessionLease): Promise<SessionEnd> {
    // The token first: a session that cannot log in must not open a connection (an unreachable
    // token endpoint would otherwise cost a TCP and TLS handshake per try, for nothing).
    let token: AccessToken | undefined;
    if (this.p.login.usesTokens) {
      try {
        token = await this.p.login.token();
      } catch (err) {
        return this.auth.tokenFailed(err);
      }
      this.auth.tokenAnswered();
    }
    const run = new SessionRun(this.p.life, this.o.clock);
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
    try {
      const auth = await this.auth.logIn(session, token);
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
    const inflight: InFlight[] = [];
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
          !run.spent(inflight.length)
        ) {
          const job = this.p.takeJob();
          if (!job) break;
          inflight.push(inFlight(this.deliver(session, job, run)));
        }
        if (inflight.length === 0) {
          setBusy(false);
          // Retired just before the server would recycle it: the worker opens a fresh session.
          if (end !== undefined || this.p.closing() || !session.isAlive || run.spent(0)) break;
          const job = await waitForJob({
            clock: this.o.clock,
            idleTimeoutMs: this.o.idleTimeoutMs,
            spentInMs: run.msUntilSpent(),
            signal: this.p.signal,
            gone: session.gone,
            lease,
            next: () => this.p.takeJob(),
            idle: this.p.idle,
          });
          if (!job) break;
          if (!session.isAlive) {
            // The server closed the idle session just now: the message goes back, untouched.
            this.p.queue.unshift(job);
            break;
          }
          inflight.push(inFlight(this.deliver(session, job, run)));
          continue;
        }
        setBusy(true);
        // Transactions settle in order, but a message of several is not done at its first: the
        // one behind it may be, and its place goes to the next message while the long one goes on.
        const done = await Promise.race(inflight.map((d) => d.settled));
        inflight.splice(inflight.indexOf(done.delivery), 1);
        if (typeof done.outcome === 'object') end ??= done.outcome;
        if (!session.isAlive && inflight.length > 0) {
          for (const other of await Promise.all(inflight.splice(0).map((d) => d.settled))) {
            if (typeof other.outcome === 'object') end ??= other.outcome;
          }
        }
      }
      return end ?? { kind: 'done' };
    } finally {
      setBusy(false);
    }
  }

  private connectFailed(err: WireError): SessionEnd {
    const diagnosis = classify(err);
    const verdict = connectVerdict(err, diagnosis, this.p.streaks, this.o);
    if (verdict.kind === 'closed-once') return { kind: 'backoff', ms: 0 };
    if (verdict.kind === 'unreachable') {
      for (const job of this.p.queue.takeAll()) {
        job.lastError = err;
        job.diagnosis = diagnosis;
        this.p.outcomes.fail(
          job,
          'CONNECTION_FAILED',
          `Cannot connect to ${this.o.smtp.host}:${this.o.smtp.port}: ${err.message}`,
        );
      }
      return { kind: 'stop' };
    }
    for (const job of this.p.queue.jobs) {
      job.lastError = err;
      job.diagnosis = diagnosis;
    }
    return { kind: 'backoff', ms: verdict.ms };
  }

  // ---- messages ---------------------------------------------------------------------------

  private async deliver(session: Session, job: Job, run: SessionRun): Promise<Delivery> {
    if (!job.built) {
      try {
        job.built = await (job.building ?? this.p.build(job));
        job.messageId = job.built.messageId;
      } catch (err) {
        const e = err instanceof SenderError ? err : new SenderError('INVALID_MESSAGE', String(err));
        this.p.outcomes.reject(job, e);
        return 'refused';
      }
    }
    const built = job.built;
    job.progress ??= startProgress(built.envelope.to, job.skip);
    const progress = job.progress;
    if (progress.remaining.length === 0 && progress.accepted.length === 0) {
      this.p.outcomes.reject(
        job,
        new SenderError(
          'INVALID_MESSAGE',
          'Every recipient of the message is in skipRecipients: nothing to send',
          {
            messageId: built.messageId,
          },
        ),
      );
      return 'refused';
    }
    // A try that goes on where a recycled session cut the last one short is that same attempt.
    if (job.resumes) job.resumes = false;
    else job.attempts += 1;
    const answeredBefore = progress.accepted.length + progress.refused.length;
    let startedAt = this.o.clock.now();
    let response = '';
    try {
      // More recipients than one transaction takes: several transactions of the same bytes, one
      // after the other on this session; a retry later sends only to those still remaining.
      while (progress.remaining.length > 0) {
        const to = progress.remaining.slice(0, this.o.maxRecipientsPerMessage);
        // A fresh envelope per transaction: nodemailer keeps per-send bookkeeping (rejected recipients, errors) on it.
        const sending = session.send({ ...built.envelope, to }, built.raw);
        // Build the next messages only once this one is on its way: building is CPU work that
        // would otherwise sit between the server's 250 and the next MAIL FROM.
        this.p.prefetch();
        try {
          const info = await sending;
          recordTransaction(progress, to, info);
          response = info.response;
        } catch (e) {
          const err = e as WireError;
          if (!everyRecipientRefused(err)) throw e;
          // Every recipient of this transaction refused, one at least for good. When the message has
          // others (sent, to come, or skipped as sent before), that is an answer per recipient, not
          // the message's; alone, the message failed as before, each recipient with its reply.
          const others =
            progress.accepted.length +
              progress.refused.length +
              progress.skipped +
              progress.remaining.length >
            to.length;
          if (!others && !(err.rejectedErrors ?? []).some(tooManyRecipients)) {
            job.refused = refusalsOf(to, err);
            throw e;
          }
          recordAllRefused(progress, to, err);
          // nodemailer's own transaction needs RSET before the next; if that fails the next send
          // fails as a closed session, and the message goes on from `remaining` on a fresh one.
          if (!session.pipelines) await session.reset();
          startedAt = this.o.clock.now();
          continue;
        }
        job.reached = progress.accepted;
        job.refused = progress.refused;
        run.sent(startedAt);
        this.p.streaks.succeeded();
        // A transaction that went through accepted someone: tell the caller before the next one.
        if (progress.remaining.length > 0) {
          await tellReached(job, this.o.clock, this.o.smtp.socketTimeoutMs, this.p.signal);
          // close() gave up waiting meanwhile and is closing this session: no next transaction.
          if (this.p.signal.aborted) {
            this.p.outcomes.closed(job, 'between two transactions of the message');
            return 'closed';
          }
          // The server would recycle the session at the next MAIL FROM: the message goes on from
          // `remaining` on a fresh session now, instead of after a refused transaction and a 421.
          if (run.spent(0)) {
            job.resumes = true;
            this.p.requeue(job, false);
            return 'closed';
          }
        }
        startedAt = this.o.clock.now();
      }
      job.refused = progress.refused;
      const first = progress.refused[0];
      if (progress.accepted.length === 0 && first) {
        // Refused for every recipient, over several transactions: the message failed.
        job.diagnosis = first.diagnosis;
        this.p.outcomes.fail(
          job,
          'SEND_REJECTED',
          `Every recipient was refused; first reply: ${first.response}`,
        );
        return 'refused';
      }
      this.p.outcomes.sent(job, {
        messageId: built.messageId,
        accepted: progress.accepted,
        rejected: progress.refused.map((r) => r.address),
        rejectedRecipients: progress.refused,
        response,
        attempts: job.attempts,
      });
      this.p.outcomes.recordSent(progress.accepted.length);
      return 'sent';
    } catch (e) {
      const err = e as WireError;
      const diagnosis = classify(err);
      job.diagnosis = diagnosis;
      job.lastError = err;
      const dropped = connectionDropped(err, session.isAlive);
      // A 421 or a drop ends the session. After a refusal nodemailer's own transaction may still
      // expect replies to pipelined commands, so that session is not reused either; ours (a
      // pipelining session) reads every reply and carries on.
      if (!session.pipelines || err.responseCode === 421 || dropped) session.destroy();
      const verdict = deliveryVerdict(err, diagnosis, dropped, job.attempts, this.o);
      if (verdict.kind === 'refuse') {
        this.p.outcomes.fail(job, 'SEND_REJECTED', verdict.message);
        return 'refused';
      }
      if (verdict.kind === 'session-closed') {
        // Only the 421 itself says when the server recycles sessions; a message that was queued
        // behind it on the same session merely shared its end.
        if (err.responseCode === 421) run.recycled(startedAt);
        const reached = progress.accepted.length + progress.refused.length > answeredBefore;
        return this.sessionClosed(job, run, verdict.advice, reached);
      }
      this.p.retry(job, verdict.delayMs);
      return 'closed';
    }
  }

  /**
   * The server closed the session under `job`: requeue it at once, or back off (see the policy).
   * `reached`: this try had answers for some recipients before the close, so it was no failed
   * attempt of the message and the next try resumes it.
   */
  private sessionClosed(
    job: Job,
    run: SessionRun,
    advice: Parameters<typeof closedSessionVerdict>[2],
    reached: boolean,
  ): Delivery {
    const verdict = closedSessionVerdict(run.delivered, job.recycled, advice, this.p.streaks, this.o);
    if (verdict.kind === 'requeue') {
      job.recycled = true;
      job.resumes = reached;
      this.p.requeue(job);
      return 'closed';
    }
    this.p.retry(job, verdict.ms);
    return verdict;
  }
}

/** A delivery on a session; `settled` is made once, so racing it again and again adds no handlers that could go unobserved. */
interface InFlight {
  settled: Promise<{ delivery: InFlight; outcome: Delivery }>;
}

function inFlight(delivery: Promise<Delivery>): InFlight {
  const d = {} as InFlight;
  d.settled = delivery.then((outcome) => ({ delivery: d, outcome }));
  return d;
}

/**
 * Tells the caller who has the message before its next transaction (`SendOptions.onReached`).
 * Its failure changes nothing for the send: the recipients have the message either way. Waited
 * for at most `limitMs` (the socket's inactivity limit: the session sits idle meanwhile): a
 * listener that never settles must not hold the message, its session and close() forever.
 */
async function tellReached(job: Job, clock: Clock, limitMs: number, closed: AbortSignal): Promise<void> {
  if (!job.onReached || !job.reached) return;
  let timer: unknown;
  let stop: (() => void) | undefined;
  try {
    await Promise.race([
      job.onReached([...job.reached]),
      new Promise<void>((resolve) => {
        timer = clock.setTimeout(resolve, limitMs);
        // close() past its closeTimeoutMs ends the wait too: the message then fails with CLOSED
        // (its reached recipients in `accepted`) instead of after close() returned.
        stop = () => resolve();
        closed.addEventListener('abort', stop, { once: true });
        if (closed.aborted) resolve();
      }),
    ]);
  } catch {
    // The caller's store failed: a crash now could resend to them, as with no listener at all.
  } finally {
    clock.clearTimeout(timer);
    if (stop) closed.removeEventListener('abort', stop);
  }
}
