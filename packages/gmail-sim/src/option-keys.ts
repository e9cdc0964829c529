import { listOf, type OptionShape, type OptionSpec } from '@smtpfix/core';
import type { SimApiOptions } from './api/options.js';
import type {
  GmailSimOptions,
  SimAccount,
  SimFaults,
  SimLatency,
  SimLimits,
  SimMailboxes,
  SimOAuthClient,
  SimServiceAccount,
} from './options.js';

// Every key of each options type, once. `satisfies` makes tsc fail when a key is added to (or
// removed from) an options interface and not here, so the unknown-key check cannot drift.
type ShapeOf<T> = { readonly [K in keyof Required<T>]: OptionSpec };

const account = {
  user: true,
  appPassword: true,
  password: true,
  twoStep: true,
} satisfies ShapeOf<SimAccount>;
const serviceAccount = {
  clientEmail: true,
  publicKey: true,
  scopes: true,
} satisfies ShapeOf<SimServiceAccount>;
const oauthClient = { clientId: true, clientSecret: true } satisfies ShapeOf<SimOAuthClient>;
const limits = {
  sessionsPerAccount: true,
  failedLoginsBeforeLockout: true,
  failedLoginWindowMs: true,
  lockoutMs: true,
  messagesPerMinute: true,
  messagesPerDay: true,
  recipientsPerMessage: true,
  maxMessageBytes: true,
  idleTimeoutMs: true,
  maxSessionMs: true,
  maxMessagesPerSession: true,
} satisfies ShapeOf<SimLimits>;
const latencyMs = { perCommand: true, perMessage: true, perReply: true } satisfies ShapeOf<SimLatency>;
// `replies` maps recipient addresses (any key) to catalog ids: a leaf, its keys are not checked.
const mailboxes = { unknown: true, overQuota: true, replies: true } satisfies ShapeOf<SimMailboxes>;
const faults = {
  seed: true,
  transientRate: true,
  transientReplies: true,
  dropDuringDataRate: true,
  closeSessionRate: true,
  tokenErrorRate: true,
  tokenLatencyMs: true,
} satisfies ShapeOf<SimFaults>;

const api = {
  unitsPerUserPerMinute: true,
  sendCost: true,
  profileCost: true,
  mailDisabled: true,
  jsonBodyLimitBytes: true,
} satisfies ShapeOf<SimApiOptions>;

/** The keys `startGmailSim()` accepts, at every level, for core's `checkOptionKeys`. */
export const gmailSimOptionShape: OptionShape = {
  accounts: listOf(account),
  serviceAccounts: listOf(serviceAccount),
  oauthClients: listOf(oauthClient),
  limits,
  latencyMs,
  mailboxes,
  faults,
  tokenTtlS: true,
  // `true`, or { key, cert } as PEM strings.
  tls: { key: true, cert: true },
  xoauth2Challenge: true,
  rateLimitReply: true,
  hostname: true,
  rejectGenericEhlo: true,
  silentPort: true,
  now: true,
  api,
} satisfies ShapeOf<GmailSimOptions>;
