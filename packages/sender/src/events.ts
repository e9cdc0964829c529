/** What each event of a sender carries. No event ever carries a credential or a token. */
export interface SenderEvents {
  /** A message was accepted by the server. */
  sent: { messageId: string; attempts: number; response: string };
  /** A transient failure; the message is queued again after `delayMs`. */
  retry: { messageId: string; attempt: number; delayMs: number; entryId: string | null; reply: string };
  /** A message failed for good (its promise rejects with the same `code`). */
  failed: { messageId: string | undefined; code: string; entryId: string | null; attempts: number };
  /** A new access token was fetched by this sender (one request to the token endpoint). */
  token: { expiresAt: number };
  /** AUTH was refused, or the token endpoint refused the grant. */
  'auth-failed': { entryId: string | null; reply: string; stage: 'auth' | 'token' };
  /** A `454 4.7.0`: the session cap shrank and/or new AUTH is paused. */
  throttled: { entryId: string | null; sessionLimit: number; pausedUntil: number };
  /** A session was opened or closed; `open` is this sender's count now. */
  connection: { open: number; change: 'opened' | 'closed' };
  /** The coordinator failed (Redis unreachable …); nothing is sent until it answers. */
  'coordinator-error': { message: string };
}

/** Name of a sender event. */
export type SenderEventName = keyof SenderEvents;

/** A listener of event `E`. */
export type SenderListener<E extends SenderEventName> = (payload: SenderEvents[E]) => void;

/** Counters of one sender since it was created: for logs and metrics. */
export interface SenderStats {
  /** Messages waiting to be sent or retried. */
  queued: number;
  /** Messages accepted by the server. */
  sent: number;
  /** Retries scheduled after transient failures. */
  retried: number;
  /** Messages failed for good. */
  failed: number;
  /** Failed messages by catalog entry id (`unknown` when no entry matched). */
  failedByEntry: Record<string, number>;
  /** Requests this sender made to the token endpoint (a shared token fetched by another sender is not counted). */
  tokenRefreshes: number;
  /** AUTH commands sent. */
  authAttempts: number;
  /** `454 4.7.0` replies received. */
  auth454: number;
  /** SMTP sessions opened (connected). */
  connectionsOpened: number;
  /** SMTP sessions open now. */
  connectionsOpen: number;
  /** The session cap the sender works with now (maxConnections, or less after a `454`). */
  sessionLimit: number;
  /** Messages of the account in the current minute and day windows, as counted by the coordinator. */
  sentThisMinute: number;
  sentToday: number;
  /**
   * Recipients the account's messages reached in the day window (Workspace's daily limit counts
   * 10,000 of these besides 2,000 messages), as counted by the coordinator.
   */
  recipientsToday: number;
  /**
   * With `transport: 'gmail-api'` only: API requests made, rate answers (429 …) received, and the
   * quota units per minute the account's shared bucket refills at now (lower after 429s).
   */
  gmailApi?: { requests: number; rateLimited: number; unitsPerMinute: number };
}

/** A tiny typed emitter: listener errors are swallowed so a bad listener cannot lose a message. */
export class Emitter {
  private readonly listeners = new Map<SenderEventName, Set<(p: never) => void>>();

  on<E extends SenderEventName>(event: E, listener: SenderListener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as (p: never) => void);
    return () => this.off(event, listener);
  }

  off<E extends SenderEventName>(event: E, listener: SenderListener<E>): void {
    this.listeners.get(event)?.delete(listener as (p: never) => void);
  }

  emit<E extends SenderEventName>(event: E, payload: SenderEvents[E]): void {
    for (const l of this.listeners.get(event) ?? []) {
      try {
        (l as SenderListener<E>)(payload);
      } catch {
        // A throwing listener must not break delivery.
      }
    }
  }
}
