import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'api-user-rate-limit-retry-after',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'User-rate limit exceeded.  Retry after 2020-01-21T12:57:51.196Z',
  fromGoogleList: false,
  title: 'Gmail API: User-rate limit exceeded. Retry after <time> (429: sending or daily limit)',
  severity: 'high',
  summary:
    "The mailbox hit one of Gmail's per-user limits that last longer than a minute: most often the daily sending limit (500 recipients a day for a consumer account, 2,000 for Workspace), which the API enforces like SMTP does. Nothing goes out for this user before the time in the message; queue the mail and resume after it.",
  whatYouSee: [
    'The API returned an error: Error: User-rate limit exceeded.  Retry after 2020-01-21T12:57:51.196Z',
    'Temporary error: rateLimitExceeded - User-rate limit exceeded.  Retry after 2023-03-07T18:03:15.961Z, Backing off: 16 seconds, Retry: 4/10',
    '{ "error": { "code": 429, "message": "User-rate limit exceeded.  Retry after 2026-12-03T18:00:00.000Z", "errors": [ { "message": "User-rate limit exceeded.  Retry after 2026-12-03T18:00:00.000Z", "domain": "usageLimits", "reason": "rateLimitExceeded" } ], "status": "RESOURCE_EXHAUSTED" } }',
  ],
  whatsHappening:
    'A 429 "Too many requests" from the Gmail API can come from daily per-user limits, including the mail sending limits, as well as bandwidth and concurrent-request limits. When the limit lasts beyond the current minute, the message says until when: "User-rate limit exceeded. Retry after <UTC time>". For sending, this is the same daily limit that makes SMTP answer 550 5.4.5: a rolling 24 hours of messages and recipients per user. Retrying before the stated time only repeats the error; retries with short backoff (1 s … 64 s) use up their attempts long before it.',
  causes: [
    'The mailbox sent more than its daily sending limit (counted in recipients, over a rolling 24 hours)',
    'A bulk job for the same user (deleting or labelling thousands of messages) reached a per-user daily or bandwidth limit',
    'Many concurrent requests for one user',
  ],
  fixes: [
    {
      title: 'Wait until the time in the message',
      detail:
        'Parse the "Retry after" timestamp and hold this user\'s mail until then; do not retry with a short backoff.',
    },
    {
      title: 'Spread sending over the day, or over more mailboxes',
      detail:
        'Stay under 2,000 messages a day per Workspace user (500 for a consumer account); for more volume use an email service provider or several sending users.',
    },
    {
      title: 'Check what else runs as this user',
      detail: 'Bulk jobs (GAM, backup tools) for the same mailbox count against the same per-user limits.',
    },
  ],
  prevention:
    "Count each mailbox's sends over a rolling 24 hours and stop below its daily limit instead of discovering it from this error.",
  related: ['550-5.4.5-daily-user-limit', 'api-user-rate-limit-exceeded', 'api-rate-limit-exceeded'],
  retry: {
    kind: 'backoff',
    initialDelayMs: 900_000,
    maxDelayMs: 86_400_000,
    note: 'Not before the "Retry after" time in the message: often hours away when it is the daily sending limit.',
  },
  stage: 'api',
  helpUrl: 'https://support.google.com/a/answer/166852',
  signature: {
    phrases: ['user-rate limit exceeded. retry after', 'user-rate limit exceeded'],
  },
  sources: [
    'https://support.google.com/a/answer/166852',
    'https://support.google.com/mail/answer/22839',
    'https://developers.google.com/gmail/api/guides/handle-errors',
    'https://github.com/levz0r/gmail-tester/issues/23',
    'https://github.com/taers232c/GAMADV-XTD3/issues/337',
    'https://github.com/taers232c/GAMADV-XTD3/issues/375',
  ],
  checked: '2026-12-03',
};
