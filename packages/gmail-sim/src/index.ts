// The whole public API of @smtpfix/gmail-sim.

export type { GmailSim, IssueAccessTokenOptions, SimEndpoint } from './sim.js';
export { startGmailSim } from './sim.js';
export type {
  GmailSimOptions,
  ResolvedAccount,
  ResolvedOptions,
  ResolvedServiceAccount,
  SimAccount,
  SimFaults,
  SimLatency,
  SimLimits,
  SimMailboxes,
  SimOAuthClient,
  SimServiceAccount,
} from './options.js';
export {
  defaultAccount,
  defaultFaults,
  defaultGmailSimOptions,
  defaultLatency,
  defaultLimits,
  resolveOptions,
} from './options.js';
export type { SimApiOptions } from './api/options.js';
export { defaultApiOptions } from './api/options.js';
export type { ApiAnswer } from './api/errors.js';
export { PROFILE_SCOPES, SEND_SCOPES } from './api/endpoint.js';
export type { GmailSimErrorCode } from './errors.js';
export { GmailSimError, isGmailSimError } from './errors.js';
export type { GmailSimStats } from './stats.js';
export type { DeliveredMessage } from './messages.js';
export type { FaultKind, InjectFaultOptions } from './faults.js';
export type { IssueRefreshTokenOptions } from './tokens.js';
export { GMAIL_SCOPE } from './tokens.js';
export type { SmtpCommandRecord } from './smtp.js';
export { XOAUTH2_CHALLENGE } from './smtp.js';
export type { TokenRequestRecord } from './token-endpoint.js';
export { GOOGLE_TOKEN_URL } from './token-endpoint.js';
export type { TokenInfoAnswer } from './token-info.js';
export { GOOGLE_TOKENINFO_URL } from './token-info.js';
export type { SimReply } from './replies.js';
export { gmailReply } from './replies.js';
export type { SimCliIo, SimCliResult } from './cli.js';
export { parseSimArgs, runSimCli, simCliUsage } from './cli.js';
