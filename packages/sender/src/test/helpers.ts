import type { GmailSim } from '@smtpfix/gmail-sim';
import { SIM_APP_PASSWORD, SIM_USER } from '@smtpfix/test-utils';
import type { RetryOptions } from '../backoff.js';
import { InProcessCoordinator } from '../coordinator.js';
import { type ResolvedSenderOptions, resolveSenderOptions, type SenderOptions } from '../options.js';

/** Catalog delays scaled down 1000×: a 60 s back-off takes 60 ms. */
export const fastRetry: Partial<RetryOptions> = { delayScale: 0.001, deadlineMs: 5_000, jitter: 0.5 };

/** A coordinator private to one test, so tests do not share tokens or slots. */
export const freshCoordinator = () => new InProcessCoordinator();

/** Options for a sender logging in to `sim` with the app password, fast retries, a private coordinator. */
export function senderOptions(sim: GmailSim, extra: Partial<SenderOptions> = {}): SenderOptions {
  return {
    user: SIM_USER,
    auth: { type: 'password', pass: SIM_APP_PASSWORD },
    smtp: { ...sim.smtp, connectionTimeoutMs: 3000, greetingTimeoutMs: 3000, socketTimeoutMs: 5000 },
    coordinator: freshCoordinator(),
    retry: fastRetry,
    idleTimeoutMs: 200,
    closeTimeoutMs: 3000,
    ...extra,
  };
}

/** A message to `i`. */
export const mail = (i = 0) => ({ to: `rcpt${i}@example.org`, subject: `hello ${i}`, text: `message ${i}` });

/** The rejection of a promise expected to fail. */
export async function rejection(p: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await p;
  } catch (err) {
    return err as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}

/** The resolved SMTP options of {@link senderOptions}, for tests that open a `Session` themselves. */
export function simSmtp(sim: GmailSim): ResolvedSenderOptions['smtp'] {
  return resolveSenderOptions(senderOptions(sim)).smtp;
}
