import { classify } from '@smtpfix/core';
import type { WireError } from '../errors.js';
import type { RejectedRecipient } from '../sender.js';

// Where a message's recipients stand when it needs more than one transaction: Gmail takes 100
// recipients per message over SMTP and refuses the rest with `452 4.5.3`, which RFC 5321
// (4.5.3.1.10) tells a client to send in a later transaction, not to drop.

/** The recipients of one message across its transactions. */
export interface RecipientProgress {
  /** Not yet answered for good, in order: the next transaction takes the first ones. */
  remaining: string[];
  /** Accepted by the server: they have the message. */
  accepted: string[];
  /** Refused for good in a transaction that went through for others. */
  refused: RejectedRecipient[];
  /** Left out: `skipRecipients` named them (they have the message from an earlier send). */
  skipped: number;
}

/**
 * Every recipient of the envelope still to be sent to, each once whatever its case (nodemailer
 * drops only exact repeats, and `Ana@x` and `ana@x` in two transactions would be two deliveries to
 * one mailbox), but those `skip` names (lower-cased).
 */
export function startProgress(to: readonly string[], skip?: ReadonlySet<string>): RecipientProgress {
  const seen = new Set<string>();
  const remaining: string[] = [];
  let skipped = 0;
  for (const address of to) {
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (skip?.has(key)) skipped += 1;
    else remaining.push(address);
  }
  return { remaining, accepted: [], refused: [], skipped };
}

/** A refusal that only says this transaction has enough recipients: send the rest in the next. */
export function tooManyRecipients(err: WireError | undefined): boolean {
  const text = err?.response ?? err?.message ?? '';
  return err?.responseCode === 452 && (/\b4\.5\.3\b/.test(text) || /too many recipients/i.test(text));
}

/**
 * Records what a transaction to `sent` did: accepted recipients have it, a recipient refused with
 * `452 4.5.3` goes first into the next transaction, any other refusal is final for that recipient
 * and carries its catalog entry.
 */
export function recordTransaction(
  progress: RecipientProgress,
  sent: readonly string[],
  result: { accepted: readonly string[]; rejected: readonly string[]; rejectedErrors?: readonly WireError[] },
): void {
  progress.accepted.push(...result.accepted);
  const again: string[] = [];
  for (const address of result.rejected) {
    const err = result.rejectedErrors?.find((e) => e.recipient === address);
    if (tooManyRecipients(err)) again.push(address);
    else progress.refused.push(refusal(address, err));
  }
  progress.remaining = [...again, ...progress.remaining.slice(sent.length)];
}

/**
 * A transaction that carried nothing because every recipient was refused, at least one for good
 * (a 5xx): an answer per recipient. When every refusal is temporary (4xx) the whole transaction is
 * retried later instead.
 */
export function everyRecipientRefused(err: WireError): boolean {
  if (err.command !== 'RCPT TO' || err.code !== 'EENVELOPE') return false;
  const each = err.rejectedErrors ?? [];
  return each.length > 0 ? each.some((e) => (e.responseCode ?? 0) >= 500) : (err.responseCode ?? 0) >= 500;
}

/** Every recipient of `sent` refused for good (the transaction carried nothing), with their own replies. */
export function recordAllRefused(progress: RecipientProgress, sent: readonly string[], err: WireError): void {
  const again: string[] = [];
  for (const address of sent) {
    const own = err.rejectedErrors?.find((e) => e.recipient === address);
    // A 5xx to someone else in the transaction does not end a 452 4.5.3 recipient: it goes next.
    if (tooManyRecipients(own)) again.push(address);
    else progress.refused.push(refusal(address, own ?? err));
  }
  progress.remaining = [...again, ...progress.remaining.slice(sent.length)];
}

/** Each recipient of `sent` with its own refusal, from a transaction refused for all of them. */
export function refusalsOf(sent: readonly string[], err: WireError): RejectedRecipient[] {
  return sent.map((address) =>
    refusal(address, err.rejectedErrors?.find((e) => e.recipient === address) ?? err),
  );
}

function refusal(address: string, err: WireError | undefined): RejectedRecipient {
  const response = err?.response ?? err?.message ?? '';
  return { address, response, diagnosis: classify(err ?? response) };
}
