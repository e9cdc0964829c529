import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'api-precondition-check-failed',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Precondition check failed.',
  fromGoogleList: false,
  title: 'Gmail API: Precondition check failed (400 failedPrecondition)',
  severity: 'high',
  summary:
    "The token does not belong to a Gmail mailbox. Almost always a service account calling the Gmail API as itself: it has no mailbox. Use domain-wide delegation and impersonate the sending user (subject), or use a user's OAuth consent.",
  whatYouSee: [
    'An error occurred: <HttpError 400 when requesting https://gmail.googleapis.com/gmail/v1/users/me/messages/send?alt=json returned "Precondition check failed.". Details: "Precondition check failed.">',
    'com.google.api.client.googleapis.json.GoogleJsonResponseException: 400 Bad Request\n{\n  "code" : 400,\n  "errors" : [ {\n    "domain" : "global",\n    "message" : "Precondition check failed.",\n    "reason" : "failedPrecondition"\n  } ],\n  "message" : "Precondition check failed.",\n  "status" : "FAILED_PRECONDITION"\n}',
    'GaxiosError: Precondition check failed.\n    at Gaxios._request (node_modules/gaxios/build/src/gaxios.js:130:23)\n    at async JWT.requestAsync (node_modules/google-auth-library/build/src/auth/oauth2client.js:368:18)',
    "code: 400, errors: [ { message: 'Precondition check failed.', domain: 'global', reason: 'failedPrecondition' } ]",
  ],
  whatsHappening:
    'The Gmail API acts on one mailbox: the user the token was issued for. A service account is not a Gmail user, so a token minted for the service account itself (a JWT with no subject, or userId set to the service account\'s address) reaches the API with no mailbox behind it, and Google answers 400 FAILED_PRECONDITION "Precondition check failed.". The same answer comes for a real Google account that has no Gmail mailbox (a Google account on a domain whose mail is hosted elsewhere, or a Workspace user without a Gmail licence), and occasionally, briefly, for accounts that normally work.',
  causes: [
    'A service account used without domain-wide delegation or without a subject (the user to impersonate)',
    "userId is the service account's own address instead of the mailbox to send from",
    "The Google account has no Gmail mailbox (no Gmail licence, or the domain's mail is not on Google)",
    'A consumer @gmail.com address impersonated by a service account: delegation works only inside a Workspace domain',
  ],
  fixes: [
    {
      title: 'Impersonate the sending user',
      detail:
        'Enable domain-wide delegation for the service account in the Admin console with the Gmail scope, and mint the token with subject set to the mailbox (google-auth-library: new JWT({ ..., subject: user }); Python: creds.with_subject(user)); send with userId "me".',
    },
    {
      title: "Use a user's OAuth consent for consumer accounts",
      detail:
        'A @gmail.com account cannot be impersonated; have the user consent in an OAuth flow and keep their refresh token.',
    },
    {
      title: 'Check the mailbox exists',
      detail:
        "Sign in to Gmail as the user: a Workspace user needs a Gmail licence and the domain's MX must point to Google.",
    },
  ],
  prevention:
    'Configure service accounts with subject set to the sending address from the start, and check one send per new mailbox before going live.',
  related: ['api-mail-service-not-enabled', 'token-delegation-denied', 'token-unauthorized-client'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Nothing changes until the token is minted for a real mailbox (impersonation with subject, or user consent).',
  },
  stage: 'api',
  helpUrl: 'https://developers.google.com/identity/protocols/oauth2/service-account#delegatingauthority',
  signature: {
    phrases: ['precondition check failed'],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2/service-account',
    'https://github.com/googleapis/google-api-java-client/issues/1648',
    'https://github.com/googleapis/google-api-python-client/issues/984',
    'https://github.com/googleapis/google-api-nodejs-client/issues/2361',
    'https://github.com/googleapis/google-api-nodejs-client/issues/3030',
    'https://github.com/googleapis/google-api-php-client/issues/2558',
    'https://github.com/googleapis/nodejs-googleapis-common/issues/506',
  ],
  checked: '2026-12-03',
};
