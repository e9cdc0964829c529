import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-admin-policy-enforced',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText:
    '{"error": "admin_policy_enforced", "error_description": "This application is currently blocked."} / Error 400: admin_policy_enforced',
  fromGoogleList: false,
  title: 'admin_policy_enforced: the Workspace admin blocks this app',
  severity: 'high',
  summary:
    "The user belongs to a Google Workspace organisation whose admin does not allow this OAuth app to access Google data (or Gmail specifically). Only a Workspace admin can fix it, by marking the app's client ID as trusted in the Admin console.",
  whatYouSee: [
    '"error": "admin_policy_enforced", "error_description": "This application is currently blocked."',
    'Error 400: admin_policy_enforced',
  ],
  whatsHappening:
    "Google Workspace admins decide which third-party apps may use OAuth against their users' data (Admin console > Security > Access and data control > API controls). Gmail is a restricted, high-risk service, so many organisations block every app that is not explicitly trusted. When the user tries to consent, or when an existing refresh token is used after the policy changed, Google answers admin_policy_enforced and issues no token. The sender code and credentials can be perfectly correct; the organisation's policy is what says no.",
  causes: [
    'The Workspace admin restricts access to Gmail (or all Google services) for unconfigured third-party apps and this client ID is not on the trusted list',
    'The app was explicitly blocked, or the policy was tightened after tokens were issued, so refresh now fails',
    'The user is in an organisational unit, or enrolled in the Advanced Protection Program, that blocks most third-party apps',
    'The app was trusted for one OAuth client ID, but the sender now uses a different client',
  ],
  fixes: [
    {
      title: 'Ask the admin to trust the client ID',
      detail:
        'A super admin opens Admin console > Security > Access and data control > API controls > Manage Third-Party App Access > Configure new app, searches for your OAuth client ID, chooses the users or OUs, and sets access to Trusted. The user then signs in again.',
    },
    {
      title: 'Make the app internal',
      detail:
        'If the OAuth client lives in a Cloud project owned by the same Workspace organisation, set its audience to Internal; internal apps are treated as owned by the organisation (admins can still restrict them).',
    },
    {
      title: 'Use admin-approved delegation',
      detail:
        'For organisation-wide senders, use a service account with domain-wide delegation for https://mail.google.com/; an admin authorises it once for the domain.',
    },
  ],
  prevention:
    'Before rolling out to a Workspace customer, have their admin trust your client ID, and keep using that same client ID afterwards.',
  related: ['token-unauthorized-client', 'token-invalid-grant-expired-or-revoked', '334-xoauth2-challenge'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Nothing changes until a Workspace admin allows the app; the user must then authorize again.',
  },
  stage: 'token',
  helpUrl: 'https://support.google.com/a/answer/7281227',
  signature: {
    phrases: ['admin_policy_enforced'],
  },
  sources: [
    'https://github.com/FlowCrypt/flowcrypt-browser/issues/1409',
    'https://github.com/ericyd/gdrive-copy/issues/193',
    'https://support.google.com/a/answer/7281227',
  ],
  checked: '2026-11-23',
};
