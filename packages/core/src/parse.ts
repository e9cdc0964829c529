import { foldForMatch, unmangle } from './normalize.js';
import { errnoNames } from './catalog/families.js';
import { originOf, type ReplyOrigin } from './origin.js';
import type { Stage } from './types.js';

/** Which mail provider the paste itself points at, from host names and wording in it. */
export interface ProviderHints {
  /** The paste names Google or Gmail (`gsmtp`, `google.com`, `smtp.gmail.com`, …). */
  gmail: boolean;
  /** Another provider the paste names (`microsoft`, `yahoo`, `amazon-ses`, …), or `null`. */
  other: string | null;
}

/** What {@link parseReply} reads out of a paste. */
export interface ParsedReply {
  /** The first error reply code (4xx/5xx, or 334 for an XOAUTH2 challenge), or `null`. */
  replyCode: number | null;
  /** The enhanced status code that goes with it (`'5.7.8'`), or `null`. */
  enhancedCode: string | null;
  /** The paste with escaping undone; what renderers quote back. */
  text: string;
  /** The SMTP command it answered, when the paste says (`AUTH PLAIN`, `DATA`, nodemailer's `command`). */
  command: string | null;
  /**
   * The SMTP step the reply answered, when the paste shows it: from the command, Postfix's and
   * Exim's "(in reply to RCPT TO command)" / "after MAIL FROM", Gmail's own "(EHLO)", PHPMailer's
   * "MAIL FROM command failed", smtplib's and Jakarta Mail's exception classes. `null` when unknown.
   */
  stage: Stage | null;
  /** A library or system error code in the paste (`EAUTH`, `ETIMEDOUT`, `ECONNREFUSED`), or `null`. */
  errorCode: string | null;
  providerHints: ProviderHints;
  /**
   * Whose server wrote the reply, from evidence rather than words: the replier's host where the
   * paste names it, Gmail's `gsmtp` suffix, another provider's hosts, banners and idioms.
   */
  origin: ReplyOrigin;
  /**
   * Every distinct reply-code pair in the paste (`550 5.7.1`), in order. A wrapper's own code comes
   * first; the reply it quotes is still here, so a page can agree with either.
   */
  pairs: { replyCode: number; enhancedCode: string }[];
  /** Gmail's session id before `- gsmtp`, or `null`. */
  sessionId: string | null;
  /** The `?p=` topic of Google's help link (`BadCredentials`), or `null`. */
  helpTopic: string | null;
  /** Gmail's XOAUTH2 `334` challenge decoded (`{"status":"400","schemes":"Bearer","scope":…}`), or `null`. */
  challenge: XOAuth2Challenge | null;
  /** @internal the folded form matched against catalog phrases. */
  folded: string;
  /**
   * @internal `replyCode` was read from a library's NAME for it (.NET's "Mailbox unavailable. The
   * server response was: …", MailKit's `StatusCode: MailboxUnavailable`), not written in the paste:
   * it says what the server answered, not whose server it was, so pages are matched without it.
   */
  codeByName?: boolean;
}

/** The JSON that Gmail base64-encodes into its XOAUTH2 `334` challenge. */
export interface XOAuth2Challenge {
  status: string | null;
  schemes: string | null;
  scope: string | null;
}

/** The shape of nodemailer's (and most SMTP libraries') error objects. */
export interface SmtpErrorLike {
  message?: unknown;
  code?: unknown;
  response?: unknown;
  responseCode?: unknown;
  command?: unknown;
}

const OTHER_PROVIDERS: readonly [RegExp, string][] = [
  [
    /outlook|office ?365|microsoft|hotmail|live\.com|exchange online|\.prod\.outlook|smtpclientauthentication|protection\.outlook/,
    'microsoft',
  ],
  [/yahoo|yahoodns|\baol\b|aol\.com|verizonmedia/, 'yahoo'],
  [/amazonses|amazon ses|amazonaws|email-smtp\.|\baws\b|\bses\b/, 'amazon-ses'],
  [/sendgrid/, 'sendgrid'],
  [/mailgun/, 'mailgun'],
  [/zoho/, 'zoho'],
  [/icloud|\bme\.com|apple\.com/, 'icloud'],
  [/postmark/, 'postmark'],
  [/sparkpost/, 'sparkpost'],
  [/mandrill|mailchimp/, 'mailchimp'],
  [/sendinblue|brevo/, 'brevo'],
  [/mimecast/, 'mimecast'],
  [/proofpoint|pphosted/, 'proofpoint'],
  [/barracuda/, 'barracuda'],
  [/secureserver\.net|godaddy/, 'godaddy'],
  [/yandex|mail\.ru|\bgmx\b|web\.de|qq\.com|163\.com|protonmail|fastmail/, 'other'],
  [/\bpostfix\b|\bexim\b|\bsendmail\b|user unknown in (?:local|virtual)|relay access denied/, 'mail-server'],
];
// Host names and libraries, not addresses: a bounce from another provider often names a @gmail.com recipient.
const GMAIL =
  /gsmtp|google\.com|googlemail\.com|smtp\.gmail\.com|smtp-relay\.gmail\.com|gmail-smtp|googleapis|\bgaxios|google\.auth|oauth2-google|\bgoogle\b/;

// Reply code and enhanced code as they appear together: "550-5.7.1", "535 5.7.8", "(535, b'5.7.8".
// Also a client library's code in brackets or before a colon, then the reply's own text: Rust
// lettre's "permanent error (550): 5.1.1 …" (src/transport/smtp/error.rs, `"permanent error
// ({code})"` then `": {source}"`), MailKit's AuthenticationException "535: 5.7.8 …"
// (MailKit/Net/Smtp/SmtpClient.cs, `"{0}: {1}", (int) response.StatusCode, response.Response`).
const PAIR = /\b([2-5][0-5]\d)(?:[ -]|, b?['"]|, ?|\)?: )([245]\.\d{1,3}\.\d{1,3})\b/g;
const ENHANCED = /(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])/;
// OpenSMTPD logs a failed command's reply after an arrow: `"RCPT TO:<…>" => 451 Temporary failure`.
// A table or tracker copied with tabs between its columns ("100.0%\t550 Message rejected") puts the
// reply after a tab; a person quoting it puts it after a double quote ("I get a lot of "421 …"").
// A mail reply or a forum quotes it after "> " at the line's start ("> 550 Command Rejected"), and
// a web page's source after a tag ("<div>550 …", "<br>550 …").
// Also after an app's "failed - " ("Mail from command failed - 501 Syntax error", batch-33); not any
// " - " (a logger's "Handler - 500 Status Code" is no reply, batch-37).
const LEADING_CODE =
  /(?:^|\n|\t|: |(?<=\bfailed) - |\(|\[|" => |"|(?:^|\n)[ \t]*(?:>[ \t]?)+|<(?:div|p|br|pre|code|span|td|li)\b[^<>\n]{0,80}>)[ \t]*([45][0-5]\d|334)(?=[ -]\S)/;
// Python's smtplib puts the code first in its exception's tuple, before the reply's bytes:
// "SMTPDataError: (550, b'… Mail rejected')", also when no enhanced code follows.
const SMTPLIB_TUPLE = /\(([45][0-5]\d), b?['"]/;
const RESPONSE_CODE = /response ?code[=:"' ]+([45][0-5]\d)/i;
// Mail apps that report the server's reply code in their own sentence, with no reply line:
// mailsend's "Expected smtp code 250, got 552", PHP mailers' "Expected response code 250 but got
// code "550"", K-9 Mail's "Negative SMTP reply:550 …". The code the app got is the server's.
// Also a library's code around a reply with no enhanced code: lettre's "permanent error (550): …" /
// "transient error (421): …" (src/transport/smtp/error.rs), MailKit's "…Exception: 535: …"
// (SmtpClient.cs, the code then the reply's text), Symfony Mailer's 'Expected response code
// "250/251/252" but got code "550"' (Transport/Smtp/SmtpTransport.php, assertResponseCode),
// Roundcube's 'SMTP Error ($code): Failed to add recipient "$to" ($msg).' and its log line
// "Failed to add recipient '$to': $msg (Code: $code)" (program/localization/en_US/messages.inc,
// program/lib/Roundcube/rcube_smtp.php `_conn_error`; $msg is PEAR Net_SMTP's reply text without
// its code).
// libcurl's SMTP state machine (lib/smtp.c) prints only the code of a refused step: failf's "MAIL
// failed: %d", "RCPT failed: %d", "DATA failed: %d" and, for a greeting that was no 2xx, "Got
// unexpected smtp-server response: %d"; R's and PHP's curl and the CLI ("curl: (55) …") put it after
// ": " or the exit code. The number is the server's reply code, with no words of the server's.
const CURL_STEP_CODE =
  /(?:^|[:)] )(?:(?:mail|rcpt|data) failed|got unexpected smtp-server response): ([45][0-5]\d)\b/i;
const APP_WRAPPED_CODE =
  /\bexpected (?:smtp |response )?(?:code|reply) "?\d{3}(?:\/\d{3}){0,4}"?,? (?:but )?got(?: code)? ["']?([45][0-5]\d)\b|\bnegative smtp reply: ?([45][0-5]\d)\b|\b(?:permanent error|transient error|smtp error) \(([45][0-5]\d)\)|Exception: ([45][0-5]\d): \S|\(code: ([45][0-5]\d)\)/i;
// .NET's System.Net.Mail and MailKit drop the reply code from what they print and say it by name:
// .NET's SmtpException puts its sentence for the code before "The server response was: <the reply
// without its code>" (dotnet/runtime System.Net.Mail Resources/Strings.resx, SmtpMailboxUnavailable
// … MailServerResponse; the code → sentence map in SmtpException.cs), and both name it as
// `SmtpStatusCode` (`StatusCode: MailboxUnavailable`; MailKit/Net/Smtp/SmtpStatusCode.cs, whose older
// AuthenticationException printed "{StatusCode}: {reply}"). The name or sentence gives the code.
const STATUS_NAMES: Record<string, number> = {
  serviceNotAvailable: 421,
  passwordTransitionNeeded: 432,
  mailboxBusy: 450,
  localErrorInProcessing: 451,
  errorInProcessing: 451,
  insufficientStorage: 452,
  clientNotPermitted: 454,
  temporaryAuthenticationFailure: 454,
  commandUnrecognized: 500,
  syntaxError: 501,
  commandNotImplemented: 502,
  badCommandSequence: 503,
  commandParameterNotImplemented: 504,
  mustIssueStartTlsFirst: 530,
  authenticationRequired: 530,
  authenticationMechanismTooWeak: 534,
  authenticationInvalidCredentials: 535,
  encryptionRequiredForAuthenticationMechanism: 538,
  mailboxUnavailable: 550,
  userNotLocalTryAlternatePath: 551,
  exceededStorageAllocation: 552,
  mailboxNameNotAllowed: 553,
  transactionFailed: 554,
};
const STATUS_NAME =
  /(?:\bSmtpStatusCode\.|\bStatusCode["']?\s?[:=]\s?["']?|Exception: )([A-Z][A-Za-z]{5,50})\b/g;
// .NET's sentences (Strings.resx) before its "The server response was:"; "Mailbox unavailable." is
// also its MailboxBusy (450), told apart by the reply's own enhanced code.
const DOTNET_SENTENCES: readonly [string, number][] = [
  ['service not available, closing transmission channel', 421],
  ['error in processing', 451],
  ['insufficient system storage', 452],
  ['client does not have permission to submit mail to this server', 454],
  ['syntax error, command unrecognized', 500],
  ['syntax error in parameters or arguments', 501],
  ['command not implemented', 502],
  ['bad sequence of commands', 503],
  ['command parameter not implemented', 504],
  ['the smtp server requires a secure connection or the client was not authenticated', 530],
  ['mailbox unavailable', 550],
  ['user not local; please try a different path', 551],
  ['exceeded storage allocation', 552],
  ['mailbox name not allowed', 553],
  ['transaction failed', 554],
];
// The sentence before "The server response was:", or alone after .NET's SmtpException /
// SmtpFailedRecipient(s)Exception when the server's text was empty.
const DOTNET_FRAME =
  /([a-z][a-z ,;]{8,80})\. the server response was:|\bSmtp(?:FailedRecipients?)?Exception: ([a-z][a-z ,;]{8,80})\.(?!\S)/i;
const DOTNET_WORDS = /the server response was:|\bSmtp(?:FailedRecipients?)?Exception: /i;

function libraryStatusCode(text: string): number | null {
  STATUS_NAME.lastIndex = 0;
  for (let m = STATUS_NAME.exec(text), n = 0; m && n < 8; m = STATUS_NAME.exec(text), n++) {
    const named = m[1]!;
    const code = STATUS_NAMES[named[0]!.toLowerCase() + named.slice(1)];
    if (code !== undefined) return code;
  }
  // Tried at every letter of the text, so only where .NET's words are (most pastes have none).
  const frame = DOTNET_WORDS.test(text) ? DOTNET_FRAME.exec(text) : null;
  if (!frame) return null;
  const sentence = (frame[1] ?? frame[2]!).toLowerCase();
  for (const [words, code] of DOTNET_SENTENCES) {
    if (frame[1] ? !sentence.endsWith(words) : sentence !== words) continue;
    return code === 550 && ENHANCED.exec(text)?.[1]?.startsWith('4') ? 450 : code;
  }
  return null;
}
const ERROR_CODE =
  /\b(E(?:AUTH|ACCES|PERM|TIMEDOUT|CONNREFUSED|CONNRESET|CONNECTION|SOCKET|DNS|ENVELOPE|MESSAGE|STREAM|TLS|PROTOCOL|NOTFOUND|AI_AGAIN|HOSTUNREACH|NETUNREACH|ADDRNOTAVAIL|PIPE)|EAI_AGAIN|ENOTFOUND)\b/;
const COMMAND =
  /\b(?:command|cmd)['"]?[:=] ?['"]?((?:AUTH(?: [A-Z0-9]+)?|EHLO|HELO|MAIL(?: FROM)?|RCPT(?: TO)?|DATA|STARTTLS|CONN|QUIT|RSET)\b)/i;
// Where a paste names the step, in the words each layer uses; the earliest in the paste wins.
// libcurl's "MAIL failed: 530" (lib/smtp.c, see CURL_STEP_CODE) names its step by the command.
const STAGE_WORDS: readonly [RegExp, Stage][] = [
  [
    /in reply to (?:end of )?data command|after end of data|data end command failed|smtpdataerror|\bafter data\b|messagenotaccepted|(?:^|[:)] )data failed: [45]\d\d\b/,
    'DATA',
  ],
  [
    /in reply to rcpt to command|after rcpt to|rcpt to command failed|smtprecipientsrefused|smtpaddressfailedexception|recipientnotaccepted|(?:^|[:)] )rcpt failed: [45]\d\d\b/,
    'RCPT',
  ],
  [
    /in reply to mail from command|after (?:pipelined )?mail from|mail from command failed|smtpsenderrefused|smtpsenderfailedexception|sendernotaccepted|(?:^|[:)] )mail failed: [45]\d\d\b/,
    'MAIL',
  ],
  [/\(ehlo\)|in reply to (?:ehlo|helo) command|(?:ehlo|helo) command failed|smtphelo(?:error)?\b/, 'EHLO'],
  [/in reply to starttls command|starttls command failed/, 'STARTTLS'],
  [/in reply to auth(?: \w+)? command|auth command failed|smtpauthenticationerror/, 'AUTH'],
];

/** The stage a command names: `MAIL FROM` → `MAIL`, `AUTH PLAIN` → `AUTH`, `HELO` → `EHLO`. */
function stageOfCommand(command: string | null): Stage | null {
  const c = command?.trim().toUpperCase() ?? '';
  if (c.startsWith('MAIL')) return 'MAIL';
  if (c.startsWith('RCPT')) return 'RCPT';
  if (c.startsWith('DATA') || c === '.' || c.startsWith('BDAT')) return 'DATA';
  if (c.startsWith('EHLO') || c.startsWith('HELO') || c.startsWith('LHLO')) return 'EHLO';
  if (c.startsWith('STARTTLS')) return 'STARTTLS';
  if (c.startsWith('AUTH')) return 'AUTH';
  return null;
}

function stageOfText(text: string): Stage | null {
  let best: Stage | null = null;
  let at = Number.POSITIVE_INFINITY;
  for (const [re, stage] of STAGE_WORDS) {
    const m = re.exec(text);
    if (m && m.index < at) {
      at = m.index;
      best = stage;
    }
  }
  return best;
}

const SESSION = /([\w.-]{6,40}) - gsmtp$/;
const HELP_TOPIC = /support\.google\.com\/[\w/]*\?p=([\w-]+)/;
// Every runtime core targets (Node 16+, browsers, edge workers) has atob; core ships no DOM or Node types.
declare const atob: (data: string) => string;

// base64 of '{"status":' — how every Gmail XOAUTH2 challenge begins.
const CHALLENGE = /eyJzdGF0dXMiOi[A-Za-z0-9+/]{0,400}={0,2}/;

function decodeChallenge(text: string): XOAuth2Challenge | null {
  const m = CHALLENGE.exec(text);
  if (!m) return null;
  try {
    const b64 = m[0].replace(/=+$/, '');
    const json = JSON.parse(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? null : String(v));
    return { status: str(json.status), schemes: str(json.schemes), scope: str(json.scope) };
  } catch {
    return null;
  }
}

/** Bound on what one paste is read for; past it a paste is a log and belongs to `scan`. */
export const MAX_PASTE_CHARS = 2_000_000;

function fromError(input: SmtpErrorLike): {
  text: string;
  responseCode: number | null;
  command: string | null;
  code: string | null;
} {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const response = str(input.response);
  const message = str(input.message);
  const text = [response, message && message !== response ? message : null].filter(Boolean).join('\n');
  const rc = typeof input.responseCode === 'number' ? input.responseCode : null;
  return { text, responseCode: rc, command: str(input.command), code: str(input.code) };
}

/**
 * Reads the reply code, enhanced code, command, provider hints and Gmail's session id and help
 * topic out of any paste: a raw reply, a library exception, a bounce, a log line, or an error
 * object with nodemailer's `response` / `responseCode` / `command` / `code`. Never throws.
 */
export function parseReply(input: string | SmtpErrorLike | null | undefined): ParsedReply {
  let raw = '';
  let responseCode: number | null = null;
  let command: string | null = null;
  let errorCode: string | null = null;
  if (typeof input === 'string') raw = input;
  else if (input && typeof input === 'object') {
    const e = fromError(input);
    raw = e.text;
    responseCode = e.responseCode;
    command = e.command;
    errorCode = e.code;
  }
  if (raw.length > MAX_PASTE_CHARS) raw = raw.slice(0, MAX_PASTE_CHARS);

  const text = unmangle(raw);
  let replyCode: number | null = null;
  let enhancedCode: string | null = null;
  const pairs: { replyCode: number; enhancedCode: string }[] = [];
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m && pairs.length < 8; m = PAIR.exec(text)) {
    const code = Number(m[1]);
    if (code >= 400 && !pairs.some((p) => p.replyCode === code && p.enhancedCode === m![2]))
      pairs.push({ replyCode: code, enhancedCode: m[2]! });
  }
  if (pairs[0]) {
    replyCode = pairs[0].replyCode;
    enhancedCode = pairs[0].enhancedCode;
  }
  let codeByName = false;
  if (replyCode === null) {
    replyCode =
      responseCode ??
      numberOrNull(RESPONSE_CODE.exec(text)?.[1]) ??
      appWrappedCode(text) ??
      numberOrNull(LEADING_CODE.exec(text)?.[1]) ??
      numberOrNull(SMTPLIB_TUPLE.exec(text)?.[1]);
    if (replyCode === null) {
      replyCode = libraryStatusCode(text);
      codeByName = replyCode !== null;
    }
  }
  if (enhancedCode === null) {
    const m = ENHANCED.exec(text);
    // A lone dotted triple is only an enhanced code when its class agrees with the reply code.
    if (m && (replyCode === null || String(replyCode)[0] === m[1]![0])) enhancedCode = m[1]!;
  }

  const challenge = decodeChallenge(text);
  if (challenge && replyCode === null) replyCode = 334;
  // Host names and provider words sit near the error; the head of a huge paste is enough to find them.
  const lower = withoutWrapperText((text.length > 65_536 ? text.slice(0, 65_536) : text).toLowerCase());
  let other: string | null = null;
  for (const [re, name] of OTHER_PROVIDERS) {
    if (re.test(lower)) {
      other = name;
      break;
    }
  }
  const cmd = command ?? COMMAND.exec(text)?.[1]?.toUpperCase() ?? null;
  return {
    replyCode,
    enhancedCode,
    text,
    command: cmd,
    // An error object's own `command` is the surest; then what the text says, earliest first.
    stage: stageOfCommand(command) ?? stageOfText(lower) ?? stageOfCommand(cmd),
    errorCode: specificCode(errorCode ?? ERROR_CODE.exec(text)?.[1] ?? socketCodeOf(text), text),
    providerHints: { gmail: GMAIL.test(lower), other },
    origin: originOf(lower),
    pairs,
    sessionId: sessionIdOf(text),
    helpTopic: HELP_TOPIC.exec(text)?.[1] ?? null,
    challenge,
    // The decoded challenge is matched too, so its JSON names the page even when the paste is only base64.
    folded: withoutDebugTimestamps(
      withoutWrapperText(
        foldForMatch(
          challenge
            ? `${text}\n${JSON.stringify(challenge)}`
            : SMTPLIB_READ_TIMED_OUT.test(text)
              ? `${text}\n${SMTPLIB_TIMEOUT_WORDS}`
              : text,
        ),
      ),
    ),
    ...(codeByName ? { codeByName } : {}),
  };
}

// A Python traceback whose read failed inside smtplib's getreply (its frame and source line, "in
// getreply" then "line = self.file.readline(_MAXLINE + 1)"; ftplib, poplib and http.client read in
// functions of other names) with socket.timeout (TimeoutError from Python 3.10): getreply turns that
// into SMTPServerDisconnected("Connection unexpectedly closed: " + str(e)), "timed out" (smtplib.py).
// A paste cut before that last exception is read as if it showed it, so its row in families.ts (a
// read timeout) names the page. Bounded gaps: linear.
const SMTPLIB_READ_TIMED_OUT =
  /\bin getreply\s{1,20}line = self\.file\.readline\(_MAXLINE \+ 1\)[\s\S]{0,600}?\b(?:socket\.timeout|TimeoutError): timed out\b/;
const SMTPLIB_TIMEOUT_WORDS = 'Connection unexpectedly closed: timed out';

// PHPMailer's debug output puts gmdate('Y-m-d H:i:s') before every line (SMTP.php edebug()), so its
// lines ("Connection: opened", "SERVER -> CLIENT: <reply>", "SMTP NOTICE: …") read in a row only
// without it: an empty greeting is "connection: opened server -> client: smtp notice: …". A time of
// day is no word of anyone's; only the stamps before PHPMailer's own labels go, in its transcripts.
const PHPMAILER_STAMP =
  /(?<![\w:-])\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (?=(?:server -> client|client -> server|connection|smtp notice|smtp error|smtp inbound):)/g;

function withoutDebugTimestamps(folded: string): string {
  return folded.includes('server -> client:') ? folded.replace(PHPMAILER_STAMP, '') : folded;
}

// Look back from each ' - gsmtp' rather than try the pattern at every offset of a long paste.
function sessionIdOf(text: string): string | null {
  const at = text.indexOf(' - gsmtp');
  if (at === -1) return null;
  return SESSION.exec(text.slice(Math.max(0, at - 41), at + 8))?.[1] ?? null;
}

// A library's own sentence around the server's reply is not the reply: .NET's SmtpClient says "the
// client was not authenticated" whatever the server answered. Each is the library's own template,
// read from its source; none names a cause of the server's (LABELLING.md §7):
// - .NET System.Net.Mail: its sentence for the reply code before "The server response was:"
//   ("Mailbox unavailable.", "Transaction failed.", …; Resources/Strings.resx); its 530 sentence also
//   as people retype it, without articles ("smtpServer requires secure connection or client was not
//   authenticated"), which still names neither cause;
// - JavaMail / Jakarta Mail: SendFailedException's "Invalid Addresses" / "Valid Unsent Addresses" /
//   "Valid Sent Addresses" (com/sun/mail/smtp/SMTPTransport.java) before "; nested exception is:";
// - Spring's MailAuthenticationException "Authentication failed" before "; nested exception is"
//   (org/springframework/mail/MailAuthenticationException.java);
// - PHPMailer's frame: "SMTP server error: <command> command failed Detail: … SMTP code: …
//   Additional SMTP info: …", "SMTP Error: data not accepted.", "SMTP Error: The following
//   recipients failed:" (src/PHPMailer.php, `lang()` strings and setError());
// - Symfony Mailer's "Failed to authenticate on SMTP server with username …"
//   (Transport/Smtp/EsmtpTransport.php);
// - nodemailer's "Invalid login:" and "Can't send mail - all recipients were rejected:"
//   (lib/smtp-connection/index.js, `_formatError`);
// - Roundcube's "SMTP Error (<code>): Authentication failed." / "Failed to set sender" / "Failed to
//   add recipient" (program/localization/en_US/messages.inc).
const WRAPPER_TEXT =
  /(?:the )?smtp ?server requires (?:a )?secure connection or (?:the )?client was not authenticated\.?|\b(?:mailbox unavailable|transaction failed|exceeded storage allocation|insufficient system storage|service not available, closing transmission channel|error in processing|syntax error, command unrecognized|syntax error in parameters or arguments|command not implemented|bad sequence of commands|command parameter not implemented|user not local; please try a different path|mailbox name not allowed|client does not have permission to submit mail to this server)\.(?= the server response was:|[ \t]*(?:\n|$))|\b(?:in)?valid (?:unsent |sent )?addresses(?=;)|\bauthentication failed(?=; nested exception is\b)|\bsmtp server error: |\bsmtp error: (?:data not accepted\.|the following recipients failed: )|\b(?:detail|smtp code|additional smtp info): |\bfailed to authenticate on smtp server\b|\bfailed to connect, no password specified\?|(?<=\bsmtp error \(\d{3}\): )(?:authentication failed\.|failed to (?:set sender|add recipient))|\binvalid login: |\bcan't send mail - all recipients were rejected: /gi;
const WRAPPER_HINT =
  /smtp ?server requires|the server response was|addresses;|nested exception|smtp server error|smtp error|smtp code|additional smtp info|failed to authenticate|no password specified|invalid login|mailbox unavailable\.|smtp error \(|transaction failed\.|recipients were rejected/i;

/**
 * The text without a mail library's own sentence around the server's reply (.NET's SmtpClient's
 * "The SMTP server requires a secure connection or the client was not authenticated.",
 * JavaMail's "Invalid Addresses", PHPMailer's "SMTP server error:"), which names no cause of the
 * server's.
 * @internal
 */
export function withoutWrapperText(text: string): string {
  return WRAPPER_HINT.test(text) ? text.replace(WRAPPER_TEXT, ' ') : text;
}

// A client library's exception class names are its own words too, and some hold words the reason
// rules read ("SMTPRecipientsRefused", "Net::SMTPSyntaxError"): Python smtplib's, Ruby net-smtp's,
// JavaMail's / Jakarta Mail's / Spring's / Commons Email's, .NET's, MailKit's, Symfony's and Swift
// Mailer's, by their namespace. Not read for the stage (`STAGE_WORDS` reads smtplib's names).
// The TLS layer's own sentences are a library's words too, and hold words the reason rules read as
// a login or an account: .NET's SslStream says "Authentication failed because the remote party sent a
// TLS alert" / "… has closed the transport stream" / "Authentication failed, see inner exception"
// (System.Net.Security's Strings.resx, net_auth_*), under System.Security.Authentication's exception
// names; the JDK's "No appropriate protocol (protocol is disabled or cipher suites are inappropriate)"
// (sun.security.ssl.HandshakeContext) is about TLS versions, not a disabled account. What is left ("the
// remote party sent a TLS alert", "No appropriate protocol") is the TLS failure itself.
const TLS_LAYER_WORDS =
  /\bauthentication failed(?=,? see inner exception\b| because the remote party\b)|\(protocol is disabled or cipher suites are inappropriate\)|\bSystem\.Security\.Authentication\.\w{0,60}/gi;

const CLIENT_CLASS =
  /\b(?:smtplib\.)?SMTP(?:RecipientsRefused|SenderRefused|DataError|AuthenticationError|ConnectError|HeloError|NotSupportedError|ResponseException|ServerDisconnected|Exception)\b|\bNet::SMTP\w{0,40}|\b(?:javax|jakarta)\.mail\.[\w.]{0,80}|\b(?:com\.sun|org\.eclipse\.angus)\.mail\.[\w.]{0,80}|\borg\.(?:springframework|apache\.commons)\.mail\.[\w.]{0,80}|\bSystem\.Net\.Mail\.\w{0,60}|\bMailKit\.[\w.]{0,80}|\bSymfony\\Component\\Mailer\\[\w\\]{0,80}|\bSwift_\w{0,40}/g;

/**
 * {@link withoutWrapperText} and a client library's exception class names: what the reason is read from.
 * @internal
 */
export function withoutClientWords(text: string): string {
  return withoutWrapperText(text).replace(CLIENT_CLASS, ' ').replace(TLS_LAYER_WORDS, ' ');
}

const ERRNO = /errno["']?\s*[:=]\s*["']?(-\d{1,4})\b/;
// nodemailer wraps socket errors as ESOCKET / ECONNECTION; the errno beside it says which one.
const WRAPPERS = new Set(['ESOCKET', 'ECONNECTION', 'ESTREAM']);

function specificCode(code: string | null, text: string): string | null {
  if (code !== null && !WRAPPERS.has(code)) return code;
  const named = errnoNames[ERRNO.exec(text)?.[1] ?? ''];
  return named ?? code;
}

function appWrappedCode(text: string): number | null {
  const m = APP_WRAPPED_CODE.exec(text);
  if (m) return Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
  return numberOrNull(CURL_STEP_CODE.exec(text)?.[1]);
}

// gen_smtp (Erlang; Elixir's Bamboo and Swoosh) reports a socket failure as `{network_failure, Host,
// {error, Reason}}`, Reason `timeout` or an inet posix atom (gen_smtp_client.erl's host_failure()
// type; `{error, retries_exceeded, …}` around it when every retry failed). The atom is the errno:
// read as the code the other runtimes print, so the family's page is named by it. Only inside that
// tuple: a bare `{:error, :timeout}` is any Elixir call's.
const GEN_SMTP_NETWORK = /\{:?network_failure,[^{}]{0,300}\{:?error, ?:?([a-z]{4,12})\}\}/;
const GEN_SMTP_ERRNO: Readonly<Record<string, string>> = {
  timeout: 'ETIMEDOUT',
  econnrefused: 'ECONNREFUSED',
  nxdomain: 'ENOTFOUND',
  closed: 'ECONNRESET',
  econnreset: 'ECONNRESET',
  ehostunreach: 'EHOSTUNREACH',
  enetunreach: 'ENETUNREACH',
};
// Go's io.EOF as a logfmt value with no step before it ("error=EOF", Grafana's and other Go services'
// log lines): the peer closed the connection (the settled ruling: a bare EOF with no step named is
// conn-reset). Only in a paste about mail, and only the bare value: "create SMTP client: EOF" names
// its step (families.ts), and any Go service logs EOF for its own reads. A logfmt key ("email=…", a
// user's address on any request's line) is no mail being sent, and a line that names another
// protocol's client or a store ("failed to fetch emails over IMAP", "mailer queue from redis") is
// that connection's EOF, not the SMTP server's.
const GO_BARE_EOF = /\berr(?:or)?="?EOF"?(?=[\s,]|$)/;
// Alertmanager 0.10+ logs a failed notification as `msg="Error on notify" … err=EOF` (notify.go;
// dispatch.go's "Notify for alerts failed"): its HTTP notifiers fail through ctxhttp.Post, whose
// url.Error reads "Post <url>: EOF", so a bare EOF there is the email notifier's net/smtp
// connection, a paste about mail whether or not it says so. (0.5-0.9's "Error on notify: EOF" is a
// row in families.ts.)
const ALERTMANAGER_NOTIFY = /\bmsg="?(?:error on notify|notify for alerts failed)\b/i;
const MAIL_WORDS = /\b(?:e-?mail|smtp|mailer)\b(?!=)/i;
const OTHER_CONNECTION =
  /\b(?:imap|pop3|ldap|redis|memcached?|postgres(?:ql)?|mysql|mongo(?:db)?|kafka|amqp|rabbitmq|grpc)\b/i;

// Ruby's EOFError, "end of file reached" (io.c's rb_eof_error; net/protocol.rb's BufferedIO, which
// net-smtp reads every reply with, raises it when the peer closed the socket): the server hung up.
// Only with a mail sender around it: Ruby's Net::SMTP (its class or its net/smtp.rb frames),
// Zammad's "Can't use Channel::Driver::Smtp: #<EOFError: …>" (Channel#deliver), Redmine's and
// OpenProject's "An error occurred while sending mail (<message>)" (config/locales/en.yml,
// notice_email_error), or the word SMTP. A file read's EOFError elsewhere, and an IMAP or POP3
// fetch's (Zammad's Channel::Driver::Imap), stay off.
const RUBY_EOF = /\bend of file reached\b/i;
// "SMTP" as a word covers Net::SMTP, net/smtp.rb and Channel::Driver::Smtp.
const RUBY_MAIL_CONTEXT = /\bsmtp\b|\bsending (?:e-?)?mail\b/i;

function socketCodeOf(text: string): string | null {
  const atom = GEN_SMTP_NETWORK.exec(text)?.[1];
  if (atom !== undefined) return GEN_SMTP_ERRNO[atom] ?? null;
  if (RUBY_EOF.test(text) && RUBY_MAIL_CONTEXT.test(text) && !OTHER_CONNECTION.test(text))
    return 'ECONNRESET';
  return GO_BARE_EOF.test(text) &&
    (MAIL_WORDS.test(text) || ALERTMANAGER_NOTIFY.test(text)) &&
    !OTHER_CONNECTION.test(text)
    ? 'ECONNRESET'
    : null;
}

function numberOrNull(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}
