import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.0-connection-expired',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.0',
  providerText:
    'Connection expired, try reconnecting. For more information, go to About SMTP error messages.',
  fromGoogleList: true,
  title: 'Connection expired, try reconnecting',
  severity: 'low',
  summary:
    'Gmail closed an SMTP session that had lived too long or sat idle, answering the next command with 421. Nothing was accepted on that command: open a new session and resend the same message at once.',
  whatYouSee: [
    '421 4.7.0 Connection expired, try reconnecting. d2e1a72fcca58-4a0 - gsmtp',
    "Error: Server terminates connection. response=421 4.7.0 Connection expired, try reconnecting. d2e1a72fcca58-4a0 - gsmtp  command: 'MAIL FROM'",
    'host smtp.gmail.com[142.250.102.108] said: 421 4.7.0 Connection expired, try reconnecting. d2e1a72fcca58-4a0 - gsmtp (in reply to MAIL FROM command)',
  ],
  whatsHappening:
    'Gmail bounds how long one SMTP session may stay open and how long it may sit idle. A session that a pool, a keep-alive option or a connection cache kept past that bound gets `421 4.7.0 Connection expired, try reconnecting.` as the reply to its next command, and the server closes the socket (RFC 5321 section 3.8: a server that ends a session answers the next command with 421). The reply is about the session, not the message, the sender or the IP: the command it answers was not carried out, so the message was not accepted and a resend on a new session is not a duplicate. Google’s list files the row under “About SMTP error messages” and gives no numbers for the bound.',
  causes: [
    'A pooled or kept-alive session (nodemailer `pool: true`, PHPMailer `SMTPKeepAlive`, a Postfix connection cache) reused after Gmail’s session lifetime',
    'A session opened early and used only after slow work (a long database query, a batch build) in between',
    'A client that opens the connection at start-up and keeps it for the life of the process',
  ],
  fixes: [
    {
      title: 'Reconnect and resend the same message',
      detail:
        'Treat this 421 as the end of the session: close it, connect again (EHLO, STARTTLS, AUTH) and resend the message whose command got the 421. Make the retry resend that message rather than report it failed.',
    },
    {
      title: 'Open the session close to the send',
      detail:
        'Connect right before sending, not at start-up, and close idle sessions yourself. With a pool, let idle connections close (nodemailer closes pooled connections the server drops; keep `maxMessages` finite).',
    },
    {
      title: 'Recycle sessions before Gmail does',
      detail:
        'Cap messages per session (nodemailer `maxMessages`, Postfix `smtp_connection_reuse_count_limit` and `smtp_connection_reuse_time_limit`, PHPMailer: `smtpClose()` every few dozen messages).',
    },
  ],
  prevention:
    'Keep sessions short-lived and handle 421 on a reused session by reconnecting once and resending, before any back-off.',
  related: [
    '421-4.7.0-session-recycled',
    '451-4.4.2-timeout',
    '421-4.7.0-try-again-later-closing-connection',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 100,
    maxDelayMs: 60_000,
    note: 'Reconnect at once on a new session and resend the same message; back off (doubling up to a minute) only if a new session is refused too.',
  },
  stage: 'any',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    phrases: ['connection expired, try reconnecting'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/3221692',
    'https://www.rfc-editor.org/rfc/rfc5321#section-3.8',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
