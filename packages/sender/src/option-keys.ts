import { type OptionShape, type OptionSpec, oneOf } from '@smtpfix/core';
import type { RetryOptions } from './backoff.js';
import type { GmailApiOptions } from './gmail-api/options.js';
import type {
  OAuth2Auth,
  PasswordAuth,
  SenderOptions,
  ServiceAccountAuth,
  SmtpOptions,
  TokenAuth,
} from './options.js';

// Every key of each options type, once. `satisfies` makes tsc fail when a key is added to (or
// removed from) an options interface and not here, so the unknown-key check cannot drift.
type ShapeOf<T> = { readonly [K in keyof Required<T>]: OptionSpec };

const oauth2 = {
  type: true,
  clientId: true,
  clientSecret: true,
  refreshToken: true,
  tokenUrl: true,
} satisfies ShapeOf<OAuth2Auth>;

const serviceAccount = {
  type: true,
  // A parsed JSON key file has more fields than the two read here (project_id, private_key_id, …).
  credentials: true,
  keyFile: true,
  subject: true,
  tokenUrl: true,
} satisfies ShapeOf<ServiceAccountAuth>;

const password = { type: true, pass: true } satisfies ShapeOf<PasswordAuth>;
const token = { type: true, getAccessToken: true } satisfies ShapeOf<TokenAuth>;

const smtp = {
  host: true,
  port: true,
  secure: true,
  requireTLS: true,
  // Node's own tls.connect options: not ours to police.
  tls: true,
  name: true,
  connectionTimeoutMs: true,
  greetingTimeoutMs: true,
  socketTimeoutMs: true,
} satisfies ShapeOf<SmtpOptions>;

const retry = {
  deadlineMs: true,
  maxAttempts: true,
  delayScale: true,
  factor: true,
  jitter: true,
  defaultDelayMs: true,
  maxDelayMs: true,
} satisfies ShapeOf<RetryOptions>;

const gmailApi = {
  rootUrl: true,
  userId: true,
  unitsPerMinute: true,
  sendCost: true,
  burstUnits: true,
  uploadAboveBytes: true,
  maxMessageBytes: true,
  timeoutMs: true,
} satisfies ShapeOf<GmailApiOptions>;

/**
 * The keys `createSender()` accepts, at every level, for core's `checkOptionKeys`. Exported so
 * packages that take sender options inside their own (the outbox's `sender`) check them the same way.
 */
export const senderOptionShape: OptionShape = {
  user: true,
  auth: oneOf('type', { oauth2, 'service-account': serviceAccount, password, token }),
  smtp,
  transport: true,
  gmailApi,
  maxConnections: true,
  maxRecipientsPerMessage: true,
  coordinator: true,
  retry,
  idleTimeoutMs: true,
  refreshBeforeExpiryMs: true,
  growBackAfterMs: true,
  closeTimeoutMs: true,
  clock: true,
  random: true,
} satisfies ShapeOf<SenderOptions>;
