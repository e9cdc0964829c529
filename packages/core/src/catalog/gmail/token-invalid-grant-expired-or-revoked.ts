import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-invalid-grant-expired-or-revoked',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: '{"error": "invalid_grant", "error_description": "Token has been expired or revoked."}',
  fromGoogleList: false,
  title: 'invalid_grant: Token has been expired or revoked',
  severity: 'high',
  summary:
    'Google refused to exchange your refresh token for an access token because the refresh token is dead. Most often the OAuth consent screen is still in "Testing" (refresh tokens die after 7 days) or the user revoked access or changed the password. Re-authorize and store the new refresh token, then fix the cause so it does not happen again next week.',
  whatYouSee: [
    'GaxiosError: invalid_grant ... data: { error: "invalid_grant", error_description: "Token has been expired or revoked." }',
    "google.auth.exceptions.RefreshError: ('invalid_grant: Token has been expired or revoked.', {'error': 'invalid_grant', 'error_description': 'Token has been expired or revoked.'})",
    '{ "error": "invalid_grant", "error_description": "Token has been expired or revoked." }',
    'League\\OAuth2\\Client\\Provider\\Exception\\IdentityProviderException: invalid_grant',
  ],
  whatsHappening:
    'Before it can log in to smtp.gmail.com with XOAUTH2, your mailer POSTs the stored refresh token to https://oauth2.googleapis.com/token to get a one-hour access token. Google answers 400 invalid_grant with this description when the refresh token no longer exists on its side. The SMTP server is never reached; no mail goes out until a person signs in again. The most common trap: an OAuth client whose consent screen is External with publishing status "Testing" gets refresh tokens that expire 7 days after consent for any scope beyond basic profile, and https://mail.google.com/ is such a scope. Sending works for a week, then fails with exactly this error.',
  causes: [
    'The OAuth consent screen is External and in "Testing": Google expires its refresh tokens 7 days after the user consented',
    'The user removed the app at https://myaccount.google.com/permissions, or changed the Google account password (which revokes tokens that carry Gmail scopes)',
    'The refresh token went unused for six months, or the account already holds more than 100 refresh tokens for this client and Google dropped the oldest',
    'A Google Workspace admin revoked the token, set a session-length policy that forces re-authentication, or suspended the user',
    'The token was minted in the OAuth 2.0 Playground with its default credentials (those tokens are short-lived) or was generated for a different run and overwritten',
  ],
  fixes: [
    {
      title: 'Re-authorize and store the new refresh token',
      detail:
        'Run your consent flow again with access_type=offline and prompt=consent, request https://mail.google.com/, and replace the stored refresh token everywhere it is used (env vars, secret manager, every replica). Google returns a refresh token only on consent, so keep it the first time.',
    },
    {
      title: 'Move the OAuth app out of "Testing"',
      detail:
        'In Google Cloud console > Google Auth Platform > Audience (formerly OAuth consent screen), click Publish app so the status becomes "In production", then re-authorize once. Unverified apps for your own use keep working after the warning screen; refresh tokens then no longer expire after 7 days. For a Workspace-only sender, set the user type to Internal instead.',
    },
    {
      title: 'Stop minting a new refresh token on every run',
      detail:
        'Authorize once, persist the refresh token and reuse it. Each new consent issues another refresh token, and past 100 per account and client the oldest ones stop working without warning.',
    },
    {
      title: 'Use a service account for Workspace mailboxes',
      detail:
        'For unattended sending from a Google Workspace domain, use a service account with domain-wide delegation for https://mail.google.com/ and impersonate the sending user (subject). There is no user refresh token to expire or be revoked.',
    },
    {
      title: 'Treat invalid_grant as permanent',
      detail:
        'Do not retry in a loop: no retry can revive a dead refresh token. Stop the queue, alert a person with a re-consent link, and resume after the new token is stored.',
    },
  ],
  prevention:
    'Publish the OAuth app (or make it Internal) before relying on it, keep one stored refresh token per mailbox, and alert on the first invalid_grant so someone re-authorizes before mail backs up.',
  related: [
    'token-invalid-grant-bad-request',
    '334-xoauth2-challenge',
    'token-admin-policy-enforced',
    '535-5.7.8-bad-credentials',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The refresh token is gone; a person must re-authorize and the new refresh token must be stored before any retry can succeed.',
  },
  stage: 'token',
  helpUrl: 'https://developers.google.com/identity/protocols/oauth2#expiration',
  signature: {
    phrases: ['token has been expired or revoked', 'invalid_grant'],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2#expiration',
    'https://github.com/googleapis/google-api-nodejs-client/issues/3011',
    'https://github.com/celorodovalho/phpdfbot/issues/73',
    'https://github.com/tarickb/sasl-xoauth2/issues/29',
    'https://github.com/metalwarrior665/actor-google-sheets/issues/15',
  ],
  checked: '2026-11-23',
};
