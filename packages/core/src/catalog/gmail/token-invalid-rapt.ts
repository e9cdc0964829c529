import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-invalid-rapt',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'invalid_grant: reauth related error (invalid_rapt)',
  fromGoogleList: false,
  title: 'Reauthentication required (invalid_grant: invalid_rapt)',
  severity: 'high',
  summary:
    'The Workspace session-control policy requires the user to sign in again, and the refresh token can no longer be used until they do (reauth related error, invalid_rapt). Sign in again to get a new token; for unattended sending use a service account with domain-wide delegation, which is not subject to reauth.',
  whatYouSee: [
    '{ "error": "invalid_grant", "error_description": "reauth related error (invalid_rapt)" }',
    "google.auth.exceptions.RefreshError: ('invalid_grant: reauth related error (invalid_rapt)', ...)",
    'error=invalid_grant, error_description=reauth related error (invalid_rapt)',
  ],
  whatsHappening:
    "Google Workspace admins can set a reauthentication frequency for Google Cloud services (Security > Google Cloud session control). When the period ends, refresh tokens held by user credentials stop working and the token endpoint returns invalid_grant with the description 'reauth related error (invalid_rapt)' (RAPT is the reauth proof token). It is not a wrong secret and not a revoked grant: the user simply has to reauthenticate.",
  causes: [
    'The Workspace Google Cloud session-control reauth period expired',
    'User credentials (gcloud auth application-default login, an installed-app flow) used for an unattended job',
  ],
  fixes: [
    {
      title: 'Reauthenticate',
      detail:
        'Sign in again (rerun the consent flow or `gcloud auth application-default login`) to get a fresh token.',
    },
    {
      title: 'Use a credential made for unattended use',
      detail:
        'For servers, use a service account with domain-wide delegation to impersonate the sending mailbox, or ask the admin to exempt the app from session control.',
    },
  ],
  prevention:
    'Do not build unattended senders on personal user credentials in organisations with reauth policies.',
  related: [
    'token-invalid-grant-expired-or-revoked',
    'token-admin-policy-enforced',
    'token-delegation-denied',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Refreshes fail until the user signs in again.',
  },
  stage: 'token',
  signature: {
    phrases: ['invalid_rapt', 'reauth related error'],
  },
  sources: ['https://support.google.com/a/answer/9368756', 'https://github.com/anthropics/blobfile/pull/2'],
  checked: '2026-12-03',
};
