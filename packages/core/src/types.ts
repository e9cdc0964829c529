/**
 * Reply codes that Gmail and the SMTP layer below it use. A literal union, so a typo in a catalog
 * page fails `tsc` instead of silently never matching.
 */
export type ReplyCode =
  | 220
  | 221
  | 235
  | 250
  | 334
  | 421
  | 450
  | 451
  | 452
  | 454
  | 500
  | 501
  | 502
  | 503
  | 504
  | 523
  | 530
  | 534
  | 535
  | 550
  | 551
  | 552
  | 553
  | 554
  | 555;

/** An RFC 3463 enhanced status code such as `'4.7.0'` or `'5.7.26'`. */
export type EnhancedCode = `${2 | 4 | 5}.${number}.${number}`;

/** How bad it is for the person who pasted it. */
export type Severity = 'low' | 'medium' | 'high' | 'critical';

/** Who sends the error. `generic` entries explain a code that no provider entry names. */
export type Provider = 'gmail' | 'generic';

/**
 * The step at which the error comes back. `token` is Google's OAuth token endpoint, `connect`
 * and `tls` are below SMTP, `api` is Gmail's HTTP API (`users.messages.send` over HTTPS), `any`
 * is an error that can come back at more than one step.
 */
export type Stage =
  | 'token'
  | 'api'
  | 'connect'
  | 'tls'
  | 'EHLO'
  | 'STARTTLS'
  | 'AUTH'
  | 'MAIL'
  | 'RCPT'
  | 'DATA'
  | 'any';

/** One numbered fix on a page. */
export interface Fix {
  /** A short imperative title, e.g. "Back off and retry with exponential delay". */
  title: string;
  /** What to do, concretely. */
  detail: string;
}

/**
 * What a sender should do with a message that got this error.
 * - `backoff`: transient; retry the same message after `initialDelayMs`, growing to `maxDelayMs`.
 * - `fix-then-retry`: nothing changes until a person fixes something (credentials, DNS, content).
 * - `never`: retrying this message can never succeed (the mailbox does not exist, the message is too big).
 */
export type RetryAdvice =
  | { kind: 'backoff'; initialDelayMs: number; maxDelayMs: number; note: string }
  | { kind: 'fix-then-retry'; note: string }
  | { kind: 'never'; note: string };

/**
 * How the classifier recognises an entry. A page matches when any of its `phrases` occurs in the
 * normalised paste (lower case, whitespace folded, reply-code prefixes of continuation lines
 * removed). Codes confirm or separate entries that share a phrase; text beats code when they disagree.
 */
export interface Signature {
  /** Distinguishing phrases, lower case, as they appear in the provider's text. At least one. */
  phrases: string[];
  /**
   * Library and system error codes that name this page on their own (`ETIMEDOUT`, nodemailer's
   * `EDNS`, Node's `SELF_SIGNED_CERT_IN_CHAIN`): pastes of the layers below SMTP often carry nothing else.
   */
  errorCodes?: string[];
  /**
   * The SMTP steps at which these words mean this page. When a paste shows the step (nodemailer's
   * `command`, Postfix's "(in reply to MAIL FROM command)", Gmail's own "(EHLO)"), a page listing
   * it gains and one that does not loses. Defaults to the page's `stage`.
   */
  stages?: Stage[];
  /**
   * The basic reply codes under which these words mean this page: a paste whose reply code is
   * another one is another page's ("454 4.7.0 Temporary authentication failure" is RFC 4954's
   * temporary failure, smtp-auth-temporary-failure's; "530 5.7.57 … Error: 535 5.7.139 …" the
   * login-required page's). A paste with no reply code reaches the page only when it shows it is
   * SMTP (`outOfReach` in match.ts). Default: any, and no such condition.
   */
  replyCodes?: ReplyCode[];
  /**
   * Words that say this page's phrases mean something else in the paste (IMAP's
   * "[AUTHENTICATIONFAILED]", .NET's TLS "Authentication failed because the remote party …"):
   * with any of them the page is no candidate. Lower case, matched like phrases.
   */
  notWith?: string[];
  /**
   * Phrases (lower case, as in `phrases`) that are this page's only under these basic reply codes,
   * where the same words under another code are another failure: "Invalid domain name" answers
   * EHLO/HELO under 501 (Microsoft 365's 501 5.5.4, sendmail's 501 5.0.0) and names the recipient's
   * domain under 550. With no reply code in the paste such a phrase is no evidence.
   */
  phraseReplyCodes?: Record<string, ReplyCode[]>;
  /**
   * The reply code alone (one of `replyCodes`, or with none the page's own `replyCode`) names this
   * page when no phrase does and nothing in the paste points at Gmail: RFC 4954 gives 535 to a
   * refused AUTH and to nothing else.
   */
  byReplyCode?: boolean;
}

/** A row of Google's list whose enhanced code is a misprint of its page's (see `googleListMisprints`). */
export interface GoogleListMisprint {
  /** The enhanced code as Google's list prints it, e.g. `5.7.40`. */
  enhancedCode: string;
  /** The row's text, verbatim. */
  text: string;
  /** Why the row is the page's reply despite the printed code. */
  reason: string;
}

/** One fix page of the catalog. */
export interface CatalogEntry {
  /** Stable slug, e.g. `454-4.7.0-cannot-authenticate`. Never reused for another error. */
  id: string;
  provider: Provider;
  /** The SMTP reply code, or `null` for errors below SMTP (token endpoint, connection, TLS). */
  replyCode: ReplyCode | null;
  /** The enhanced status code, or `null` when the error has none. */
  enhancedCode: EnhancedCode | null;
  /** The provider's own wording. For a row of Google's published list, that row's text verbatim. */
  providerText: string;
  /** True for the rows of Google's "Gmail SMTP errors and codes" list. */
  fromGoogleList: boolean;
  /**
   * Further rows of Google's list that this page covers, each row's text verbatim: rows with the
   * page's own reply and enhanced code and the same cause, worded differently (Google's list has
   * nine `552 5.3.4` rows for message, attachment and header limits). A page for a live reply may
   * list the rows that are its published wording. The page's phrases may quote these rows.
   */
  googleListRows?: string[];
  /**
   * Rows of Google's list that print this page's reply with a mistyped enhanced code: the code as
   * printed (one digit appended to the page's, `5.7.40` for `5.7.4`), the row's text verbatim, and
   * why the row is this reply (what Gmail sends, the list's older copy, other readers of the list).
   */
  googleListMisprints?: GoogleListMisprint[];
  title: string;
  severity: Severity;
  /** One or two sentences: what it is and what to do. */
  summary: string;
  /** Lines as they really appear in replies, logs and exceptions. */
  whatYouSee: string[];
  whatsHappening: string;
  causes: string[];
  fixes: Fix[];
  prevention: string;
  /** Ids of related entries. Every id must exist in the catalog. */
  related: string[];
  retry: RetryAdvice;
  stage: Stage;
  /** Google's help page for this error, where one exists. */
  helpUrl?: string;
  signature: Signature;
  /** Where the wording was seen: Google's list, public issues and pages. */
  sources: string[];
  /** ISO date (YYYY-MM-DD) the page's facts were last checked against its sources. */
  checked?: string;
}
