// The whole public API of @smtpfix/core.

export type { Candidate } from './match.js';
export type { Diagnosis } from './classify.js';
export { classify, calibrate, originNoteOf } from './classify.js';
export type { ReplyOrigin } from './origin.js';
export type { ParsedReply, ProviderHints, SmtpErrorLike, XOAuth2Challenge } from './parse.js';
export { parseReply, MAX_PASTE_CHARS } from './parse.js';
export type { ScanCount, ScanReport } from './scan.js';
export { scan } from './scan.js';
export { catalog, getEntry, lookup, genericFor } from './catalog.js';
export type { SmtpReply } from './reply.js';
export { replyFor } from './reply.js';
export { renderText, renderMarkdown, renderDiagnosisText, renderDiagnosisMarkdown } from './render.js';
export { SmtpfixError, CatalogError, isCodedError, isSmtpfixError } from './errors.js';
export type { CatalogProblem, GoogleListRow } from './rules.js';
export { checkCatalog, catalogRules } from './rules.js';
export type {
  CatalogEntry,
  EnhancedCode,
  Fix,
  GoogleListMisprint,
  Provider,
  ReplyCode,
  RetryAdvice,
  Severity,
  Signature,
  Stage,
} from './types.js';
export { isGenericEhloName } from './ehlo.js';
export type { OptionList, OptionShape, OptionSpec, OptionUnion, UnknownOption } from './option-keys.js';
export { checkOptionKeys, editDistance, listOf, oneOf } from './option-keys.js';
export type { Bounce, BounceFormat, BounceRecipient } from './bounce.js';
export { readBounce, looksLikeBounce } from './bounce.js';
export type { BounceDiagnosis, RecipientDiagnosis } from './bounce-classify.js';
export type { BounceReason } from './reason.js';
export { bounceReasons, reasonOfStatus } from './reason.js';
export type { BounceScanner, BounceScanReport, BouncePageCount } from './mailbox.js';
export { createBounceScanner } from './mailbox.js';
export { MASK, maskSecrets } from './mask.js';
export { fixPagePath, fixPageUrl, isGenericCodePage } from './site-url.js';
