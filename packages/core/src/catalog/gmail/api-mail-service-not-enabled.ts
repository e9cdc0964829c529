import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'api-mail-service-not-enabled',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Mail service not enabled',
  fromGoogleList: false,
  title: 'Gmail API: Mail service not enabled (400 failedPrecondition)',
  severity: 'high',
  summary:
    'The Google account the token belongs to has no Gmail: Gmail is turned off for it in the Admin console, it has no Gmail licence, or it is a Google account made with a non-Gmail address. Enabling the Gmail API in Cloud console does not fix it; the account itself needs Gmail.',
  whatYouSee: [
    '{ "error": { "code": 400, "message": "Mail service not enabled", "errors": [ { "message": "Mail service not enabled", "domain": "global", "reason": "failedPrecondition" } ], "status": "FAILED_PRECONDITION" } }',
    "GaxiosError: Mail service not enabled\nerrors: [ { message: 'Mail service not enabled', domain: 'global', reason: 'failedPrecondition' } ]",
    'Error: error: 400 when GET-ing https://www.googleapis.com/gmail/v1/users/me/settings/sendAs object:  -> Mail service not enabled',
  ],
  whatsHappening:
    'The Gmail API checks that the user has the Gmail service before any method runs. A Google account created with an outside address (a Hotmail or company address used to sign up for Google), a Workspace user whose organisational unit has Gmail turned off, or a user without a licence that includes Gmail gets 400 FAILED_PRECONDITION "Mail service not enabled". It is about the account, not the Cloud project: the Gmail API can be enabled in the project and still get this answer.',
  causes: [
    'The token belongs to a Google account without a Gmail address (signed up with another email)',
    "Gmail is turned off for the user's organisational unit in the Workspace Admin console",
    'The Workspace user has no licence that includes Gmail, or it was just assigned and has not propagated',
    'The consent was given with a different Google account than the mailbox that should send',
  ],
  fixes: [
    {
      title: 'Use an account that has Gmail',
      detail:
        'Consent (or impersonate) with the Gmail or Workspace address that should send, not a Google account made with an outside address.',
    },
    {
      title: 'Turn Gmail on for the user',
      detail:
        "Admin console > Apps > Google Workspace > Gmail > Service status: ON for the user's organisational unit, and check the user's licence includes Gmail; allow up to 24 hours to propagate.",
    },
  ],
  prevention: 'Verify the sending account can open Gmail in a browser before connecting it to an app.',
  related: ['api-precondition-check-failed', '550-5.2.1-account-disabled'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Every call fails until Gmail is enabled for the account or another account is used.',
  },
  stage: 'api',
  helpUrl: 'https://support.google.com/a/answer/182442',
  signature: {
    phrases: ['mail service not enabled'],
  },
  sources: [
    'https://support.google.com/a/answer/182442',
    'https://github.com/FlowCrypt/flowcrypt-browser/issues/435',
    'https://github.com/WPManageNinja/fluent-smtp/issues/152',
    'https://github.com/levz0r/gmail-tester/issues/57',
    'https://github.com/FlowCrypt/flowcrypt-browser/issues/4838',
  ],
  checked: '2026-12-03',
};
