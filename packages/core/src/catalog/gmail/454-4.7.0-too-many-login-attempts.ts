import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '454-4.7.0-too-many-login-attempts',
  provider: 'gmail',
  replyCode: 454,
  enhancedCode: '4.7.0',
  providerText:
    'Too many login attempts, please try again later. For more information, go to https://support.google.com/mail/answer/7126229',
  fromGoogleList: false,
  googleListRows: [
    'Too many login attempts, please try again later. For more information, go to Add Gmail to another email client.',
  ],
  title: 'Too many login attempts, please try again later',
  severity: 'high',
  summary:
    'Gmail is throttling AUTH for this account because it logged in too often or failed too often. Stop reconnecting, reuse one authenticated connection, and wait before trying again.',
  whatYouSee: [
    '454-4.7.0 Too many login attempts, please try again later. For more information,',
    '454-4.7.0 go to',
    '454 4.7.0  https://support.google.com/mail/answer/7126229 d2e1a72fcca58-4a0 - gsmtp',
    'Error: Invalid login: 454 4.7.0 Too many login attempts, please try again later.',
  ],
  whatsHappening:
    'Every new SMTP connection to smtp.gmail.com has to authenticate, and Gmail limits how many logins an account may make in a short time. Scripts that open one connection per message, several workers sharing an account, or a loop retrying a bad password quickly exceed that, and Gmail answers AUTH with 454 4.7.0 until the window passes. Messages are not bounced yet (4xx), but nothing can be sent from that account until AUTH is accepted again. Older replies ended with "Learn more at". nodemailer reports it as `Invalid login` with code EAUTH.',
  causes: [
    'A new connection and AUTH for every message (no pooling), e.g. a mailing loop over hundreds of recipients',
    'Many processes, containers or cron jobs logging in to the same account at once',
    'A retry loop resending wrong credentials after 535 or 534 errors',
    'Several devices and apps using the same account and reconnecting constantly',
  ],
  fixes: [
    {
      title: 'Stop and back off',
      detail:
        'Pause all senders on the account for at least several minutes, then retry with exponential back-off (1, 2, 4, 8 minutes, up to about 30). Every attempt during the lockout extends it.',
    },
    {
      title: 'Authenticate once and reuse the connection',
      detail:
        'Use a pooled transport: nodemailer `pool: true, maxConnections: 3, maxMessages: 100`; Python: one `smtplib.SMTP` session for the whole batch; PHPMailer `SMTPKeepAlive = true`. Send many messages per login instead of one.',
    },
    {
      title: 'Fix credential failures first',
      detail:
        'If earlier replies were 535 5.7.8 or 534 5.7.9, correct the app password or token before retrying; failed logins count towards the limit.',
    },
    {
      title: 'Move bulk sending off a personal account',
      detail:
        'Mailing hundreds of recipients through smtp.gmail.com also runs into daily sending limits. Use a transactional email provider or Workspace SMTP relay for volume.',
    },
  ],
  prevention:
    'Keep one long-lived authenticated connection per process, cap concurrency across all processes for the account, and never retry AUTH on a credential error.',
  related: [
    '454-4.7.0-cannot-authenticate',
    '535-5.7.8-bad-credentials',
    '550-5.4.5-daily-user-limit',
    '421-4.7.0-try-again-later-closing-connection',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 60_000,
    maxDelayMs: 1_800_000,
    note: 'Pause every sender on the account, then retry with exponential back-off using a single pooled connection.',
  },
  stage: 'AUTH',
  helpUrl: 'https://support.google.com/mail/answer/7126229',
  signature: {
    phrases: ['too many login attempts'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/7126229',
    'https://github.com/nodemailer/nodemailer/issues/1388',
    'https://github.com/AnalogJ/justvanish/issues/13',
    'https://github.com/expertiza/expertiza/issues/2840',
    'https://github.com/gophish/gophish/issues/1836',
  ],
  checked: '2026-11-23',
};
