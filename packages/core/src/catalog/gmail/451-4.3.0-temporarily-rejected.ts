import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '451-4.3.0-temporarily-rejected',
  provider: 'gmail',
  replyCode: 451,
  enhancedCode: '4.3.0',
  providerText: 'Mail server temporarily rejected message.',
  fromGoogleList: true,
  googleListRows: [
    'Email server has temporarily rejected this message. Go to About SMTP error messages for more information.',
  ],
  title: 'Mail server temporarily rejected the message',
  severity: 'medium',
  summary:
    'Gmail took the whole message and then refused it with a temporary error. Retry the same message after a short wait, and slow down if you were sending a burst.',
  whatYouSee: [
    '451 4.3.0 Mail server temporarily rejected message. d2e1a72fcca58-4a0 - gsmtp',
    'Message failed: 451-4.3.0 Mail server temporarily rejected message',
    '4.3.0 Mail server temporarily rejected message. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'The reply comes after the final "." of DATA: Gmail received the full message and then declined to accept it for now. The 4.3.0 code is the generic "mail system" class, so Gmail is not objecting to the recipient, your login or the content; something on its side could not complete, or your sending pattern is being slowed. It turns up in public reports during bursts through smtp.gmail.com, such as a patch series sent with git send-email or a batch of invoices. Google does not say whether a message refused this way can still be stored, so treat it as not delivered and resend it with the same Message-ID, so that a copy that did arrive is recognisable as the same message.',
  causes: [
    'A transient failure in Gmail while storing or processing the message after DATA',
    'A burst of messages through one account, such as a long patch series or a mail merge',
    'Several clients or workers submitting through the same account at the same moment',
    'Immediate retries after each failure that keep the burst going',
  ],
  fixes: [
    {
      title: 'Retry the same message after a pause',
      detail:
        'Requeue it and retry on a new connection after about a minute, doubling up to half an hour. Keep the same Message-ID header on the retry so a rare duplicate is recognisable and threads correctly.',
    },
    {
      title: 'Slow down bursts',
      detail:
        'Space out large runs. git send-email: `--batch-size=10 --relogin-delay=60` (or `sendemail.smtpBatchSize` and `sendemail.smtpReloginDelay` in git config), then resend only the patches that failed. nodemailer: `pool: true` with `rateLimit` and `rateDelta` to cap messages per second.',
    },
    {
      title: 'Report the right status to users',
      detail:
        'Do not show a permanent failure for a 451: mark the message as deferred and retrying. If it keeps failing for hours, check the message size and attachments and try sending a plain test message from the same account.',
    },
    {
      title: 'Check for a wider incident',
      detail:
        'If all accounts fail at once, check the Google Workspace Status Dashboard (https://www.google.com/appsstatus/dashboard/) and let the queue wait it out.',
    },
  ],
  prevention:
    'Send from a queue that retries 4xx replies with backoff, cap the rate of bulk runs per account, and keep stable Message-IDs across retries.',
  related: [
    '421-4.3.0-temporary-system-problem',
    '421-4.7.0-temporary-system-problem',
    '451-4.4.2-timeout',
    '550-5.4.5-daily-user-limit',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 60_000,
    maxDelayMs: 1_800_000,
    note: 'Retry the same message (same Message-ID) on a new connection with exponential backoff.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    phrases: ['mail server temporarily rejected message', 'server has temporarily rejected this message'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://support.google.com/a/answer/3221692'],
  checked: '2026-12-03',
};
