import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.0-temporary-system-problem',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.0',
  providerText: 'Temporary System Problem. Try again later.',
  fromGoogleList: true,
  title: 'Temporary system problem (421 4.7.0)',
  severity: 'medium',
  summary:
    'Gmail cut the session short with a temporary error in its security/policy class, typically after an account or script sent several messages in quick succession. Slow down and retry the same message later.',
  whatYouSee: [
    '421 4.7.0 Temporary System Problem.  Try again later (10). d2e1a72fcca58-4a0 - gsmtp',
    'Data command failed: 421 4.7.0 Temporary System Problem.  Try again later (10). d2e1a72fcca58-4a0 - gsmtp',
    'Net::SMTPUnknownError: could not get 3xx (421: 421 4.7.0 Temporary System Problem.  Try again later (WS). d2e1a72fcca58-4a0 - gsmtp)',
  ],
  whatsHappening:
    'Gmail answered a command (most often DATA) with 421 and closed the connection. The wording matches 421 4.3.0, but the enhanced code 4.7.0 is the security and policy class, so this variant points more at Gmail throttling the way you send than at an outage. Public reports come from apps that send several emails back to back through one Gmail or Workspace account: mass notifications, alert workers, invitation batches. The marker in brackets, such as (10) or (WS), is internal to Google and undocumented. The message was not delivered; a later, slower attempt normally succeeds.',
  causes: [
    'Several messages sent in quick succession from one account, for example a worker that mails every user of an app in a loop',
    'A new connection and login for every message, which multiplies sessions on the account',
    'Parallel workers or servers sharing one account and sending at the same time',
    'An account close to its daily sending limit, where Gmail starts throttling before the hard stop',
    'Occasionally a short fault on Gmail’s side that clears within minutes',
  ],
  fixes: [
    {
      title: 'Requeue and retry with backoff',
      detail:
        'Keep the message and retry on a new connection after about 2 minutes, doubling the delay up to an hour, with jitter. Do not retry straight away in a loop: that keeps the account in the throttled state.',
    },
    {
      title: 'Send slower over fewer connections',
      detail:
        'Reuse one authenticated connection for a batch instead of one per message. With nodemailer, use `pool: true`, `maxConnections: 1` or `2`, and a cap such as `rateLimit: 1` with `rateDelta: 2000` (one message every 2 seconds) for bulk runs.',
    },
    {
      title: 'Check the account’s sending volume',
      detail:
        'Count what the account sent in the last 24 hours. A personal Gmail account tops out around 500 recipients a day and a Workspace user around 2,000 messages a day. If you are near that, spread the mail across time or move bulk sends to a dedicated email service.',
    },
    {
      title: 'Separate bulk mail from personal mail',
      detail:
        'App notifications and newsletters sent from a staff mailbox compete with that person’s own mail for the same limits and reputation. Use a separate sending account, the Workspace SMTP relay, or a bulk email provider for automated mail.',
    },
  ],
  prevention:
    'Queue outgoing mail, send it at a steady capped rate over pooled connections, and keep automated bulk mail off personal Gmail accounts.',
  related: [
    '421-4.3.0-temporary-system-problem',
    '421-4.7.0-try-again-later-closing-connection',
    '550-5.4.5-daily-user-limit',
    '454-4.7.0-cannot-authenticate',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 120_000,
    maxDelayMs: 3_600_000,
    note: 'Reconnect for each retry and lower the account’s send rate; immediate retries prolong the throttling.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    // Shared with 421-4.3.0-temporary-system-problem (and contained in the 454 4.7.0 text);
    // the enhanced code 4.7.0 with reply code 421 tells this page apart.
    phrases: ['temporary system problem'],
  },
  sources: [
    'https://support.google.com/mail/answer/22839',
    'https://support.google.com/a/answer/166852',
    'https://support.google.com/a/answer/3726730',
    'https://github.com/alykoshin/gmail-send/issues/13',
    'https://github.com/Ombi-app/Ombi/issues/2423',
    'https://github.com/bfosberry/GameSocial/issues/274',
  ],
  checked: '2026-12-03',
};
