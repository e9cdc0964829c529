import { classify, getEntry } from '@smtpfix/core';
import type { GmailSim } from '@smtpfix/gmail-sim';
import { SIM_ACCOUNT_PASSWORD, SIM_APP_PASSWORD, SIM_USER, simTest as test } from '@smtpfix/test-utils';
import { describe, expect } from 'vitest';
import { defaultRetryOptions, systemClock } from '../backoff.js';
import type { AccountState } from '../coordinator.js';
import type { WireError } from '../errors.js';
import { resolveSenderOptions } from '../options.js';
import { tokenSource } from '../tokens.js';
import {
  type BackoffSettings,
  authVerdict,
  closedSessionVerdict,
  connectionDropped,
  connectVerdict,
  deliveryVerdict,
  FailureStreaks,
  SESSION_CAP_ID,
  sessionLimit,
  throttlePlan,
  tokenVerdict,
} from './failure-policy.js';
import { simSmtp } from '../test/helpers.js';
import { Session } from './session.js';

// Each rule of the failure policy, fed what a real server and a real token endpoint answer (the
// gmail-sim replies with catalog pages), with jitter off so the catalog's delays can be read back.

const noJitter: BackoffSettings = { retry: { ...defaultRetryOptions, jitter: 0 }, random: () => 0.5 };

function initialDelay(id: string): number {
  const retry = getEntry(id)?.retry;
  if (retry?.kind !== 'backoff') throw new Error(`${id} is not a back-off page`);
  return retry.initialDelayMs!;
}

/** Sends one message to `to` over a fresh logged-in session; returns how it failed. */
async function sendFailure(sim: GmailSim, to: string): Promise<{ err: WireError; alive: boolean }> {
  const session = await Session.open(simSmtp(sim));
  try {
    expect(await session.login({ kind: 'password', user: SIM_USER, pass: SIM_APP_PASSWORD })).toBeUndefined();
    try {
      await session.send({ from: SIM_USER, to: [to] }, Buffer.from(`Subject: x\r\n\r\nbody\r\n`));
    } catch (err) {
      return { err: err as WireError, alive: session.isAlive };
    }
    throw new Error('expected the send to fail');
  } finally {
    session.destroy();
  }
}

const state = (over: Partial<AccountState> = {}): AccountState => ({
  pausedUntil: 0,
  pauses: 0,
  sessionLimit: undefined,
  sessionLimitAt: 0,
  rejected: [],
  ...over,
});

describe('failure policy: a failed delivery', () => {
  test('a permanent refusal fails the message; a 4xx back-off page retries it after the catalog delay', async ({
    startSim,
  }) => {
    const sim = await startSim({
      mailboxes: {
        replies: {
          'gone@example.org': '550-5.1.1-no-such-user',
          'later@example.org': '451-4.3.0-temporarily-rejected',
        },
      },
    });
    const gone = await sendFailure(sim, 'gone@example.org');
    const refused = deliveryVerdict(gone.err, classify(gone.err), false, 1, noJitter);
    expect(refused).toMatchObject({ kind: 'refuse' });
    expect(refused.kind === 'refuse' && refused.message).toMatch(/^Gmail refused the message: 550/);

    const later = await sendFailure(sim, 'later@example.org');
    const first = initialDelay('451-4.3.0-temporarily-rejected');
    expect(deliveryVerdict(later.err, classify(later.err), false, 1, noJitter)).toEqual({
      kind: 'retry',
      delayMs: first,
    });
    // The delay doubles with the message's attempts.
    expect(deliveryVerdict(later.err, classify(later.err), false, 2, noJitter)).toEqual({
      kind: 'retry',
      delayMs: first * 2,
    });
  });

  test('a fix-then-retry 4xx is not resent, and the message says what to fix', async ({ startSim }) => {
    const sim = await startSim({ mailboxes: { replies: { 'bulk@example.org': '421-4.7.29-tls-required' } } });
    const { err } = await sendFailure(sim, 'bulk@example.org');
    const verdict = deliveryVerdict(err, classify(err), false, 1, noJitter);
    expect(verdict.kind).toBe('refuse');
    expect(verdict.kind === 'refuse' && verdict.message).toMatch(/cannot succeed until this is fixed/);
  });

  test('a 421 ends the session: the message goes back to a fresh session, backed off only on a fresh one', async ({
    sim,
  }) => {
    sim.injectFault('transient', { replyId: '421-4.7.0-session-recycled' });
    const { err, alive } = await sendFailure(sim, 'ana@example.org');
    expect(err.responseCode).toBe(421);
    const diagnosis = classify(err);
    const verdict = deliveryVerdict(err, diagnosis, connectionDropped(err, alive), 1, noJitter);
    expect(verdict).toEqual({ kind: 'session-closed', advice: diagnosis.entry?.retry });
    const advice = verdict.kind === 'session-closed' ? verdict.advice : null;

    const streaks = new FailureStreaks();
    // A working session (it had delivered), or the message's first such close: at once.
    expect(closedSessionVerdict(3, true, advice, streaks, noJitter)).toEqual({ kind: 'requeue' });
    expect(closedSessionVerdict(0, false, advice, streaks, noJitter)).toEqual({ kind: 'requeue' });
    expect(streaks.closes).toBe(0);
    // A fresh session closed under a message that was already handed back once: the catalog's delay.
    const first = initialDelay(diagnosis.entry!.id);
    expect(closedSessionVerdict(0, true, advice, streaks, noJitter)).toEqual({ kind: 'backoff', ms: first });
    expect(closedSessionVerdict(0, true, advice, streaks, noJitter)).toEqual({
      kind: 'backoff',
      ms: first * 2,
    });
    streaks.succeeded();
    expect(streaks.closes).toBe(0);
  });

  test('a connection dropped during DATA is always worth resending', async ({ sim }) => {
    sim.injectFault('drop-during-data');
    const { err, alive } = await sendFailure(sim, 'ana@example.org');
    expect(err.responseCode).toBeUndefined();
    const dropped = connectionDropped(err, alive);
    expect(dropped).toBe(true);
    expect(deliveryVerdict(err, classify(err), dropped, 1, noJitter).kind).toBe('session-closed');
  });
});

describe('failure policy: AUTH', () => {
  test('a refused password stops the credential; no reply at all is the session dying, not the credential', async ({
    sim,
  }) => {
    const session = await Session.open(simSmtp(sim));
    const failure = await session.login({ kind: 'password', user: SIM_USER, pass: SIM_ACCOUNT_PASSWORD });
    session.destroy();
    expect(failure?.error.responseCode).toBe(534);
    const streaks = new FailureStreaks();
    expect(authVerdict(failure!, classify(failure!.error), streaks, noJitter)).toEqual({ kind: 'reject' });
    expect(streaks.failures).toBe(0);

    const died = {
      error: { name: 'Error', message: 'Connection closed', code: 'ECONNECTION' },
      challenged: false,
    };
    const verdict = authVerdict(died, classify(died.error), streaks, noJitter);
    expect(verdict).toEqual({ kind: 'died', ms: defaultRetryOptions.defaultDelayMs });
    expect(streaks.failures).toBe(1);
  });

  test('a 421 at AUTH: the first of a run retries at once, the next throttles', () => {
    const error = {
      name: 'Error',
      message: 'x',
      response: '421 4.7.0 Try again later, closing connection.',
      responseCode: 421,
    };
    const failure = { error, challenged: false };
    const streaks = new FailureStreaks();
    expect(authVerdict(failure, classify(error), streaks, noJitter)).toEqual({ kind: 'closed-once' });
    expect(authVerdict(failure, classify(error), streaks, noJitter)).toEqual({ kind: 'throttle' });
    expect(streaks).toMatchObject({ closes: 2, failures: 1 });
  });

  test("the account's session cap shrinks to the sessions at work, or pauses every AUTH when none is ours", () => {
    const cap = classify('454 4.7.0 Cannot authenticate due to temporary system problem. Try again later.');
    expect(cap.entry?.id).toBe(SESSION_CAP_ID);
    const delay = initialDelay(SESSION_CAP_ID);
    expect(throttlePlan(cap, state(), 10, 3, 1, 1_000, noJitter)).toEqual({
      kind: 'shrink',
      sessionLimit: 3,
      delayMs: delay,
    });
    // None of ours open: a pause of the catalog's delay, widened by the account's earlier pauses.
    expect(throttlePlan(cap, state({ pauses: 2 }), 10, 0, 1, 1_000, noJitter)).toEqual({
      kind: 'pause',
      until: 1_000 + delay * 4,
      sessionLimit: 1,
      delayMs: delay * 4,
    });
  });

  test('a learned session cap grows back by one per growBackAfterMs, up to maxConnections', () => {
    const o = { maxConnections: 5, growBackAfterMs: 1_000 };
    expect(sessionLimit(state(), 0, o)).toBe(5);
    const learned = state({ sessionLimit: 2, sessionLimitAt: 10_000 });
    expect(sessionLimit(learned, 10_500, o)).toBe(2);
    expect(sessionLimit(learned, 12_000, o)).toBe(4);
    expect(sessionLimit(learned, 60_000, o)).toBe(5);
  });
});

describe('failure policy: connect and token', () => {
  test('a refused connection fails the queue; a 421 greeting retries once at once', async ({ sim }) => {
    const smtp = simSmtp(sim);
    await sim.close();
    const err = await Session.open(smtp).then(
      () => {
        throw new Error('expected the connect to fail');
      },
      (e: WireError) => e,
    );
    expect(connectVerdict(err, classify(err), new FailureStreaks(), noJitter)).toEqual({
      kind: 'unreachable',
    });

    const greeting = {
      name: 'Error',
      message: 'x',
      response: '421 4.7.0 Try again later, closing connection.',
      responseCode: 421,
    };
    const streaks = new FailureStreaks();
    expect(connectVerdict(greeting, classify(greeting), streaks, noJitter)).toEqual({ kind: 'closed-once' });
    expect(connectVerdict(greeting, classify(greeting), streaks, noJitter).kind).toBe('backoff');
  });

  test('a revoked grant stops the credential; a failing endpoint is waited out', async ({ sim }) => {
    const refreshToken = sim.issueRefreshToken(SIM_USER);
    const o = resolveSenderOptions({
      user: SIM_USER,
      auth: { type: 'oauth2', clientId: 'c', clientSecret: 's', refreshToken, tokenUrl: sim.tokenUrl },
    });
    const fetchToken = tokenSource(o.auth, systemClock)!;
    sim.injectFault('token-error', { times: 20 });
    const down = await fetchToken().catch((e: unknown) => e);
    expect(down).toMatchObject({ name: 'TokenRequestError', permanent: false });
    const streaks = new FailureStreaks();
    const wait = tokenVerdict(down, streaks, noJitter);
    expect(wait.kind).toBe('backoff');
    expect(streaks.failures).toBe(1);

    sim.revokeRefreshToken(refreshToken);
    sim.reset();
    const revoked = await fetchToken().catch((e: unknown) => e);
    expect(revoked).toMatchObject({ name: 'TokenRequestError', permanent: true });
    const stop = tokenVerdict(revoked, streaks, noJitter);
    expect(stop).toMatchObject({ kind: 'reject', reply: expect.stringContaining('invalid_grant') });
    expect(streaks.failures).toBe(1);
  });
});
