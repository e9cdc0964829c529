// Google's published figures that the catalog's pages quote in their prose. A page writes the
// number in words a reader understands ("2,000 messages a day"); the `quoted-figures-agree` rule
// finds each such mention and checks it against this table, so when Google changes a figure it
// changes here once and the rule names every page still quoting the old one.

/** One published figure: what it is, the values a page may quote, and where Google states it. */
export interface GoogleFact {
  /** What the figure is, in a few words. */
  what: string;
  /** The values a page may quote for it, as written (`'2,000'`, `'0.3'`, `'an'` for "an hour"). */
  values: readonly string[];
  /** Google's page (or the RFC) that states it: a page quoting the figure cites it. */
  source: string;
  /** Other pages of Google's that state the same figure; citing one of them is as good. */
  alsoStatedBy?: readonly string[];
  /** ISO date the figure was last checked against `source`. */
  checked: string;
  /**
   * How pages quote it: each expression's first capture group that matched is the value quoted.
   * Patterns run on the page's prose with whitespace folded; they are case-insensitive.
   */
  quoted: readonly RegExp[];
}

const WORKSPACE_LIMITS = 'https://support.google.com/a/answer/166852';
const RELAY = 'https://support.google.com/a/answer/2956491';
const SENDER_FAQ = 'https://support.google.com/a/answer/14229414';
const SENDER_GUIDELINES = 'https://support.google.com/mail/answer/81126';
const OAUTH = 'https://developers.google.com/identity/protocols/oauth2';
const API_QUOTA = 'https://developers.google.com/workspace/gmail/api/reference/quota';

/** Google's figures the catalog quotes, by name. */
export const googleFacts = {
  workspaceMessagesPerDay: {
    what: 'messages one Workspace user may send in a rolling 24 hours (500 on a trial account)',
    values: ['2,000', '500'],
    source: WORKSPACE_LIMITS,
    checked: '2026-12-03',
    quoted: [
      /\bWorkspace user (?:may send|about|around|tops out around) (\d[\d,]*) messages/,
      /\b(\d[\d,]*) messages a day (?:per|for a) Workspace user/,
      /\b(\d[\d,]*) (?:messages )?for Workspace\b/,
    ],
  },
  workspaceRecipientsPerDay: {
    what: 'recipients one Workspace user may send to in a rolling 24 hours, counted every time',
    values: ['10,000'],
    source: WORKSPACE_LIMITS,
    checked: '2026-12-03',
    quoted: [
      /\b(\d[\d,]*) recipients in total\b/,
      /Workspace user may send [\d,]+ messages and (\d[\d,]*) recipients/,
    ],
  },
  workspaceExternalRecipientsPerDay: {
    what: 'external recipients one Workspace user may send to in a rolling 24 hours',
    values: ['3,000'],
    source: WORKSPACE_LIMITS,
    checked: '2026-12-03',
    quoted: [/\b(\d[\d,]*) external recipients\b(?! per message)/],
  },
  workspaceUniqueExternalRecipientsPerDay: {
    what: 'unique external recipients one Workspace user may send to in a rolling 24 hours (500 on a trial account)',
    values: ['2,000', '500'],
    source: WORKSPACE_LIMITS,
    checked: '2026-12-03',
    quoted: [/\b(\d[\d,]*) unique external recipients\b/, /\b(\d[\d,]*) of them external\b/],
  },
  recipientsPerMessageOverSmtp: {
    what: 'recipients per message sent over SMTP (smtp.gmail.com, IMAP/POP clients) or the Gmail API',
    values: ['100'],
    source: WORKSPACE_LIMITS,
    checked: '2026-12-03',
    quoted: [/\b(\d[\d,]*) recipients per (?:message|transaction)\b/],
  },
  consumerRecipientsPerDay: {
    what: 'recipients a personal Gmail account may send to in a day',
    values: ['500'],
    source: 'https://support.google.com/mail/answer/22839',
    checked: '2026-12-03',
    quoted: [
      /\b(?:personal|free|consumer) (?:Gmail )?account[^.;]{0,40}?\b(\d[\d,]*) recipients/,
      /\b(\d[\d,]*) recipients a day for a (?:consumer|personal|free)/,
      /\((\d[\d,]*) for a consumer account\)/,
    ],
  },
  relayPerUserPerDay: {
    what: 'messages, and unique recipients, one Workspace user may relay through smtp-relay.gmail.com in a rolling 24 hours',
    values: ['10,000'],
    source: RELAY,
    checked: '2026-12-03',
    quoted: [
      /\bup to (\d[\d,]*) messages to at most [\d,]+ unique recipients/,
      /\bto at most (\d[\d,]*) unique recipients/,
      /per-user cap \((\d[\d,]*) messages/,
    ],
  },
  relayPerCustomer: {
    what: 'non-unique recipients one organization may relay: 4.6 million a rolling 24 hours, 319,444 per 10 minutes',
    values: ['4.6 million', '319,444'],
    source: RELAY,
    checked: '2026-12-03',
    quoted: [
      /\b(\d[\d.,]* million) non-unique recipients/,
      /\b(\d[\d,]*) (?:non-unique recipients )?per 10[- ]minute/,
    ],
  },
  attachmentsMb: {
    what: 'attachments per message sent through Gmail, in MB before encoding',
    values: ['25'],
    source: 'https://support.google.com/mail/answer/6584',
    checked: '2026-12-03',
    quoted: [
      /\b(\d[\d.]*) ?MB of attachments/,
      /\battachments (?:near or above|whose total size is near or above) (\d[\d.]*) ?MB/,
    ],
  },
  receivedMessageMb: {
    what: 'size of a message Gmail receives from other servers, in MB',
    values: ['50'],
    source: 'https://support.google.com/a/answer/1366776',
    checked: '2026-12-03',
    quoted: [/\breceives? from other servers may be up to (\d[\d.]*) ?MB/],
  },
  smtpGmailSize: {
    what: 'the SIZE smtp.gmail.com advertises in its EHLO reply, in bytes (about 35 MB once encoded)',
    values: ['35882577'],
    source: 'https://www.rfc-editor.org/rfc/rfc1870',
    checked: '2026-12-03',
    quoted: [/\bSIZE (\d{6,})/],
  },
  bulkSenderPerDay: {
    what: 'messages a day to personal Gmail accounts that make a sender a bulk sender (counted over the primary domain, permanent)',
    values: ['5,000'],
    source: SENDER_FAQ,
    alsoStatedBy: [SENDER_GUIDELINES],
    checked: '2026-12-03',
    quoted: [
      /\b(\d[\d,]*)(?: or more)? (?:messages )?a day to (?:personal Gmail accounts|Gmail)\b/,
      /\bbulk senders? \((?:over|close to) (\d[\d,]*)/,
      /\bmore than (\d[\d,]*) messages a day to Gmail/,
    ],
  },
  spamRate: {
    what: 'user-reported spam rate: keep it under 0.1%, never reach 0.3%',
    values: ['0.1', '0.3'],
    source: SENDER_GUIDELINES,
    alsoStatedBy: [SENDER_FAQ],
    checked: '2026-12-03',
    quoted: [
      /\bspam(?:-complaint)? rates? [^.;]{0,40}?\b(?:under|below|over|above) (\d[\d.]*) ?%/,
      /\bcomplaint rates? (?:under|below|\(over) (\d[\d.]*) ?%/,
      /\b(?:ideally|aim for) under (\d[\d.]*) ?%/,
    ],
  },
  accessTokenLifetime: {
    what: "an access token's life (expires_in 3599 seconds)",
    values: ['an', 'one', '1'],
    source: OAUTH,
    checked: '2026-12-03',
    quoted: [
      /\baccess tokens?[^.;]{0,40}?\b(?:live|expire|expired|expires)(?: after)? about (an|one|\d+) hours?\b/,
    ],
  },
  testingRefreshTokenDays: {
    what: 'days until a refresh token of an External OAuth app in "Testing" expires (scopes beyond basic profile)',
    values: ['7'],
    source: OAUTH,
    checked: '2026-12-03',
    quoted: [
      /"Testing"[^.;]{0,80}?\b(\d+) days\b/,
      /\bin testing expire after (\d+) days\b/,
      /\bexpire (?:after )?(\d+) days after (?:the user )?consent/,
    ],
  },
  gmailApiUnitsPerUserPerMinute: {
    what: 'Gmail API quota units one user of a project may use per minute (6,000 for projects created from 1 May 2026; 15,000 kept by projects that used the API from November 2025 to April 2026)',
    values: ['6,000', '15,000'],
    source: API_QUOTA,
    checked: '2026-12-03',
    quoted: [
      /\b(\d[\d,]{4,}) (?:quota )?units per (?:user|minute)\b/,
      /\b(\d[\d,]{4,}) per user per (?:project|minute)\b/,
    ],
  },
  messagesSendUnits: {
    what: 'quota units one messages.send call costs',
    values: ['100'],
    source: API_QUOTA,
    checked: '2026-12-03',
    quoted: [/\bmessages\.send (?:costs|=) (\d+)/],
  },
} as const satisfies Record<string, GoogleFact>;
