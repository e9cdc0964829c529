import type { GmailSim } from '@smtpfix/gmail-sim';
import { SIM_USER } from '@smtpfix/test-utils';
import type { Clock } from '../backoff.js';
import type { SenderOptions } from '../options.js';
import { fastRetry, freshCoordinator } from './helpers.js';

/**
 * A clock that runs `speed` times faster than the wall clock, with real timers: a minute of
 * quota passes in a second of the test, and everything (pacing, quota windows) still really waits.
 */
export function fastClock(speed = 60): Clock & { speed: number } {
  const start = Date.now();
  return {
    speed,
    now: () => start + (Date.now() - start) * speed,
    setTimeout: (fn, ms) => setTimeout(fn, Math.max(0, ms / speed)),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
}

/** Options for a sender on the sim's Gmail API with an OAuth2 refresh token of the sim. */
export function apiSenderOptions(
  sim: GmailSim,
  extra: Partial<SenderOptions> & { scope?: string } = {},
): SenderOptions {
  const { scope, ...rest } = extra;
  return {
    user: SIM_USER,
    auth: {
      type: 'oauth2',
      clientId: 'client-id.apps.googleusercontent.com',
      clientSecret: 'client-secret',
      refreshToken: sim.issueRefreshToken(SIM_USER, scope === undefined ? {} : { scope }),
      tokenUrl: sim.tokenUrl,
    },
    transport: 'gmail-api',
    // Far above the sim's 6,000 units a minute unless a test paces on purpose.
    gmailApi: { rootUrl: sim.apiUrl, unitsPerMinute: 600_000 },
    coordinator: freshCoordinator(),
    retry: fastRetry,
    closeTimeoutMs: 3000,
    ...rest,
    ...(rest.gmailApi
      ? { gmailApi: { rootUrl: sim.apiUrl, unitsPerMinute: 600_000, ...rest.gmailApi } }
      : {}),
  };
}
