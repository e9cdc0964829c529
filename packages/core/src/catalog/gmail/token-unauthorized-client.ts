import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-unauthorized-client',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'unauthorized_client: Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested. / unauthorized_client: Unauthorized client or scope in request.',
  fromGoogleList: false,
  title: 'unauthorized_client: Client is unauthorized to retrieve access tokens using this method',
  severity: 'high',
  summary:
    "A service account tried to impersonate a Workspace user, but domain-wide delegation for the scopes it requested is not authorized for its client ID. Authorize the service account's numeric client ID for https://mail.google.com/ in the Admin console and request exactly that scope. With a user's refresh token, the same error means the token was issued to another OAuth client than the client ID and secret now refreshing it.",
  whatYouSee: [
    '{ "error": "unauthorized_client", "error_description": "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested." }',
    'Error:"unauthorized_client", Description:"Client is unauthorized to retrieve access tokens using this method.", Uri:""',
    'ERROR: Authentication Token Error - unauthorized_client: Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.',
    '{ "error": "unauthorized_client", "error_description": "Unauthorized client or scope in request." }',
    "{ [Error: unauthorized_client] code: 'EAUTH' }",
    "RefreshError('unauthorized_client: Unauthorized', {'error': 'unauthorized_client', 'error_description': 'Unauthorized'})",
  ],
  whatsHappening:
    "When a service account signs a token request with a subject (the user to impersonate), Google checks the Workspace domain's domain-wide delegation list: the service account's client ID must be listed there with every scope the request asks for. If the client ID is missing, a requested scope is missing, or the subject is not in a Workspace domain that granted the delegation, the token endpoint answers 401 unauthorized_client. The same service account may work fine without a subject, because delegation is only checked when impersonating. Without any service account, the error comes from the refresh itself: a refresh token is bound to the OAuth client it was issued to (RFC 6749 section 6), so a token minted in the OAuth 2.0 Playground with Google's own credentials, or by another app or another of your clients, is refused with unauthorized_client, description Unauthorized, when this app's client ID and secret try to refresh it.",
  causes: [
    'Domain-wide delegation was never added in the Admin console, or was added in a different Workspace tenant than the subject belongs to',
    "The entry uses the service account email or an OAuth web client ID instead of the service account's numeric unique ID (client_id in the JSON key)",
    'The request asks for a scope that is not in the authorized list (for example gmail.send authorized but https://mail.google.com/ requested, or an extra scope added later); one unlisted scope fails the whole request',
    'The subject is a consumer @gmail.com address, which no Workspace delegation can cover',
    'The delegation was added minutes ago and has not propagated yet (it can take up to 24 hours)',
    'The refresh token was issued to another OAuth client (client ID) than the one now refreshing it: minted in the OAuth 2.0 Playground without "Use your own OAuth credentials", or by another app or another client of your project, then used with this app\'s client ID and secret',
  ],
  fixes: [
    {
      title: 'Authorize the client ID for the Gmail scope',
      detail:
        'As a super admin open Admin console > Security > Access and data control > API controls > Manage Domain Wide Delegation > Add new. Enter the numeric client_id from the service account JSON key and the scope https://mail.google.com/ (comma-separate any others), then Authorize.',
    },
    {
      title: 'Request exactly the authorized scopes',
      detail:
        'Make the scopes in your code match the delegation entry character for character, including the trailing slash in https://mail.google.com/. Remove scopes you do not need rather than adding them to delegation.',
    },
    {
      title: 'Impersonate a user of that domain',
      detail:
        'Set subject to the primary address of a user in the Workspace tenant where you added the delegation. Consumer Gmail accounts need a normal OAuth consent flow instead.',
    },
    {
      title: 'Wait, then retest',
      detail:
        'If everything matches and the entry is new, wait and retry later; delegation changes usually apply within minutes but can take up to 24 hours.',
    },
    {
      title: 'Refresh with the client that minted the token',
      detail:
        "Use the client ID and secret of the OAuth client that issued the refresh token, or run the consent flow again with this app's client and store the new refresh token. In the OAuth 2.0 Playground, open the settings (gear), tick Use your own OAuth credentials and enter this app's client ID and secret (a Web application client with https://developers.google.com/oauthplayground as an authorized redirect URI) before authorizing.",
    },
  ],
  prevention:
    'Record the service account client ID and its exact scope list next to your deployment config, and change both together whenever you add a scope. Store each refresh token together with the client ID that minted it.',
  related: [
    'token-invalid-grant-invalid-email',
    'token-delegation-denied',
    'token-invalid-scope',
    'token-admin-policy-enforced',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'An admin must add or correct the domain-wide delegation entry, or the token must be refreshed by the client it was issued to; only a freshly added delegation entry is worth retrying after waiting for propagation.',
  },
  stage: 'token',
  helpUrl: 'https://support.google.com/a/answer/162106',
  signature: {
    phrases: [
      'client is unauthorized to retrieve access tokens',
      'unauthorized client or scope in request',
      'unauthorized_client',
    ],
  },
  sources: [
    'https://support.google.com/a/answer/162106',
    'https://www.rfc-editor.org/rfc/rfc6749#section-5.2',
    'https://github.com/googleapis/google-api-php-client/issues/1379',
    'https://github.com/googleapis/google-auth-library-ruby/issues/210',
    'https://github.com/googleworkspace/apps-script-oauth2/issues/64',
    'https://github.com/GAM-team/GAM/issues/870',
    'https://github.com/googleapis/google-api-php-client/issues/950',
    'https://www.rfc-editor.org/rfc/rfc6749#section-6',
    'https://developers.google.com/google-ads/api/docs/oauth/playground',
    'https://github.com/googleapis/google-api-dotnet-client/issues/2802',
    'https://github.com/prasmussen/gdrive/issues/375',
  ],
  checked: '2026-12-05',
};
