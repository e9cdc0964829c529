import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-disabled-client',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Error 401: disabled_client The OAuth client was disabled.',
  fromGoogleList: false,
  title: 'OAuth client is disabled (disabled_client)',
  severity: 'high',
  summary:
    "Google disabled the OAuth client (or its owner did), so consent and token requests for it are refused. Check the client's status in Google Cloud console; if Google disabled it for a policy reason, follow the notice sent to the project owners.",
  whatYouSee: [
    'Error 401: disabled_client\nThe OAuth client was disabled.',
    '{ "error": "disabled_client", "error_description": "The OAuth client was disabled." }',
  ],
  whatsHappening:
    'An OAuth client can be disabled without being deleted: by its owner in the Credentials page, or by Google when the project violates a policy (abuse, an unverified app requesting restricted Gmail scopes, unpaid or suspended billing). While disabled, the consent screen shows Error 401 disabled_client and the token endpoint refuses refreshes.',
  causes: [
    'The client was disabled in Google Cloud console',
    'Google suspended the client or project for a policy issue (emails go to project owners)',
    'The whole project is suspended',
  ],
  fixes: [
    {
      title: 'Look at the client and project status',
      detail:
        "In Google Cloud console check APIs & Services > Credentials and the project's notifications; re-enable the client if you disabled it.",
    },
    {
      title: "Answer Google's notice",
      detail:
        'If Google disabled it, follow the appeal or verification steps in the email sent to the project owners; meanwhile a client in a different compliant project is the only way to send.',
    },
  ],
  prevention:
    'Keep the OAuth app verified for the Gmail scopes it uses and the project contacts current, so notices reach someone.',
  related: ['token-deleted-client', 'token-invalid-client', 'token-unauthorized-client'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Requests fail until the client is enabled again.',
  },
  stage: 'token',
  signature: {
    phrases: ['disabled_client'],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors',
    'https://github.com/rclone/rclone/issues/4591',
  ],
  checked: '2026-12-03',
};
