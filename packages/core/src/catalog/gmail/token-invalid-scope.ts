import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-invalid-scope',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'invalid_scope: Some requested scopes were invalid. / invalid_scope: Bad Request',
  fromGoogleList: false,
  title: 'invalid_scope: Some requested scopes were invalid',
  severity: 'high',
  summary:
    'The token request named a scope Google does not accept: a malformed scope string, a typo, or a scope the user never granted. For SMTP request exactly https://mail.google.com/, pass scopes as a list, and do not ask for more on refresh than at consent.',
  whatYouSee: [
    "google.auth.exceptions.RefreshError: ('invalid_scope: Some requested scopes were invalid. {invalid=[a, c, d, e, g, h, i, l, m, ., n, /, o, p, r, s, t, u, w, :]}', ...)",
    '{ "error": "invalid_scope", "error_description": "Some requested scopes were invalid. {valid=[...], invalid=[...]}" }',
    'Error refreshing token: (invalid_scope) Bad Request',
  ],
  whatsHappening:
    'Google validates the scope parameter of token and authorization requests. invalid_scope means at least one entry is not a scope it knows, or (on a refresh) asks for more than the refresh token was granted. A tell-tale sign is an invalid list of single letters: the library received a string where it expected a list and split it into characters. For Gmail SMTP the only scope that works is https://mail.google.com/; asking for something else may succeed at the token endpoint but then fails at AUTH with the 334 challenge.',
  causes: [
    'A single scope string passed where the library expects a list, so it is split into characters (Python google-auth, InstalledAppFlow)',
    'A misspelled or shortened scope: mail.google.com without https:// and the trailing slash, or a Gmail API scope without its prefix (gmail.send instead of https://www.googleapis.com/auth/gmail.send)',
    'The refresh request includes a scope parameter broader than what the user consented to',
    'Scopes joined with commas instead of spaces in a hand-built request',
    'A stale token file from an earlier run with different scopes, reused after the code changed',
  ],
  fixes: [
    {
      title: 'Pass scopes as a list of full URLs',
      detail:
        'Use SCOPES = ["https://mail.google.com/"] in Python and scopes: ["https://mail.google.com/"] in Node; in raw HTTP, separate multiple scopes with spaces.',
    },
    {
      title: 'Do not widen scopes on refresh',
      detail:
        'Omit the scope parameter on refresh_token requests, or send only scopes the user granted. If you need a new scope, run the consent flow again and store the new refresh token.',
    },
    {
      title: 'Delete the old token file after changing scopes',
      detail:
        'If your app caches token.json or token.pickle, remove it when scopes change so the next run asks for consent with the new list.',
    },
  ],
  prevention:
    'Define the scope list once as a constant, use https://mail.google.com/ for SMTP/IMAP, and re-consent whenever that list changes.',
  related: ['334-xoauth2-challenge', 'token-unauthorized-client', 'token-invalid-grant-expired-or-revoked'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The scope list must be corrected (and possibly re-consented) before a token can be issued.',
  },
  stage: 'token',
  signature: {
    phrases: ['invalid_scope', 'some requested scopes were invalid'],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2/scopes',
    'https://www.rfc-editor.org/rfc/rfc6749#section-5.2',
    'https://github.com/bergercookie/syncall/pull/18',
    'https://github.com/asweigart/ezgmail/issues/53',
    'https://github.com/kelproject/pykube/issues/86',
    'https://github.com/zquestz/omniauth-google-oauth2/issues/18',
  ],
  checked: '2026-11-23',
};
