// The whole public API of @smtpfix/sender.

export type { RejectedRecipient, Sender, SendOptions, SendResult } from './sender.js';
export { createSender } from './sender.js';
export type {
  AuthOptions,
  OAuth2Auth,
  PasswordAuth,
  ResolvedAuth,
  ResolvedSenderOptions,
  SenderOptions,
  ServiceAccountAuth,
  ServiceAccountKey,
  SmtpOptions,
  TokenAuth,
} from './options.js';
export { GOOGLE_TOKEN_URL, resolveSenderOptions } from './options.js';
export type { GmailApiOptions } from './gmail-api/options.js';
export { defaultGmailApiOptions, GMAIL_API_ROOT_URL } from './gmail-api/options.js';
export { senderOptionShape } from './option-keys.js';
export type { Clock, RetryOptions } from './backoff.js';
export { defaultRetryOptions, retryDelay, systemClock } from './backoff.js';
export type {
  AccessToken,
  AccountState,
  Coordinator,
  CredentialRejection,
  PauseUpdate,
  QuotaBudget,
  SendCounts,
  SessionLease,
} from './coordinator.js';
export { InProcessCoordinator, inProcessCoordinator } from './coordinator.js';
export { Semaphore } from './semaphore.js';
export type { SenderErrorCode, SenderErrorDetails, WireError } from './errors.js';
export { isSenderError, SenderError } from './errors.js';
export type { SenderEventName, SenderEvents, SenderListener, SenderStats } from './events.js';
export type { BuiltMessage, MailMessage } from './message.js';
export { GMAIL_SCOPE, TokenRequestError } from './tokens.js';
export type {
  DoctorReport,
  DoctorSettings,
  DoctorStep,
  DoctorStepId,
  DoctorStepStatus,
} from './doctor/index.js';
export {
  DOCTOR_STEPS,
  doctor,
  GOOGLE_TOKENINFO_URL,
  isGenericEhloName,
  renderDoctorReport,
} from './doctor/index.js';
