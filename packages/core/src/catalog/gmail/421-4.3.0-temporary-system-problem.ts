import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.3.0-temporary-system-problem',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.3.0',
  providerText: 'Temporary System Problem. Try again later',
  fromGoogleList: true,
  googleListRows: [
    'Temporary System Problem. Try again later. For more information, go to About SMTP error messages.',
  ],
  title: 'Temporary system problem (421 4.3.0)',
  severity: 'medium',
  summary:
    'Gmail closed the session with a transient error, most often while one account or script was pushing many messages in quick succession. Nothing has bounced: slow down, reconnect and retry the same message with backoff.',
  whatYouSee: [
    '421 4.3.0 Temporary System Problem.  Try again later (10). d2e1a72fcca58-4a0 - gsmtp',
    'Error: Data command failed: 421 4.3.0 Temporary System Problem.  Try again later (10). d2e1a72fcca58-4a0 - gsmtp',
    '421-4.3.0 Temporary System Problem. Try again later',
  ],
  whatsHappening:
    'Gmail accepted your connection but gave up on the transaction with 421, which also means it is closing the connection. The 4.3.0 enhanced code is the generic "mail system" class: Gmail is not objecting to the message, the recipient or your credentials. The short marker in brackets, such as (10), is internal to Google and undocumented. In public reports it shows up mostly when a script sends a burst of messages through one account (a mailing loop, a batch of notifications), and sometimes during a short Gmail-side fault. The message was not delivered, but the same message will normally go through on a later attempt.',
  causes: [
    'A burst of messages from one account or IP, for example a loop that sends a newsletter one message at a time over smtp.gmail.com',
    'Many parallel connections from one app, each opening a new session per message',
    'A short-lived fault or overload on the Gmail server that handled the session',
    'Immediate automatic retries after the first failure, which keep the burst going',
  ],
  fixes: [
    {
      title: 'Reconnect and retry with backoff',
      detail:
        'Treat it as transient. Gmail has closed the session, so open a new connection for the retry. Wait about a minute first, then double the wait on each failure (2, 4, 8 minutes) up to about 30 minutes, with some random jitter. Do not mark the recipient as bad.',
    },
    {
      title: 'Throttle your sending',
      detail:
        'Send through one or a few reused connections with a rate cap instead of a connection per message. With nodemailer, use `pool: true`, `maxConnections: 2` and a rate limit such as `rateLimit: 5` with `rateDelta: 1000` (5 messages per second at most); lower it further if the error continues.',
    },
    {
      title: 'Stay inside Gmail sending limits',
      detail:
        'A personal Gmail account may send to about 500 recipients a day and a Google Workspace user about 2,000 messages a day; bursts close to those limits draw throttling before the hard limit is reached. Newsletters and bulk mail belong on a bulk email service, not on one mailbox.',
    },
    {
      title: 'Check for a Google-side incident',
      detail:
        'If every account and every sender fails at the same time, check the Google Workspace Status Dashboard (https://www.google.com/appsstatus/dashboard/) and let your queue retry until the incident is over.',
    },
  ],
  prevention:
    'Reuse pooled connections, cap the send rate per account, retry 4xx replies from a queue with exponential backoff, and move bulk mail off personal mailboxes.',
  related: [
    '421-4.7.0-temporary-system-problem',
    '421-4.4.5-server-busy',
    '451-4.3.0-temporarily-rejected',
    '550-5.4.5-daily-user-limit',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 60_000,
    maxDelayMs: 1_800_000,
    note: 'Reconnect for each retry; back off exponentially with jitter and lower the send rate of the account.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    // Shared with 421-4.7.0-temporary-system-problem (and contained in the 454 4.7.0 text);
    // the enhanced code 4.3.0 tells this page apart.
    phrases: ['temporary system problem'],
  },
  sources: [
    'https://support.google.com/mail/answer/22839',
    'https://support.google.com/a/answer/166852',
    'https://support.google.com/a/answer/3726730',
    'https://github.com/fastify/help/issues/800',
  ],
  checked: '2026-12-03',
};
