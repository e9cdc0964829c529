/** Counters tests assert on. `sim.stats` returns a snapshot; `sim.reset()` zeroes them. */
export interface GmailSimStats {
  /** TCP connections accepted, on every port. */
  connections: number;
  /** Connections open now. */
  openConnections: number;
  /** SMTP commands received (AUTH continuation lines included). */
  commands: number;
  /** AUTH exchanges that reached a decision, any mechanism. */
  authAttempts: number;
  /** AUTHs accepted (`235`). */
  authSuccesses: number;
  /** AUTHs rejected for bad credentials or tokens (`535`, `534`, the XOAUTH2 `334`). */
  authFailures: number;
  /** AUTHs answered `454 4.7.0`: over the session cap, or during a lockout. */
  auth454: number;
  /** Lockouts started. */
  lockouts: number;
  /** Highest number of concurrent authenticated sessions of any one account. */
  peakSessions: number;
  /** Highest number of concurrent authenticated sessions, per account (lower-cased user). */
  peakSessionsByAccount: Record<string, number>;
  /** Authenticated sessions open now, per account. */
  sessionsByAccount: Record<string, number>;
  /** Requests to the token endpoint, any outcome. */
  tokenRequests: number;
  /** Requests to the token-info endpoint. */
  tokenInfoRequests: number;
  /** Access tokens issued. */
  tokensIssued: number;
  /** Messages accepted with `250` at the end of DATA. */
  delivered: number;
  /** Deliveries that gave a recipient a Message-ID it had already got. */
  duplicates: number;
  /** Connections dropped on purpose in the middle of DATA. */
  droppedDuringData: number;
  /** Every catalog reply sent, counted by catalog id. */
  replies: Record<string, number>;
  /** Requests to the Gmail API endpoint (`sim.apiUrl`), any outcome. */
  apiRequests: number;
  /** Messages delivered through the Gmail API (also counted in `delivered`). */
  apiDelivered: number;
  /** Gmail API error answers by `reason` (`userRateLimitExceeded`, `authError`, …). */
  apiErrors: Record<string, number>;
}

/** A fresh set of zeroed counters. */
export function createStats(): GmailSimStats {
  return {
    connections: 0,
    openConnections: 0,
    commands: 0,
    authAttempts: 0,
    authSuccesses: 0,
    authFailures: 0,
    auth454: 0,
    lockouts: 0,
    peakSessions: 0,
    peakSessionsByAccount: {},
    sessionsByAccount: {},
    tokenRequests: 0,
    tokenInfoRequests: 0,
    tokensIssued: 0,
    delivered: 0,
    duplicates: 0,
    droppedDuringData: 0,
    replies: {},
    apiRequests: 0,
    apiDelivered: 0,
    apiErrors: {},
  };
}

/** A deep copy, so a snapshot taken by a test does not change under it. */
export function snapshotStats(stats: GmailSimStats): GmailSimStats {
  return {
    ...stats,
    peakSessionsByAccount: { ...stats.peakSessionsByAccount },
    sessionsByAccount: { ...stats.sessionsByAccount },
    replies: { ...stats.replies },
    apiErrors: { ...stats.apiErrors },
  };
}
