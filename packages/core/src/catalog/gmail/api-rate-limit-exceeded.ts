import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'api-rate-limit-exceeded',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Resource has been exhausted (e.g. check quota).',
  fromGoogleList: false,
  title: 'Gmail API: Resource has been exhausted (429 rateLimitExceeded)',
  severity: 'medium',
  summary:
    'Your Google Cloud project (or one user of it) used more Gmail API quota units this minute than it is allowed. Nothing is wrong with the request: wait, retry with exponential backoff, and pace calls to the quota instead of firing them all at once.',
  whatYouSee: [
    "<HttpError 429 when requesting https://gmail.googleapis.com/gmail/v1/users/me/messages/NNNNNNNNNNNNNNNN?fields=payload%2Fheaders&alt=json returned \"Resource has been exhausted (e.g. check quota).\". Details: \"[{'message': 'Resource has been exhausted (e.g. check quota).', 'domain': 'global', 'reason': 'rateLimitExceeded'}]\">",
    '{ "code": 429, "message": "Resource has been exhausted (e.g. check quota).", "errors": [ { "message": "Resource has been exhausted (e.g. check quota).", "domain": "global", "reason": "rateLimitExceeded" } ], "status": "RESOURCE_EXHAUSTED" }',
    "Error: Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user' of service 'gmail.googleapis.com' for consumer 'project_number:XXXXXXXXX'.",
  ],
  whatsHappening:
    "The Gmail API meters every call in quota units (messages.send costs 100, messages.get 5) and applies two limits at once: one per Google Cloud project per minute and one per user per minute. Past either, Google answers 429 RESOURCE_EXHAUSTED with reason rateLimitExceeded, or 403 \"Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user'\" with domain usageLimits. The limit is a rolling minute, so the same call succeeds again after a short wait. Retrying at once, from many workers, keeps the counter full and turns a short pause into a long outage.",
  causes: [
    'Many parallel calls (a Promise.all over hundreds of messages, a batch of 100 sends) for one user',
    'Several processes or workers sharing one project without sharing a rate limiter',
    'A retry loop without backoff: every 429 is retried at once and counted again',
    'The project quota raised in the console but the per-user quota still at its default',
  ],
  fixes: [
    {
      title: 'Retry with exponential backoff',
      detail:
        'Wait 1 s, 2 s, 4 s … up to about 64 s between attempts, with random jitter, as Google recommends; never retry in a tight loop.',
    },
    {
      title: 'Pace to the quota',
      detail:
        'Count quota units per user (messages.send = 100) and keep under the per-user-per-minute limit with a token bucket shared by every worker of that user; @smtpfix/sender with transport: "gmail-api" does this.',
    },
    {
      title: 'Check the quota page of your project',
      detail:
        'Google Cloud console > APIs & Services > Gmail API > Quotas shows the per-minute and per-user limits in force and how close you run to them.',
    },
  ],
  prevention:
    'Send through one paced queue per account instead of unbounded parallel calls, and treat 429 as "slow down", not as a failure.',
  related: ['api-user-rate-limit-exceeded', 'api-user-rate-limit-retry-after', 'api-backend-error'],
  retry: {
    kind: 'backoff',
    initialDelayMs: 1_000,
    maxDelayMs: 64_000,
    note: 'The quota is per minute: back off exponentially (1 s doubling to 64 s) and lower your request rate.',
  },
  stage: 'api',
  helpUrl: 'https://developers.google.com/gmail/api/reference/quota',
  signature: {
    phrases: [
      'resource has been exhausted (e.g. check quota)',
      "quota exceeded for quota metric 'queries'",
      'ratelimitexceeded',
    ],
  },
  sources: [
    'https://developers.google.com/gmail/api/reference/quota',
    'https://github.com/mxngls/gmail-cleaner/issues/5',
    'https://github.com/elie222/inbox-zero/issues/379',
    'https://github.com/elie222/inbox-zero/issues/480',
    'https://github.com/SpiderStrategies/node-gmail-api/issues/43',
  ],
  checked: '2026-12-03',
};
