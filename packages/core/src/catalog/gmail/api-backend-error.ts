import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'api-backend-error',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Backend Error',
  fromGoogleList: false,
  title: 'Gmail API: Backend Error / Internal error encountered (500, 503 backendError)',
  severity: 'medium',
  summary:
    'A temporary failure inside Google (500 backendError, "Internal error encountered.", 503 "The service is currently unavailable."). Retry the same message with exponential backoff; if one message fails this way every time, look at its content or size.',
  whatYouSee: [
    'googleapi: Error 500: Backend Error, backendError',
    'Error: error: 500 when POST-ing https://www.googleapis.com/upload/gmail/v1/users/me/messages/send?uploadType=multipart string: not-a-json -> Internal error encountered.',
    '{ "error": { "code": 503, "message": "The service is currently unavailable.", "errors": [ { "message": "The service is currently unavailable.", "domain": "global", "reason": "backendError" } ], "status": "UNAVAILABLE" } }',
  ],
  whatsHappening:
    "5xx answers mean the request reached Google and failed there: an overloaded or restarting backend (503 UNAVAILABLE), or an internal error while processing (500). Google's guidance for the Gmail API is to retry with exponential backoff. A 500 on messages.send gives no guarantee that nothing was sent, so a retry can, rarely, deliver twice; the message keeps its Message-ID on every attempt, so the recipient's client can tell. A message that fails with 500 on every attempt while others go through usually has something Gmail cannot process (a malformed MIME part, a very large body).",
  causes: [
    'A transient backend problem or overload at Google',
    'A burst of parallel requests for one user',
    'Something in one particular message Gmail fails to process (when only that message keeps failing)',
  ],
  fixes: [
    {
      title: 'Retry with exponential backoff',
      detail:
        'Wait about 1 s, then double (with jitter) up to about a minute; give up after a deadline and report the message.',
    },
    {
      title: 'Check the message when it alone keeps failing',
      detail:
        'Rebuild it with a MIME library; try without attachments or with a smaller body to find the part Gmail cannot process.',
    },
  ],
  prevention:
    'Keep Message-IDs stable across retries and limit concurrency per user; check the Google Workspace Status Dashboard during long outages.',
  related: ['api-rate-limit-exceeded', '421-4.3.0-temporary-system-problem'],
  retry: {
    kind: 'backoff',
    initialDelayMs: 1_000,
    maxDelayMs: 64_000,
    note: 'Transient: retry the same message (same Message-ID) with exponential backoff.',
  },
  stage: 'api',
  helpUrl: 'https://developers.google.com/gmail/api/guides/handle-errors',
  signature: {
    phrases: [
      'the service is currently unavailable',
      'internal error encountered',
      'backend error',
      'backenderror',
    ],
  },
  sources: [
    'https://github.com/kevinburke/multi-emailer/issues/1',
    'https://github.com/FlowCrypt/flowcrypt-browser/issues/5971',
    'https://github.com/googleapis/google-api-php-client/issues/1879',
    'https://developers.google.com/gmail/api/guides/handle-errors',
  ],
  checked: '2026-12-03',
};
