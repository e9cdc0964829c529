import { SIM_ACCOUNT_PASSWORD, SIM_USER, simTest as test } from '@smtpfix/test-utils';
import type { GmailSim } from '@smtpfix/gmail-sim';
import { describe, expect } from 'vitest';
import { type ResolvedSenderOptions, resolveSenderOptions, type SenderOptions } from '../options.js';
import { Outcomes } from '../outcome.js';
import { senderOptions } from '../test/helpers.js';
import { Login } from './login.js';
import { Session } from './session.js';

// One AUTH attempt against the gmail-sim's real SMTP server and token endpoint.

function login(
  sim: GmailSim,
  extra: Partial<SenderOptions> = {},
): { o: ResolvedSenderOptions; login: Login; outcomes: Outcomes } {
  const o = resolveSenderOptions(senderOptions(sim, extra));
  const outcomes = new Outcomes(o.user, o.maxConnections, { refuser: 'Gmail', stopped: 'AUTH is attempted' });
  return { o, login: new Login(o, outcomes), outcomes };
}

const oauth2 = (sim: GmailSim) => ({
  auth: {
    type: 'oauth2' as const,
    clientId: 'c',
    clientSecret: 's',
    refreshToken: sim.issueRefreshToken(SIM_USER),
    tokenUrl: sim.tokenUrl,
  },
});

describe('Login', () => {
  test('an app password logs in; the account password is refused with the reply', async ({
    sim,
    cleanup,
  }) => {
    const ok = login(sim);
    expect(ok.login.usesTokens).toBe(false);
    const a = await Session.open(ok.o.smtp);
    cleanup(() => a.destroy());
    expect(await ok.login.attempt(a, undefined)).toEqual({ kind: 'ok' });
    expect(ok.outcomes.counters.authAttempts).toBe(1);

    const bad = login(sim, { auth: { type: 'password', pass: SIM_ACCOUNT_PASSWORD } });
    const b = await Session.open(bad.o.smtp);
    cleanup(() => b.destroy());
    const outcome = await bad.login.attempt(b, undefined);
    expect(outcome.kind).toBe('refused');
    expect(outcome.kind === 'refused' && outcome.failure.error.responseCode).toBe(534);
    expect(outcome.kind === 'refused' && outcome.failure.challenged).toBe(false);
  });

  test('a prefetched token the server refuses (334) is replaced once, and the AUTH retried once', async ({
    sim,
    cleanup,
  }) => {
    const { o, login: l, outcomes } = login(sim, oauth2(sim));
    expect(l.usesTokens).toBe(true);
    const prefetched = await l.token();
    expect(sim.stats.tokenRequests).toBe(1);
    sim.revokeAccessTokens(SIM_USER);
    const session = await Session.open(o.smtp);
    cleanup(() => session.destroy());
    expect(await l.attempt(session, prefetched)).toEqual({ kind: 'ok' });
    expect(sim.stats.replies['334-xoauth2-challenge']).toBe(1);
    expect(sim.stats.tokenRequests).toBe(2);
    expect(outcomes.counters).toMatchObject({ authAttempts: 2, tokenRefreshes: 2 });
  });

  test('a credential the coordinator holds as refused is not tried; a token endpoint that fails is said so', async ({
    sim,
    cleanup,
  }) => {
    const { o, login: l } = login(sim, oauth2(sim));
    const session = await Session.open(o.smtp);
    cleanup(() => session.destroy());
    sim.injectFault('token-error', { times: 20 });
    const down = await l.attempt(session, undefined);
    expect(down).toMatchObject({ kind: 'no-token', err: { name: 'TokenRequestError', permanent: false } });
    sim.reset();

    const rejection = { fingerprint: o.credentialId, reply: 'invalid_grant', stage: 'token' as const, at: 0 };
    await o.coordinator.rejectCredential(o.account, rejection);
    const before = sim.stats.authAttempts;
    expect(await l.attempt(session, undefined)).toEqual({ kind: 'rejected', rejection });
    expect(sim.stats.authAttempts).toBe(before);
  });
});
