import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-access-denied',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Error 403: access_denied',
  fromGoogleList: false,
  title: 'Consent was refused or blocked (access_denied)',
  severity: 'high',
  summary:
    "The user clicked Cancel on Google's consent screen, or Google blocked the request (app in testing and the account is not a test user, unverified app asking for restricted Gmail scopes). No token was issued; fix the cause and run consent again.",
  whatYouSee: [
    'Error 403: access_denied',
    'error=access_denied',
    '{ "error": "access_denied", "error_description": "The user did not consent." }',
    '<app> has not completed the Google verification process. The app is currently being tested, and can only be accessed by developer-approved testers.',
  ],
  whatsHappening:
    "access_denied is RFC 6749's answer when the resource owner or the authorization server refuses the request. With Google it arrives on the redirect (`?error=access_denied`) when the user cancels, and as Error 403 on the consent screen when Google itself refuses: an External app in Testing mode only admits the listed test users, and unverified apps cannot obtain restricted scopes such as https://mail.google.com/ for ordinary users.",
  causes: [
    'The user pressed Cancel or closed the consent screen',
    'The app is in Testing and the account is not in the test users list',
    'The app requests a restricted Gmail scope without verification',
    'A Workspace admin blocked the app (see also admin_policy_enforced)',
  ],
  fixes: [
    {
      title: 'If you cancelled, run consent again',
      detail: 'Start the OAuth flow again and allow the requested access.',
    },
    {
      title: 'Add the account as a test user',
      detail:
        'APIs & Services > OAuth consent screen > Test users: add the sending account, or publish the app.',
    },
    {
      title: 'Ask only for the scope you need',
      detail:
        "For sending through SMTP XOAUTH2 the scope is https://mail.google.com/; apps used beyond test users must complete Google's verification for it.",
    },
  ],
  prevention:
    'Keep the consent screen in the right publishing state and the test user list current for the accounts that send.',
  related: ['token-admin-policy-enforced', 'token-org-internal', 'token-invalid-scope'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Nothing changes until consent is given or the app is allowed for the account.',
  },
  stage: 'token',
  signature: {
    phrases: ['access_denied'],
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1',
    'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors',
    'https://github.com/mack/magic-upload/issues/3',
    'https://github.com/Gururagavendra/gmail-cleaner/issues/9',
  ],
  checked: '2026-12-03',
};
