import type { CatalogEntry, EnhancedCode, Fix } from '../../types.js';

// The generic layer: what RFC 3463 and the IANA "SMTP Enhanced Status Codes" registry say a code
// means, for codes no provider page names (another provider's bounce, a relay in between). These
// pages are deliberately short and are only ever offered with low confidence.

type Subject = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const SUBJECTS: Record<
  Subject,
  { area: string; causes: string[]; fixes: Fix[]; stage: CatalogEntry['stage'] }
> = {
  1: {
    area: 'addressing',
    stage: 'RCPT',
    causes: [
      'A typo or stale address in the recipient or sender',
      'The recipient domain has no mail server (no MX record) or does not exist',
      'The mailbox was deleted or moved',
    ],
    fixes: [
      {
        title: 'Check the address',
        detail:
          'Compare the address in the bounce with the one you meant to use, character by character, including the domain.',
      },
      {
        title: 'Check the domain',
        detail:
          "Look up the domain's MX records (`dig MX example.com`); with none, that domain cannot receive mail.",
      },
      {
        title: 'Remove dead addresses',
        detail:
          'Stop sending to addresses that bounce permanently; repeated bounces hurt your sender reputation.',
      },
    ],
  },
  2: {
    area: 'the mailbox',
    stage: 'RCPT',
    causes: [
      'The mailbox is full, disabled or not accepting mail',
      'The message is larger than the mailbox accepts',
      'A mailing list could not be expanded',
    ],
    fixes: [
      {
        title: 'Tell the recipient another way',
        detail: 'A full or disabled mailbox is fixed only by its owner or their administrator.',
      },
      {
        title: 'Retry later for temporary codes',
        detail: 'A 4.2.x code may clear once the recipient frees space; retry with backoff over a few hours.',
      },
      {
        title: 'Send less',
        detail: 'If the size is the problem, send a link instead of a large attachment.',
      },
    ],
  },
  3: {
    area: 'the receiving mail system',
    stage: 'DATA',
    causes: [
      'The receiving system is full, misconfigured or not accepting network mail',
      'The message uses a feature the system does not support',
      'The message is too big for the system',
    ],
    fixes: [
      {
        title: 'Retry later',
        detail: 'Most 4.3.x conditions are temporary; retry with exponential backoff.',
      },
      {
        title: 'Contact the receiving side',
        detail: "A permanent 5.3.x usually needs the recipient's postmaster to fix their system.",
      },
      {
        title: 'Reduce the message',
        detail: 'Remove large attachments or unusual features (8BITMIME, huge headers) and try again.',
      },
    ],
  },
  4: {
    area: 'the network or routing',
    stage: 'connect',
    causes: [
      'The receiving host did not answer or dropped the connection',
      'DNS or routing to the destination failed',
      'The destination is congested, or a routing loop was found',
    ],
    fixes: [
      {
        title: 'Retry with backoff',
        detail: 'Network and congestion errors usually clear; retry over minutes to hours.',
      },
      {
        title: 'Check DNS and routing',
        detail: "Check the destination's MX records and that your host can reach port 25/465/587 outbound.",
      },
      {
        title: 'Look for loops',
        detail:
          'A routing loop (X.4.6) means forwarding rules send the message back and forth; fix the forwarding.',
      },
    ],
  },
  5: {
    area: 'the SMTP protocol',
    stage: 'any',
    causes: [
      'The client sent a command out of order or with bad syntax',
      'Too many recipients in one transaction',
      'A protocol feature the server does not support',
    ],
    fixes: [
      {
        title: 'Use a maintained SMTP library',
        detail:
          'Hand-written SMTP is the usual cause; a library such as nodemailer sends commands in the right order and format.',
      },
      { title: 'Split large recipient lists', detail: 'Send to fewer recipients per message (X.5.3).' },
      {
        title: 'Log the SMTP conversation',
        detail: "Turn on the library's debug log to see which command the server rejected.",
      },
    ],
  },
  6: {
    area: 'the message content or encoding',
    stage: 'DATA',
    causes: [
      'The message is malformed or uses an encoding the server refuses',
      'Non-ASCII addresses or headers without SMTPUTF8',
      'A conversion the server needed was prohibited or failed',
    ],
    fixes: [
      {
        title: 'Build the message with a library',
        detail: 'Let a MIME library encode headers and bodies; do not concatenate raw MIME by hand.',
      },
      {
        title: 'Check headers',
        detail: 'Exactly one From, a Date, a Message-ID, and encoded non-ASCII header values.',
      },
      { title: 'Simplify', detail: 'Remove unusual attachments or encodings and retry.' },
    ],
  },
  7: {
    area: 'security or policy',
    stage: 'any',
    causes: [
      'Authentication failed or is required',
      "The receiving side's policy refused the sender, the content or the connection",
      'SPF, DKIM, DMARC or reverse DNS checks failed',
    ],
    fixes: [
      {
        title: 'Check the credentials',
        detail: 'For X.7.8 and similar, check the username, password or token and the authentication method.',
      },
      {
        title: 'Check your domain authentication',
        detail:
          'Publish SPF, sign with DKIM and publish DMARC for the sending domain; make sure the sending IP has reverse DNS.',
      },
      {
        title: 'Read the text after the code',
        detail:
          "Policy rejections name their reason in the text; the receiving provider's help pages explain it.",
      },
    ],
  },
};

// [subject, detail, meaning] from the IANA registry.
const CODES: readonly [Subject, number, string][] = [
  [1, 0, 'Other address status'],
  [1, 1, 'Bad destination mailbox address'],
  [1, 2, 'Bad destination system address'],
  [1, 3, 'Bad destination mailbox address syntax'],
  [1, 4, 'Destination mailbox address ambiguous'],
  [1, 6, 'Destination mailbox has moved, no forwarding address'],
  [1, 7, "Bad sender's mailbox address syntax"],
  [1, 8, "Bad sender's system address"],
  [1, 10, 'Recipient address has null MX'],
  [2, 0, 'Other or undefined mailbox status'],
  [2, 1, 'Mailbox disabled, not accepting messages'],
  [2, 2, 'Mailbox full'],
  [2, 3, 'Message length exceeds administrative limit'],
  [2, 4, 'Mailing list expansion problem'],
  [3, 0, 'Other or undefined mail system status'],
  [3, 1, 'Mail system full'],
  [3, 2, 'System not accepting network messages'],
  [3, 3, 'System not capable of selected features'],
  [3, 4, 'Message too big for system'],
  [3, 5, 'System incorrectly configured'],
  [4, 0, 'Other or undefined network or routing status'],
  [4, 1, 'No answer from host'],
  [4, 2, 'Bad connection'],
  [4, 3, 'Directory server failure'],
  [4, 4, 'Unable to route'],
  [4, 5, 'Mail system congestion'],
  [4, 6, 'Routing loop detected'],
  [4, 7, 'Delivery time expired'],
  [5, 0, 'Other or undefined protocol status'],
  [5, 1, 'Invalid command'],
  [5, 2, 'Syntax error'],
  [5, 3, 'Too many recipients'],
  [5, 4, 'Invalid command arguments'],
  [5, 5, 'Wrong protocol version'],
  [5, 6, 'Authentication exchange line is too long'],
  [6, 0, 'Other or undefined media error'],
  [6, 1, 'Media not supported'],
  [6, 2, 'Conversion required and prohibited'],
  [6, 3, 'Conversion required but not supported'],
  [6, 5, 'Conversion failed'],
  [6, 7, 'Non-ASCII addresses not permitted for that sender/recipient'],
  [6, 8, 'UTF-8 string reply is required, but not permitted by the SMTP client'],
  [7, 0, 'Other or undefined security status'],
  [7, 1, 'Delivery not authorized, message refused'],
  [7, 2, 'Mailing list expansion prohibited'],
  [7, 3, 'Security conversion required but not possible'],
  [7, 4, 'Security features not supported'],
  [7, 5, 'Cryptographic failure'],
  [7, 7, 'Message integrity failure'],
  [7, 8, 'Authentication credentials invalid'],
  [7, 9, 'Authentication mechanism is too weak'],
  [7, 10, 'Encryption needed'],
  [7, 11, 'Encryption required for requested authentication mechanism'],
  [7, 12, 'A password transition is needed'],
  [7, 13, 'User account disabled'],
  [7, 14, 'Trust relationship required'],
  [7, 20, 'No passing DKIM signature found'],
  [7, 21, 'No acceptable DKIM signature found'],
  [7, 22, 'No valid author-matched DKIM signature found'],
  [7, 23, 'SPF validation failed'],
  [7, 24, 'SPF validation error'],
  [7, 25, 'Reverse DNS validation failed'],
  [7, 26, 'Multiple authentication checks failed'],
  [7, 27, 'Sender address has null MX'],
  [7, 28, 'Mail flood detected'],
  [7, 29, 'ARC validation failure'],
  [7, 30, 'REQUIRETLS support required'],
];

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function genericPage(cls: 4 | 5, subject: Subject, detail: number, meaning: string): CatalogEntry {
  const code = `${cls}.${subject}.${detail}` as EnhancedCode;
  const s = SUBJECTS[subject];
  const temporary = cls === 4;
  return {
    id: `generic-${code}-${slug(meaning)}`,
    provider: 'generic',
    replyCode: null,
    enhancedCode: code,
    providerText: meaning,
    fromGoogleList: false,
    title: `${code} ${meaning}`,
    severity: temporary ? 'low' : 'medium',
    summary: `A ${temporary ? 'temporary' : 'permanent'} failure about ${s.area}: "${meaning}" (RFC 3463). No provider-specific page matched, so read the text that came with the code for the exact reason.`,
    whatYouSee: [`${temporary ? 451 : 550} ${code} ${meaning}`],
    whatsHappening: `The server answered with the enhanced status code ${code}. The first digit (${cls}) says the failure is ${temporary ? 'temporary: the same message may go through later' : 'permanent: sending the same message again will fail the same way until something changes'}; ${subject}.x codes are about ${s.area}, and ${code} means "${meaning}". Providers add their own wording after the code; that wording, not the code alone, says what exactly went wrong.`,
    causes: s.causes,
    fixes: s.fixes,
    prevention: temporary
      ? 'Retry temporary failures with exponential backoff instead of at once, and keep the failure rate low so receivers do not throttle you.'
      : 'Validate addresses and authentication before sending, and stop retrying permanent failures.',
    related: [],
    retry: temporary
      ? {
          kind: 'backoff',
          initialDelayMs: 60_000,
          maxDelayMs: 3_600_000,
          note: 'Temporary by class; retry with exponential backoff.',
        }
      : {
          kind: 'fix-then-retry',
          note: 'Permanent by class; change what the text says before sending again.',
        },
    stage: s.stage,
    signature: { phrases: [] },
    sources: [
      'https://www.rfc-editor.org/rfc/rfc3463',
      'https://www.iana.org/assignments/smtp-enhanced-status-codes',
    ],
  };
}

/** One generic page per registered enhanced code, in both the temporary and the permanent class. */
export const genericPages: readonly CatalogEntry[] = CODES.flatMap(([subject, detail, meaning]) => [
  genericPage(4, subject, detail, meaning),
  genericPage(5, subject, detail, meaning),
]);
