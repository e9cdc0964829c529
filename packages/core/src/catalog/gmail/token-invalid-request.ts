import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-invalid-request',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'invalid_request: Could not determine client ID from request. / invalid_request: Missing required parameter: refresh_token',
  fromGoogleList: false,
  title: 'invalid_request: the token request is missing the client ID, secret or refresh token',
  severity: 'high',
  summary:
    "Your mailer asked Google for a new access token with an incomplete request: the client ID, client secret or refresh token was empty. Supply all three (or a service account key) in the mailer's auth settings.",
  whatYouSee: [
    "{ Error: invalid_request at postRequest (node_modules/nodemailer/lib/xoauth2/index.js:259:33) ... code: 'EAUTH', command: 'AUTH XOAUTH2' }",
    'invalid_request: Could not determine client ID from request.',
    '{ "error": "invalid_request", "error_description": "Missing required parameter: refresh_token" }',
  ],
  whatsHappening:
    'Access tokens for Gmail expire after about an hour, so the mailer POSTs grant_type=refresh_token to https://oauth2.googleapis.com/token with client_id, client_secret and refresh_token. When one of those is absent or empty, Google answers 400 invalid_request ("Could not determine client ID from request", "Missing required parameter: ..."). A typical pattern: mail goes out for the first hour on a pasted access token, then every send fails with invalid_request because nothing usable was configured to refresh it.',
  causes: [
    'clientId, clientSecret or refreshToken is undefined because an environment variable is not loaded in this environment',
    "A misspelled option name (clientSercret, clientID, refresh_token in nodemailer's camelCase options) so the value is silently ignored",
    'Only an access token was configured; once it expired there was nothing to refresh with',
    'The OAuth client object was created without the client ID (for example new OAuth2() with no arguments) before calling refresh',
  ],
  fixes: [
    {
      title: 'Pass the full OAuth2 configuration',
      detail:
        'In nodemailer: auth: { type: "OAuth2", user: "you@example.com", clientId, clientSecret, refreshToken }. In google-auth-library: new google.auth.OAuth2(clientId, clientSecret, redirectUri) and setCredentials({ refresh_token }).',
    },
    {
      title: 'Check the values at startup',
      detail:
        'Fail fast if any of the three values is empty: log which one is missing (never the value) before creating the transport.',
    },
    {
      title: 'Check the option names',
      detail:
        'Compare every key against the library documentation; a typo produces no warning, only this error an hour later.',
    },
  ],
  prevention:
    'Validate OAuth configuration when the process starts and test a token refresh in CI or at deploy time rather than waiting for the first access token to expire.',
  related: ['token-invalid-client', 'token-invalid-grant-bad-request', '334-xoauth2-challenge'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The request is incomplete; add the missing client ID, secret or refresh token first.',
  },
  stage: 'token',
  signature: {
    phrases: ['invalid_request', 'could not determine client id from request', 'missing required parameter'],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2',
    'https://www.rfc-editor.org/rfc/rfc6749#section-5.2',
    'https://github.com/nodemailer/nodemailer/issues/1048',
    'https://github.com/googleapis/google-auth-library-nodejs/issues/111',
    'https://github.com/openid/AppAuth-iOS/issues/226',
    'https://github.com/googleapis/google-api-php-client/issues/2080',
  ],
  checked: '2026-11-23',
};
