import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'api-invalid-credentials',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
  fromGoogleList: false,
  title: 'Gmail API: Invalid Credentials (401 authError)',
  severity: 'high',
  summary:
    'The access token in the Authorization header is expired, revoked, malformed or missing. Refresh it with the refresh token (once) and retry; if the refresh itself fails with invalid_grant, the user has to consent again.',
  whatYouSee: [
    '{"code":401,"message":"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.","errors":[{"message":"Invalid Credentials","domain":"global","reason":"authError","location":"Authorization","locationType":"header"}],"status":"UNAUTHENTICATED"}',
    'The API returned an error: GaxiosError: Invalid Credentials',
  ],
  whatsHappening:
    "Every Gmail API call carries `Authorization: Bearer <access token>`. Access tokens live about an hour; after that, or after the user revokes access, changes their password (for some scopes) or an admin resets the app's access, Google answers 401 UNAUTHENTICATED with reason authError. It is the API's version of the XOAUTH2 334 challenge over SMTP. A client library refreshes the token by itself when it has a refresh token; code that stores only the access token (or passes it as an API key) gets this error one hour after it worked.",
  causes: [
    'Only the access token was stored, and it expired',
    'The token was revoked (the user removed the app, or an admin blocked it)',
    'The Authorization header is missing, has no "Bearer " prefix, or holds the refresh token or an API key',
    'A token cached across processes outlived its expiry',
  ],
  fixes: [
    {
      title: 'Refresh the access token',
      detail:
        'Keep the refresh token and let the client refresh (google-auth-library does it when credentials include refresh_token); refresh at most once per 401, then give up with a clear error.',
    },
    {
      title: 'If the refresh fails, consent again',
      detail:
        'A refresh answered with invalid_grant means the grant is gone: run the consent flow and store the new refresh token.',
    },
  ],
  prevention:
    'Refresh tokens a few minutes before they expire, in one place shared by every worker of the account.',
  related: ['token-invalid-grant-expired-or-revoked', '334-xoauth2-challenge', 'api-insufficient-permission'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Retry once with a freshly refreshed token; when that is refused too, the credential must be fixed.',
  },
  stage: 'api',
  helpUrl: 'https://developers.google.com/gmail/api/guides/handle-errors',
  signature: {
    phrases: ['request had invalid authentication credentials', 'invalid credentials'],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2',
    'https://developers.google.com/gmail/api/guides/handle-errors',
    'https://github.com/dacastro4/laravel-gmail/issues/273',
    'https://github.com/googleapis/google-api-nodejs-client/issues/2665',
    'https://github.com/googleworkspace/node-samples/issues/476',
    'https://github.com/levz0r/gmail-tester/issues/134',
  ],
  checked: '2026-12-03',
};
