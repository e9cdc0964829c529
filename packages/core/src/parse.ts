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
const PAIR = /\b([2-5][0-5]\d)(?:[ -]|, b?['"]|, ?)([245]\.\d{1,3}\.\d{1,3})\b/g;
const ENHANCED = /(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])/;
// OpenSMTPD logs a failed command's reply after an arrow: `"RCPT TO:<…>" => 451 Temporary failure`.
// A table or tracker copied with tabs between its columns ("100.0%\t550 Message rejected") puts the
// reply after a tab; a person quoting it puts it after a double quote ("I get a lot of "421 …"").
// A mail reply or a forum quotes it after "> " at the line's start ("> 550 Command Rejected"), and
// a web page's source after a tag ("<div>550 …", "<br>550 …").
const LEADING_CODE =
  /(?:^|\n|\t|: |\(|\[|" => |"|(?:^|\n)[ \t]*(?:>[ \t]?)+|<(?:div|p|br|pre|code|span|td|li)\b[^<>\n]{0,80}>)[ \t]*([45][0-5]\d|334)(?=[ -]\S)/;
// Python's smtplib puts the code first in its exception's tuple, before the reply's bytes:
// "SMTPDataError: (550, b'… Mail rejected')", also when no enhanced code follows.
const SMTPLIB_TUPLE = /\(([45][0-5]\d), b?['"]/;
const RESPONSE_CODE = /response ?code[=:"' ]+([45][0-5]\d)/i;
// Mail apps that report the server's reply code in their own sentence, with no reply line:
// mailsend's "Expected smtp code 250, got 552", PHP mailers' "Expected response code 250 but got
// code "550"", K-9 Mail's "Negative SMTP reply:550 …". The code the app got is the server's.
const APP_WRAPPED_CODE =
  /\bexpected (?:smtp |response )?(?:code|reply) \d{3},? (?:but )?got(?: code)? ["']?([45][0-5]\d)\b|\bnegative smtp reply: ?([45][0-5]\d)\b/i;
const ERROR_CODE =
  /\b(E(?:AUTH|ACCES|PERM|TIMEDOUT|CONNREFUSED|CONNRESET|CONNECTION|SOCKET|DNS|ENVELOPE|MESSAGE|STREAM|TLS|PROTOCOL|NOTFOUND|AI_AGAIN|HOSTUNREACH|NETUNREACH|PIPE)|EAI_AGAIN|ENOTFOUND)\b/;
const COMMAND =
  /\b(?:command|cmd)['"]?[:=] ?['"]?((?:AUTH(?: [A-Z0-9]+)?|EHLO|HELO|MAIL(?: FROM)?|RCPT(?: TO)?|DATA|STARTTLS|CONN|QUIT|RSET)\b)/i;
// Where a paste names the step, in the words each layer uses; the earliest in the paste wins.
const STAGE_WORDS: readonly [RegExp, Stage][] = [
  [
    /in reply to (?:end of )?data command|after end of data|data end command failed|smtpdataerror|\bafter data\b|messagenotaccepted/,
    'DATA',
  ],
  [
    /in reply to rcpt to command|after rcpt to|rcpt to command failed|smtprecipientsrefused|smtpaddressfailedexception|recipientnotaccepted/,
    'RCPT',
  ],
  [
    /in reply to mail from command|after (?:pipelined )?mail from|mail from command failed|smtpsenderrefused|smtpsenderfailedexception|sendernotaccepted/,
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
  if (replyCode === null) {
    replyCode =
      responseCode ??
      numberOrNull(RESPONSE_CODE.exec(text)?.[1]) ??
      appWrappedCode(text) ??
      numberOrNull(LEADING_CODE.exec(text)?.[1]) ??
      numberOrNull(SMTPLIB_TUPLE.exec(text)?.[1]);
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
    errorCode: specificCode(errorCode ?? ERROR_CODE.exec(text)?.[1] ?? null, text),
    providerHints: { gmail: GMAIL.test(lower), other },
    origin: originOf(lower),
    pairs,
    sessionId: sessionIdOf(text),
    helpTopic: HELP_TOPIC.exec(text)?.[1] ?? null,
    challenge,
    // The decoded challenge is matched too, so its JSON names the page even when the paste is only base64.
    folded: withoutWrapperText(foldForMatch(challenge ? `${text}\n${JSON.stringify(challenge)}` : text)),
  };
}

// Look back from each ' - gsmtp' rather than try the pattern at every offset of a long paste.
function sessionIdOf(text: string): string | null {
  const at = text.indexOf(' - gsmtp');
  if (at === -1) return null;
  return SESSION.exec(text.slice(Math.max(0, at - 41), at + 8))?.[1] ?? null;
}

// A library's own sentence around the server's reply is not the reply: .NET's SmtpClient says "the
// client was not authenticated" whatever the server answered.
const WRAPPER_TEXT = /the smtp server requires a secure connection or the client was not authenticated\.?/gi;

/**
 * The text without a mail library's own sentence around the server's reply (.NET's SmtpClient's
 * "The SMTP server requires a secure connection or the client was not authenticated."), which
 * names no cause of the server's.
 * @internal
 */
export function withoutWrapperText(text: string): string {
  return /the smtp server requires/i.test(text) ? text.replace(WRAPPER_TEXT, ' ') : text;
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
  return m ? Number(m[1] ?? m[2]) : null;
}

function numberOrNull(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}
