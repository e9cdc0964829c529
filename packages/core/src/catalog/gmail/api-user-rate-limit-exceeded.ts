import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'api-user-rate-limit-exceeded',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'User Rate Limit Exceeded',
  fromGoogleList: false,
  title: 'Gmail API: User Rate Limit Exceeded (403 userRateLimitExceeded)',
  severity: 'medium',
  summary:
    'One mailbox used more than its share of Gmail API quota units this minute. Slow down the calls for that user (messages.send costs 100 units each) and retry with backoff; other users of the project are not affected.',
  whatYouSee: [
    '{ "error": { "errors": [ { "domain": "usageLimits", "reason": "userRateLimitExceeded", "message": "User Rate Limit Exceeded" } ], "code": 403, "message": "User Rate Limit Exceeded" } }',
    'GaxiosError: User Rate Limit Exceeded',
    "<HttpError 403 when requesting https://gmail.googleapis.com/gmail/v1/users/me/messages/send?alt=json returned \"User Rate Limit Exceeded\". Details: \"[{'message': 'User Rate Limit Exceeded', 'domain': 'usageLimits', 'reason': 'userRateLimitExceeded'}]\">",
  ],
  whatsHappening:
    "Besides the project-wide limit, the Gmail API limits every user of a project to a number of quota units per minute (since 1 May 2026 Google's quota page gives 6,000 per user per project; projects that used the API between November 2025 and April 2026 keep the earlier 15,000 units per user per minute). messages.send costs 100 units, so one mailbox can send at most 60 messages a minute through the API (150 on a project that kept the earlier quota), however many workers call it. Past the limit Google answers 403 (or 429) with reason userRateLimitExceeded in domain usageLimits until the minute rolls over.",
  causes: [
    'Many workers sending for the same mailbox in parallel',
    'A bulk job (sending, labelling, deleting) running for one user while the app also sends for it',
    "Retries without backoff that keep the user's minute full",
  ],
  fixes: [
    {
      title: 'Back off and retry',
      detail: 'Retry after a few seconds, doubling the wait each time (with jitter) up to about a minute.',
    },
    {
      title: 'Pace per mailbox',
      detail:
        'Budget quota units per user per minute in one limiter shared by every worker of that user (a token bucket refilled at the per-user rate); @smtpfix/sender paces transport: "gmail-api" this way.',
    },
  ],
  prevention:
    "Budget each mailbox's quota units per minute centrally; never let the number of workers decide the rate.",
  related: ['api-rate-limit-exceeded', 'api-user-rate-limit-retry-after'],
  retry: {
    kind: 'backoff',
    initialDelayMs: 5_000,
    maxDelayMs: 64_000,
    note: "Per-user per-minute quota: wait for the minute to roll over, with exponential backoff, and send that user's mail slower.",
  },
  stage: 'api',
  helpUrl: 'https://developers.google.com/gmail/api/guides/handle-errors',
  signature: {
    phrases: ['user rate limit exceeded', 'userratelimitexceeded'],
  },
  sources: [
    'https://developers.google.com/workspace/gmail/api/reference/quota',
    'https://developers.google.com/gmail/api/reference/quota',
    'https://developers.google.com/gmail/api/guides/handle-errors',
    'https://github.com/jaredhanson/passport-google-oauth/issues/75',
  ],
  checked: '2026-12-03',
};
