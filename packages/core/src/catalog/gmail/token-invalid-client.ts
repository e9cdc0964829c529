import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-invalid-client',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'invalid_client: The OAuth client was not found. / invalid_client: Unauthorized',
  fromGoogleList: false,
  title: 'invalid_client: The OAuth client was not found / Unauthorized',
  severity: 'high',
  summary:
    'Google does not recognise the client ID your mailer sends, or the client secret does not match it. Copy the client ID and secret again from the same OAuth client in Google Cloud console, without quotes or spaces.',
  whatYouSee: [
    "{ [Error: invalid_client] code: 'EAUTH', command: 'AUTH XOAUTH2' }",
    "RefreshError('invalid_client: The OAuth client was not found.', {'error': 'invalid_client', 'error_description': 'The OAuth client was not found.'})",
    'Error:"invalid_client", Description:"The OAuth client was not found.", Uri:""',
    '{ "error": "invalid_client", "error_description": "Unauthorized" }',
  ],
  whatsHappening:
    'Every token request carries your OAuth client ID and, for web and desktop clients, its client secret. Google answers invalid_client before it even looks at the refresh token: "The OAuth client was not found" when the client ID does not exist (typo, deleted client, wrong project), and "Unauthorized" when the ID exists but the secret is wrong. nodemailer passes Google\'s error code through as the message, so you only see invalid_client with code EAUTH on the AUTH XOAUTH2 step.',
  causes: [
    'The client ID or secret in the environment carries quotes, braces, a trailing newline or spaces (for example "{1234.apps.googleusercontent.com}" copied from sample code)',
    'The client secret was reset or a new secret added and the old one disabled, while the app still sends the old one',
    'The OAuth client was deleted, or its project was deleted or moved, after the refresh token was issued',
    'The client ID of one OAuth client is paired with the secret of another, or a service account ID is used where an OAuth client ID is expected',
    'Environment variables are not loaded at runtime, so an empty or default value is sent',
  ],
  fixes: [
    {
      title: 'Copy the credentials from one OAuth client',
      detail:
        'In Google Cloud console > Google Auth Platform > Clients (APIs & Services > Credentials), open the client that issued your refresh token and copy its client ID (ends with .apps.googleusercontent.com) and its current secret. Paste them without quotes, braces or trailing whitespace.',
    },
    {
      title: 'Print what the process really uses',
      detail:
        'At startup log the length and the first and last few characters of the client ID and secret your code reads. Values from .env files often keep quotes or CRLF line endings.',
    },
    {
      title: 'Re-issue the refresh token if the client changed',
      detail:
        'A refresh token only works with the client it was issued to. If you created a new client, run the consent flow again with it and store the new refresh token.',
    },
  ],
  prevention:
    'Keep client ID, client secret and refresh token together as one secret, rotate them together, and validate a token exchange in a deploy check.',
  related: ['token-invalid-grant-bad-request', 'token-unauthorized-client', '334-xoauth2-challenge'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The client credentials are wrong; fix them before retrying.',
  },
  stage: 'token',
  signature: {
    phrases: ['oauth client was not found', 'invalid_client'],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2',
    'https://www.rfc-editor.org/rfc/rfc6749#section-5.2',
    'https://github.com/nodemailer/nodemailer/issues/647',
    'https://github.com/simonrob/email-oauth2-proxy/issues/362',
    'https://github.com/googlearchive/google-api-dotnet-client-samples/issues/14',
    'https://github.com/parro-it/electron-google-oauth/issues/16',
  ],
  checked: '2026-11-23',
};
