import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.0-session-recycled',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.0',
  providerText: 'Try again later, closing connection.',
  fromGoogleList: false,
  title: 'Try again later, closing connection (mid-session: Gmail recycled the session)',
  severity: 'low',
  summary:
    'Gmail ended a session that had been working, answering MAIL FROM, RCPT TO or the end of DATA with 421 and closing it. Reconnect at once on a fresh session and resend the same message; back off only if a fresh session is refused the same way.',
  whatYouSee: [
    "Error: Server terminates connection. response=421 4.7.0 Try again later, closing connection. d2e1a72fcca58-4a0 - gsmtp  command: 'MAIL FROM'",
    'host smtp.gmail.com[142.250.102.108] said: 421 4.7.0 Try again later, closing connection. d2e1a72fcca58-4a0 - gsmtp (in reply to MAIL FROM command)',
    'host smtp.gmail.com[142.250.102.108] said: 421 4.7.0 Try again later, closing connection. d2e1a72fcca58-4a0 - gsmtp (in reply to RCPT TO command)',
    'SMTP ERROR: DATA END command failed: 421 4.7.0 Try again later, closing connection. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'A long-lived SMTP session (a pooled nodemailer transport, PHPMailer with SMTPKeepAlive, a Postfix relayhost connection cache) had already authenticated and sent messages; then Gmail answered the next MAIL FROM, RCPT TO or end of DATA with `421 4.7.0 Try again later, closing connection.` and closed the socket. Gmail limits how long and how much one session may be used and recycles sessions as its front ends rotate; RFC 5321 (section 3.8) says a server that shuts a session down sends 421 and the client reads it on its next command. It is the same words as the relay’s EHLO-stage refusal, but at this stage it says nothing about your EHLO name, IP or reputation: the message was not accepted, and a fresh session normally takes it at once. Only when a brand-new session is refused the same way (at EHLO, or at the first MAIL FROM) is it real throttling or a relay problem.',
  causes: [
    'A pooled or kept-alive session outlived what Gmail allows for one session (time, messages or bytes)',
    'Gmail rotated the front end serving the session (maintenance, load balancing)',
    'The session sat idle between messages and the server closed it as its next reply',
    'Only when a fresh session is refused the same way: rate or relay throttling (see the EHLO-stage page)',
  ],
  fixes: [
    {
      title: 'Reconnect and resend at once',
      detail:
        'Drop the session, open a new one (connect, EHLO, STARTTLS, AUTH) and resend the same message; nothing was accepted, so nothing is duplicated. nodemailer’s pool does this when the connection closes; make your own retry resend the message that failed instead of reporting it lost.',
    },
    {
      title: 'Back off only when a fresh session is refused too',
      detail:
        'If the new session is also answered 421 (at EHLO or its first MAIL FROM), treat it as throttling: wait, doubling from a few seconds up to a minute, and read the EHLO-stage page for the relay checks.',
    },
    {
      title: 'Cap messages per session',
      detail:
        'Recycle sessions before Gmail does: nodemailer `maxMessages` (100 by default), PHPMailer: call `smtpClose()` every few dozen messages when `SMTPKeepAlive` is on; Postfix: `smtp_connection_reuse_count_limit`.',
    },
  ],
  prevention:
    'Treat a 421 on a session that was working as the end of the session, not as a verdict on the message: reconnect and resend, cap messages per session, and keep the back-off for refusals of fresh sessions.',
  related: [
    '421-4.7.0-try-again-later-closing-connection',
    '421-4.4.5-server-busy',
    '421-4.7.0-temporary-system-problem',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 100,
    maxDelayMs: 60_000,
    note: 'Reconnect at once on a fresh session and resend; back off (doubling up to a minute) only if a fresh session is refused the same way.',
  },
  stage: 'MAIL',
  signature: {
    phrases: ['try again later, closing connection'],
    stages: ['MAIL', 'RCPT', 'DATA'],
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc5321#section-3.8',
    'https://github.com/chatmail/filtermail/issues/143',
    'https://github.com/dexie/Dexie.js/issues/2163',
    'https://nodemailer.com/smtp/pooled/',
  ],
  checked: '2026-12-03',
};
