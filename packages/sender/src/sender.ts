import type { Diagnosis } from '@smtpfix/core';
import { GmailApiSender } from './gmail-api/sender.js';
import type { SenderEventName, SenderListener, SenderStats } from './events.js';
import type { MailMessage } from './message.js';
import { resolveSenderOptions, type SenderOptions } from './options.js';
import { PooledSender } from './smtp/pooled-sender.js';

// The sender's public face: what a Sender is and the factory that picks its transport. How the SMTP
// transport works is in smtp/ (scheduling, a session's life, the failure policy); the Gmail API
// transport is in gmail-api/.

/** What `send()` resolves with. */
export interface SendResult {
  /** The Message-ID header of the message, the same on every attempt. */
  messageId: string;
  /** Recipients the server accepted. */
  accepted: string[];
  /** Recipients the server refused (the message went to the others). */
  rejected: string[];
  /** Each refused recipient with the server's reply and the catalog's reading of it, in `rejected`'s order. */
  rejectedRecipients: RejectedRecipient[];
  /** The server's final reply, e.g. `250 2.0.0 OK … - gsmtp`. */
  response: string;
  /** Attempts on the wire (1 when it went through at once). */
  attempts: number;
}

/** Options of one {@link Sender.send}. */
export interface SendOptions {
  /**
   * Recipients that already have this message, not to be sent to again: a failed send's
   * `SenderError.accepted`, when a message sent in several transactions failed after an earlier
   * one went through and is sent again. Matched without regard to case. SMTP transport only.
   */
  skipRecipients?: readonly string[];
  /**
   * Called when a message sent in several transactions has gone through one and has more to go,
   * with every recipient this send has reached so far; the next transaction waits for a returned
   * promise. A durable queue stores them there, so that a process that dies between two
   * transactions is not followed by a resend to those recipients (pass them as `skipRecipients`).
   * Not called after the last transaction: the send's own result says that. A throw or a rejected
   * promise is ignored (the transactions already made cannot be undone), and a promise is waited
   * for at most `smtp.socketTimeoutMs`, then the send goes on as if it had failed (a close() past
   * its `closeTimeoutMs` meanwhile fails the send with `CLOSED`). SMTP transport only.
   */
  onReached?: (reached: readonly string[]) => void | Promise<void>;
}

/** A recipient the server refused while it took the message for others. */
export interface RejectedRecipient {
  address: string;
  /** The server's reply to this recipient's `RCPT TO`, e.g. `550-5.1.1 The email account that you tried to reach does not exist…`. */
  response: string;
  /** The catalog's reading of that reply: its entry, whether to retry. */
  diagnosis: Diagnosis;
}

/** A sender for one account. Create it once per account and reuse it: it pools sessions. */
export interface Sender {
  /** The sending address. */
  readonly user: string;
  /**
   * Queues a message; resolves once Gmail accepted it. Rejects with a {@link SenderError} whose
   * `diagnosis` names the catalog entry, after retrying transient failures up to the deadline.
   */
  send(message: MailMessage, options?: SendOptions): Promise<SendResult>;
  /** Sends what is queued (up to `closeTimeoutMs`), fails the rest with `CLOSED`, then closes every session. */
  close(): Promise<void>;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends SenderEventName>(event: E, listener: SenderListener<E>): () => void;
  off<E extends SenderEventName>(event: E, listener: SenderListener<E>): void;
  /** A snapshot of the counters. */
  stats(): SenderStats;
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
