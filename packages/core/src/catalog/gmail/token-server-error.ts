import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-server-error',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'server_error / temporarily_unavailable / Internal Failure',
  fromGoogleList: false,
  title: "Google's OAuth server had a temporary problem (server_error / temporarily_unavailable)",
  severity: 'medium',
  summary:
    "Google's authorization or token endpoint failed on its side. Nothing is wrong with your credentials: retry with back-off; if it lasts, check the Google Workspace status dashboard.",
  whatYouSee: [
    '{ "error": "server_error" }',
    '{ "error": "temporarily_unavailable" }',
    'error=server_error&error_description=Internal+Failure',
    'Token error response contains: "internal_failure"',
  ],
  whatsHappening:
    'RFC 6749 defines server_error and temporarily_unavailable for failures of the authorization server itself. Google returns them (and HTTP 5xx from oauth2.googleapis.com) during incidents or overload; the same refresh token works again once the endpoint recovers.',
  causes: [
    'A Google-side incident or overload',
    'Transient network problems between you and oauth2.googleapis.com',
  ],
  fixes: [
    {
      title: 'Retry with back-off',
      detail:
        'Retry the token request after a few seconds, doubling up to a few minutes; keep the message queued.',
    },
    {
      title: "Check Google's status",
      detail: 'See https://www.google.com/appsstatus/dashboard/ if it lasts more than a few minutes.',
    },
  ],
  prevention:
    'Cache access tokens for their lifetime and refresh a little early, so a short outage does not stop sending.',
  related: ['token-cannot-create-access-token', 'conn-timeout', 'token-invalid-grant-expired-or-revoked'],
  retry: {
    kind: 'backoff',
    initialDelayMs: 2000,
    maxDelayMs: 300000,
    note: 'Temporary: retry the token request with back-off.',
  },
  stage: 'token',
  signature: {
    phrases: ['temporarily_unavailable', '"server_error"', 'error=server_error', 'internal_failure'],
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1',
    'https://developers.google.com/identity/protocols/oauth2',
    'https://github.com/googleads/google-ads-java/issues/117',
    'https://github.com/google/gmail-oauth2-tools/issues/89',
  ],
  checked: '2026-12-03',
};
