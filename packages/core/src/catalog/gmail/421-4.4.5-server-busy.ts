import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.4.5-server-busy',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.4.5',
  providerText: 'Server busy, try again later.',
  fromGoogleList: true,
  googleListRows: ['Server busy, try again later. For more information, go to About SMTP error messages.'],
  title: 'Server busy, try again later',
  severity: 'low',
  summary:
    'Gmail refused a new session because the server was busy or your IP opened too many connections too fast. It usually comes instead of the greeting; wait, reconnect and send again.',
  whatYouSee: [
    'Invalid greeting. response=421-4.4.5 Server busy, try again later. (smtp.gmail.com)',
    "smtplib.SMTPConnectError: (421, b'4.4.5 Server busy, try again later. (mx.google.com)\\n4.4.5 For more information, go to\\n4.4.5 https://support.google.com/a/answer/3221692 - gsmtp')",
    '421 4.4.5 Server busy, try again later.',
  ],
  whatsHappening:
    'The 421 arrives where the 220 greeting should be, so nothing of your mail was sent and the connection closes at once. The 4.4.5 enhanced code means "system congestion": the Gmail server you reached is not taking new sessions right now, either because it is loaded or because your address opened many connections in a short time. Libraries report it as a connection failure (nodemailer: "Invalid greeting" with responseCode 421; Python: SMTPConnectError), which is easy to mistake for a network or credentials problem. It clears on its own, usually within minutes.',
  causes: [
    'A temporary load spike on the Gmail server that answered the connection',
    'Many new connections from the same IP or account in a short time, for example a connection per message',
    'Workers or cron jobs that all start on the same second and connect at once',
    'A retry loop that reconnects immediately after every 421 and keeps the connection rate high',
  ],
  fixes: [
    {
      title: 'Wait, reconnect and resend',
      detail:
        'Treat a 421 at connect time as transient: wait 30 to 60 seconds, open a new connection and send the same message, doubling the wait each time up to about 15 minutes. Add random jitter so parallel workers do not reconnect together.',
    },
    {
      title: 'Reuse connections',
      detail:
        'Keep one pooled connection per worker and send many messages over it instead of connecting per message. With nodemailer, use `pool: true` with `maxConnections` of 2 to 5; with Python smtplib, keep the `SMTP` object open for the batch and call `quit()` at the end.',
    },
    {
      title: 'Spread scheduled jobs',
      detail:
        'Add a random delay of a few seconds to minutes to cron jobs and queue consumers that send mail, so dozens of processes do not all connect to smtp.gmail.com at the same moment.',
    },
    {
      title: 'Handle greeting errors as retryable in code',
      detail:
        'Many apps treat any connect failure as fatal and drop the message. Catch the connection error, check for reply code 421, and requeue the message instead of failing the request that triggered it.',
    },
  ],
  prevention:
    'Pool and reuse SMTP connections, cap concurrency per IP, jitter scheduled sends, and send mail from a queue that retries 4xx replies with backoff.',
  related: [
    '421-4.3.0-temporary-system-problem',
    '421-4.7.0-try-again-later-closing-connection',
    '454-4.7.0-cannot-authenticate',
    'conn-reset',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 30_000,
    maxDelayMs: 900_000,
    note: 'Reconnect after a short wait with jitter; the same message will go through once the server accepts sessions again.',
  },
  stage: 'connect',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    phrases: ['server busy, try again later'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://support.google.com/a/answer/3221692'],
  checked: '2026-11-23',
};
