import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-invalid-grant-bad-request',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'invalid_grant: Bad Request ({"error": "invalid_grant", "error_description": "Bad Request"})',
  fromGoogleList: false,
  title: 'invalid_grant: Bad Request',
  severity: 'high',
  summary:
    'Google rejected the refresh token (or authorization code) without saying why. Usually the token does not belong to the client ID and secret you send with it, was damaged when stored, or was already used. Mint a new refresh token with your own client credentials and store it intact.',
  whatYouSee: [
    "google.auth.exceptions.RefreshError: ('invalid_grant: Bad Request', {'error': 'invalid_grant', 'error_description': 'Bad Request'})",
    '{ "error": "invalid_grant", "error_description": "Bad Request" }',
    'google error :Array ( [error] => invalid_grant [error_description] => Bad Request )',
  ],
  whatsHappening:
    'Your mailer (or PHPMailer, oauth2.py, google-auth) POSTed a grant to https://oauth2.googleapis.com/token and Google answered 400 invalid_grant with the terse description "Bad Request". The grant is a refresh token when sending, or an authorization code during setup. Google uses this short form for grants it cannot match at all: a token issued to another OAuth client, a token that was cut or re-encoded on the way to your config, or a code that was already exchanged. Access to smtp.gmail.com never starts, because there is no access token to send.',
  causes: [
    'The refresh token was generated in the OAuth 2.0 Playground with its built-in client, but your code sends it with your own client ID and secret (or the other way round)',
    'The token was truncated, wrapped, quoted or URL-encoded when pasted into an env var or config file (refresh tokens start with 1// and must be stored byte for byte)',
    'The client secret was reset or the client recreated, so the pair no longer matches the token',
    'During setup, the authorization code was exchanged twice, after it expired, or with a redirect_uri different from the one used to obtain it',
    'The refresh token has actually expired or been revoked and Google reports it in this shorter form',
  ],
  fixes: [
    {
      title: 'Mint the token with your own client',
      detail:
        'In the OAuth 2.0 Playground open the gear icon, tick "Use your own OAuth credentials", enter the same client ID and secret your app uses, authorize https://mail.google.com/ and exchange the code. Or run your own consent flow. The client ID, secret and refresh token must come from the same OAuth client.',
    },
    {
      title: 'Store the token exactly',
      detail:
        'Copy the whole refresh token (it starts with 1//) without quotes, spaces or line breaks, and do not URL-encode it. Log its length and first characters at startup to confirm what your process actually reads.',
    },
    {
      title: 'Exchange each authorization code once',
      detail:
        'An authorization code is single-use and expires within minutes. Exchange it immediately, with the same redirect_uri used in the authorization request, and persist the refresh token from the response.',
    },
    {
      title: 'Re-authorize if the token is simply dead',
      detail:
        'If the credentials match and the token is intact, treat it like an expired or revoked token: run the consent flow again (access_type=offline, prompt=consent) and replace the stored token. If it recurs weekly, publish the OAuth app out of "Testing".',
    },
  ],
  prevention:
    'Generate refresh tokens only with the production client ID, keep them in a secret store that does not alter values, and check token exchange at deploy time rather than on the first email.',
  related: [
    'token-invalid-grant-expired-or-revoked',
    'token-invalid-client',
    '334-xoauth2-challenge',
    '535-5.7.8-bad-credentials',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same grant will be refused every time; replace the refresh token or fix the client credentials first.',
  },
  stage: 'token',
  signature: {
    phrases: [
      'invalid_grant: bad request',
      '"error_description": "bad request"',
      '[error_description] => bad request',
    ],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2',
    'https://www.rfc-editor.org/rfc/rfc6749#section-5.2',
    'https://github.com/dolfim/django-gmailapi-backend/issues/14',
    'https://github.com/google/gmail-oauth2-tools/issues/29',
    'https://github.com/PHPMailer/PHPMailer/issues/2642',
    'https://github.com/PHPMailer/PHPMailer/issues/1792',
  ],
  checked: '2026-11-23',
};
