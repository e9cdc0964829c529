import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-app-blocked-unverified',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'This app is blocked. This app tried to access sensitive info in your Google Account. To keep your account safe, Google blocked this access.',
  fromGoogleList: false,
  title: "This app is blocked: an unverified app asked for Gmail's sensitive or restricted scopes",
  severity: 'high',
  summary:
    "Google stopped the consent screen because the app asks for sensitive or restricted scopes (full Gmail access, https://mail.google.com/, is restricted) without having passed Google's verification for them. The screen offers no way past it. Use an OAuth client you own (in Testing, with your account as a test user), have a Workspace admin trust the app, or wait for the developer's verification.",
  whatYouSee: [
    'This app is blocked. This app tried to access sensitive info in your Google Account. To keep your account safe, Google blocked this access.',
  ],
  whatsHappening:
    "Google sorts OAuth scopes into non-sensitive, sensitive and restricted. For Gmail, sending only (gmail.send) is sensitive, and reading, modifying or full access (gmail.readonly, gmail.modify, https://mail.google.com/, which SMTP and IMAP XOAUTH2 need) are restricted. An app that requests sensitive or restricted scopes must complete Google's OAuth app verification (for restricted scopes a scope review and possibly a security assessment) before ordinary users may grant them. Until then Google may show a warning the user can click through, cap the number of users, or, as here, refuse outright with no Advanced link. Accounts in the Advanced Protection Program admit only Google's and verified apps. The block comes before any token is issued: credentials, SMTP settings and app passwords of the same account are not involved.",
  causes: [
    'A published app (mail client, Gmail backup or cleaner, newsletter tool) whose Google verification for its Gmail scopes is missing, pending or lost, for example after it added new scopes',
    'The app asks for scopes beyond the ones verified on its consent screen, so the request counts as unverified',
    'The account is enrolled in the Advanced Protection Program, which admits only verified third-party apps',
    'A Workspace account whose organisation does not let unverified apps reach Gmail data unless the admin trusts them',
  ],
  fixes: [
    {
      title: 'Use your own OAuth client for a personal sender',
      detail:
        'Create an OAuth client in your own Google Cloud project, leave the app in Testing and add the sending account under test users, and give the tool that client ID and secret. Personal use and development or testing are exceptions to restricted-scope verification; Google shows test builds a warning, not this block.',
    },
    {
      title: 'Ask only for what you use',
      detail:
        'A tool that only sends through the Gmail API can ask for gmail.send (sensitive) instead of https://mail.google.com/ (restricted). SMTP and IMAP with XOAUTH2 need the full scope.',
    },
    {
      title: 'Workspace: have the admin trust the app',
      detail:
        "Admin console > Security > Access and data control > API controls > Manage Third-Party App Access: add the app's client ID and set it to Trusted for the users or organisational units that need it.",
    },
    {
      title: "Or wait for the developer's verification",
      detail:
        "If it is someone else's app, tell its developer: only they can finish Google's verification for the scopes it requests. In the meantime an app password over SMTP/IMAP (with 2-Step Verification on) avoids OAuth altogether where the tool supports it.",
    },
  ],
  prevention:
    'Declare exactly the scopes the app requests on its consent screen and keep their verification current before adding new ones; personal scripts stay on their own client in Testing.',
  related: ['token-access-denied', 'token-admin-policy-enforced', 'token-invalid-scope'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Google refuses the same app and scopes every time until one of the fixes applies.',
  },
  stage: 'token',
  helpUrl: 'https://support.google.com/cloud/answer/7454865',
  signature: {
    phrases: [
      'this app tried to access sensitive info in your google account',
      'to keep your account safe, google blocked this access',
    ],
  },
  sources: [
    'https://support.google.com/cloud/answer/7454865',
    'https://support.google.com/accounts/answer/12042226',
    'https://developers.google.com/workspace/gmail/api/auth/scopes',
    'https://developers.google.com/identity/protocols/oauth2/production-readiness/restricted-scope-verification',
    'https://support.google.com/cloud/answer/15549135',
    'https://support.google.com/a/answer/7281227',
    'https://github.com/bkaankose/Wino-Mail/issues/1072',
    'https://github.com/icidasset/diffuse/issues/405',
    'https://github.com/googleworkspace/apps-script-samples/issues/503',
    'https://github.com/wslyvh/paperweight/issues/31',
  ],
  checked: '2026-12-05',
};
