import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '450-4.2.1-peak-relay-limit',
  provider: 'gmail',
  replyCode: 450,
  enhancedCode: '4.2.1',
  providerText:
    'Peak SMTP relay limit exceeded for customer. This is a temporary error. For more information on SMTP relay limits, please contact your administrator or visit SMTP relay service error messages.',
  fromGoogleList: true,
  googleListRows: [
    'Peak SMTP relay limit exceeded for this customer. This is a temporary error. For more information on SMTP relay limits, contact your administrator or go to SMTP relay service error messages.',
  ],
  title: 'Peak SMTP relay limit exceeded for the organization',
  severity: 'high',
  summary:
    'Your Google Workspace organization sent more through smtp-relay.gmail.com in a short window than Google allows, so relay mail for the whole organization is being deferred. Slow the senders down and let queues retry after the window passes.',
  whatYouSee: [
    '450 4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error. For more information on SMTP relay limits, please contact your administrator or visit https://support.google.com/a/answer/6140680 d2e1a72fcca58-4a0 - gsmtp',
    '450-4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error.',
  ],
  whatsHappening:
    'This comes only from the Workspace SMTP relay service (smtp-relay.gmail.com), which your servers, apps and devices use to send through Google. Besides per-user daily limits, Google limits how many recipients the whole organization can relay: Google documents about 319,444 non-unique recipients per 10-minute window and 4.6 million per 24 hours, and may lower that for an organization based on its sending practices. "For customer" means the organization-wide peak limit is exhausted, so every relay client in the organization is being deferred, not only the one that caused it. It clears as the window moves on.',
  causes: [
    'A bulk campaign or newsletter pushed through smtp-relay.gmail.com in a short burst',
    'A runaway app or script (a loop, a retry storm, a flushed backlog) relaying huge numbers of messages',
    'Many servers, devices and apps in the organization sharing the relay at their peak hour',
    'Google lowered the organization’s relay limit because of poor sending practices (spam complaints, bounces) or a new or trial account',
  ],
  fixes: [
    {
      title: 'Let queues retry after the window',
      detail:
        'Treat it as a deferral: keep messages queued and retry after 10 minutes or more, backing off to an hour. Avoid all senders retrying at the same moment; add jitter.',
    },
    {
      title: 'Find the sender that spiked',
      detail:
        'Use Email Log Search in the Admin console (Reporting > Email Log Search) and your relay clients’ logs to see which envelope sender or host sent the most in the last hour, and stop or throttle it.',
    },
    {
      title: 'Throttle relay clients',
      detail:
        'Cap the rate at which each server hands mail to the relay. In Postfix with `relayhost = [smtp-relay.gmail.com]:587`, set `smtp_destination_concurrency_limit = 2` and `smtp_destination_rate_delay = 1s` (or the same settings on a dedicated transport); in apps, use a queue with a messages-per-minute cap.',
    },
    {
      title: 'Move bulk mail to a bulk sender',
      detail:
        'Marketing mail and large notification runs belong on a dedicated email service provider with its own IPs and limits; keep the Workspace relay for ordinary business mail.',
    },
  ],
  prevention:
    'Put rate limits on every system that relays through Google, schedule large sends outside peak hours, and keep bulk campaigns off the Workspace relay.',
  related: [
    '550-5.7.1-daily-relay-limit-customer',
    '550-5.4.5-daily-relay-limit-user',
    '550-5.7.0-relay-denied',
    '421-4.7.0-try-again-later-closing-connection',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 600_000,
    maxDelayMs: 3_600_000,
    note: 'Retry after the 10-minute window has moved on, with jitter across senders; slow the relay clients meanwhile.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/a/answer/6140680',
  signature: {
    phrases: ['peak smtp relay limit exceeded'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/6140680',
    'https://support.google.com/a/answer/2956491',
  ],
  checked: '2026-11-23',
};
