import type { CatalogEntry } from '../../types.js';

// Google's list has this sentence on its own and as the second sentence of three other 503 5.5.1
// rows (EHLO/HELO first, RCPT first, No DATA after BDAT). Those pages carry their full row as a
// phrase too, so a reply that names the missing command still goes to its own page; this one is
// the reply that names none.
export const page: CatalogEntry = {
  id: '503-5.5.1-out-of-sequence',
  provider: 'gmail',
  replyCode: 503,
  enhancedCode: '5.5.1',
  providerText:
    'An email transaction protocol command was issued out of sequence. For more information, go to About SMTP error messages and review RFC 5321 specifications.',
  fromGoogleList: true,
  title: 'A command was issued out of sequence',
  severity: 'medium',
  summary:
    'Your client sent an SMTP command at a point of the session where it is not allowed (a second MAIL FROM before the first transaction ended, a command in the middle of a message). It is a client bug, not a problem with the message or the account: fix the order of commands, then resend.',
  whatYouSee: [
    '503 5.5.1 An email transaction protocol command was issued out of sequence. d2e1a72fcca58-4a0 - gsmtp',
    '503-5.5.1 An email transaction protocol command was issued out of sequence. For more information, go to About SMTP error messages and review RFC 5321 specifications.',
  ],
  whatsHappening:
    'RFC 5321 fixes the order of a mail transaction: EHLO, then (on smtp.gmail.com) STARTTLS and AUTH, then MAIL FROM, one or more RCPT TO, then DATA or BDAT, and RSET or a new MAIL FROM only after the transaction has ended. A command out of that order gets 503 5.5.1. Gmail names the missing step when it can ("EHLO/HELO first", "MAIL first", "RCPT first", "No DATA after BDAT", each with its own page); this wording names none, so look at the command just before it in the transcript. Typical cases are a second MAIL FROM on a reused connection whose last transaction never ended (a lost reply, a timeout in the middle of DATA), and hand-written SMTP code that pipelines commands without reading the replies.',
  causes: [
    'A second MAIL FROM while a transaction is still open: a reused or pooled connection whose previous message failed half way, with no RSET',
    'Hand-written SMTP code that sends commands in the wrong order or pipelines them without waiting for the replies it depends on',
    'A client that mixes DATA and BDAT (CHUNKING) in one transaction',
    'A proxy or antivirus that intercepts port 587 or 465 and replays commands out of order',
  ],
  fixes: [
    {
      title: 'Read the command just before the 503',
      detail:
        'Turn on the protocol log (nodemailer `logger: true, debug: true`, PHPMailer `SMTPDebug = 2`, Python `set_debuglevel(1)`) and find the command Gmail answered with 503. That command, or a missing RSET before it, is the bug.',
    },
    {
      title: 'Send RSET (or open a new connection) after a failed message',
      detail:
        'When a message fails half way on a pooled connection, end the transaction with RSET before the next MAIL FROM, or close the connection. Well-kept libraries (nodemailer, smtplib, PHPMailer) do this; hand-written code often does not.',
    },
    {
      title: 'Use a maintained SMTP library instead of hand-written commands',
      detail:
        'The order of commands, pipelining and CHUNKING are solved problems: nodemailer, Python smtplib or PHPMailer send them in the right order and read every reply.',
    },
  ],
  prevention:
    'Use a maintained SMTP library, keep one transaction at a time per connection, and reset or drop a connection after any failure in the middle of a message.',
  related: [
    '503-5.5.1-mail-first',
    '503-5.5.1-rcpt-first',
    '503-5.5.1-ehlo-first',
    '503-5.5.1-no-data-after-bdat',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The message itself is fine: resend it once the client sends its commands in order (or on a fresh connection).',
  },
  stage: 'any',
  signature: {
    phrases: ['an email transaction protocol command was issued out of sequence'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.4',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
