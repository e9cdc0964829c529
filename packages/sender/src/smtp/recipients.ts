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
}

/** Every recipient of the envelope still to be sent to, but those `skip` names (lower-cased). */
export function startProgress(to: readonly string[], skip?: ReadonlySet<string>): RecipientProgress {
  return {
    remaining: skip ? to.filter((a) => !skip.has(a.toLowerCase())) : [...to],
    accepted: [],
    refused: [],
  };
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

/** A transaction refused because every one of its recipients was refused for good (a 5xx to each). */
export function everyRecipientRefused(err: WireError): boolean {
  return err.command === 'RCPT TO' && err.code === 'EENVELOPE' && (err.responseCode ?? 0) >= 500;
}

/** Every recipient of `sent` refused for good (the transaction carried nothing), with their own replies. */
export function recordAllRefused(progress: RecipientProgress, sent: readonly string[], err: WireError): void {
  for (const address of sent) {
    const own = err.rejectedErrors?.find((e) => e.recipient === address);
    progress.refused.push(refusal(address, own ?? err));
  }
  progress.remaining = progress.remaining.slice(sent.length);
}

function refusal(address: string, err: WireError | undefined): RejectedRecipient {
  const response = err?.response ?? err?.message ?? '';
  return { address, response, diagnosis: classify(err ?? response) };
}
