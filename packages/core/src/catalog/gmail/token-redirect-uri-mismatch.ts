import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-redirect-uri-mismatch',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Error 400: redirect_uri_mismatch',
  fromGoogleList: false,
  title: 'Redirect URI not registered for this client (redirect_uri_mismatch)',
  severity: 'high',
  summary:
    "The consent request names a redirect URI that is not listed on the OAuth client. Add the exact URI (scheme, host, port, path) to the client's Authorized redirect URIs; for the OAuth Playground that is https://developers.google.com/oauthplayground.",
  whatYouSee: [
    'Error 400: redirect_uri_mismatch',
    "You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy. If you're the app developer, register the redirect URI in the Google Cloud Console.",
    '{ "error": "redirect_uri_mismatch" }',
  ],
  whatsHappening:
    "Google sends the authorization code only to a redirect URI registered on the OAuth client, compared character by character. Getting a refresh token for a mailer usually goes through a one-off consent (the OAuth Playground with 'Use your own OAuth credentials', a localhost callback in a script); when that URI is not on the client, the consent screen stops with Error 400 redirect_uri_mismatch, and the token exchange fails the same way if the URI differs from the one used for consent.",
  causes: [
    'Using the OAuth Playground with your own client without adding https://developers.google.com/oauthplayground',
    'A localhost port or path different from the registered one',
    'http vs https, a trailing slash, or www differences',
    'A Desktop client used with a web redirect, or the other way round',
  ],
  fixes: [
    {
      title: 'Register the exact URI',
      detail:
        'Google Cloud console > APIs & Services > Credentials > your OAuth client > Authorized redirect URIs: add the URI shown in the error details, exactly.',
    },
    {
      title: 'Use the same URI for consent and token exchange',
      detail: 'The redirect_uri sent to the token endpoint must equal the one used on the consent screen.',
    },
  ],
  prevention:
    'Keep the redirect URIs of the mail OAuth client documented with the script or tool that mints its refresh tokens.',
  related: ['token-invalid-client', 'token-unauthorized-client', 'token-invalid-request'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Consent fails until the URI is registered.',
  },
  stage: 'token',
  signature: {
    phrases: ['redirect_uri_mismatch'],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors-redirect-uri-mismatch',
    'https://www.rfc-editor.org/rfc/rfc6749#section-3.1.2',
    'https://github.com/dolfim/django-gmailapi-backend/issues/3',
    'https://github.com/dissorial/doc-chatbot/issues/10',
  ],
  checked: '2026-12-03',
};
