import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'smtp-bad-sequence',
  provider: 'generic',
  replyCode: 503,
  enhancedCode: '5.5.1',
  providerText: 'Bad sequence of commands / RCPT first / MAIL first / need MAIL command',
  fromGoogleList: false,
  // Google's list has Gmail say it too, with no Gmail-specific cause: this page is its answer.
  googleListRows: [
    'Bad sequence of commands. For more information, go to About SMTP error messages and review RFC 5321 specifications.',
  ],
  title: 'Bad sequence of commands (any server)',
  severity: 'medium',
  summary:
    'The client sent a command out of order: RCPT before an accepted MAIL FROM, DATA before an accepted RCPT, AUTH twice, or MAIL before EHLO. Usually an earlier command failed and the client carried on; the earlier reply is the real error.',
  whatYouSee: [
    '503 5.5.1 Bad sequence of commands',
    '503 RCPT first (#5.5.1)',
    '503 5.5.1 Error: need RCPT command',
    '503 5.5.1 Error: need MAIL command',
    '503 Bad sequence of commands',
    '503 RCPT command expected',
    '503 5.5.2 Send hello first [AM0PR01CA0001.eurprd01.prod.outlook.com]',
  ],
  whatsHappening:
    'SMTP is a strict dialogue: EHLO, (STARTTLS, EHLO, AUTH), MAIL FROM, one or more RCPT TO, DATA. A 503 says the command arrived when the server was not ready for it. The usual chain is that MAIL FROM or every RCPT TO was rejected (wrong sender, unauthenticated, bad address) and a pipelining client sent the next command anyway, or the application reused a connection whose previous transaction was not finished.',
  causes: [
    'An earlier MAIL FROM or RCPT TO was rejected and the client sent DATA anyway (pipelining)',
    'All recipients were refused, so DATA has no recipient',
    'Custom SMTP code sending commands in the wrong order or reusing an unfinished session',
  ],
  fixes: [
    {
      title: 'Find the reply before the 503',
      detail:
        'Enable protocol logging and read the reply to MAIL FROM / RCPT TO just before; fix that error and the 503 disappears.',
    },
    {
      title: 'Do not hand-roll the dialogue',
      detail: 'Use a maintained SMTP library, and reset (RSET) or reconnect after a failed transaction.',
    },
  ],
  prevention: 'Log the whole SMTP transcript on failure so the first failing reply is visible.',
  related: ['503-5.5.1-mail-first', '503-5.5.1-rcpt-first', '503-5.5.1-ehlo-first', 'smtp-auth-required'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Repeats until the earlier failing command or the client logic is fixed.',
  },
  stage: 'any',
  signature: {
    phrases: [
      'bad sequence of commands',
      'need rcpt command',
      'need mail command',
      'rcpt first',
      'rcpt command expected',
      // Exchange and Microsoft 365 answer MAIL FROM or AUTH before any EHLO/HELO, or after STARTTLS
      // without the new EHLO RFC 3207 asks for, with "503 5.5.2 Send hello first [<server>]"
      // (RFC 5321 §4.1.4: a session starts with EHLO; the transcripts in the issues below).
      'send hello first',
    ],
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3',
    'https://cr.yp.to/qmail.html',
    'https://github.com/MailCore/mailcore2/issues/298',
    'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.4',
    'https://github.com/qoretechnologies/qore/issues/2833',
    'https://github.com/nette/mail/issues/71',
    'https://github.com/xhit/go-simple-mail/issues/94',
  ],
  checked: '2026-12-03',
};
