import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '535-5.7.1-app-password-required',
  provider: 'gmail',
  replyCode: 535,
  enhancedCode: '5.7.1',
  providerText:
    'Application-specific password required. For more information, visit Sign in using App Passwords.',
  fromGoogleList: true,
  title: 'Application-specific password required',
  severity: 'high',
  summary:
    'The account has 2-Step Verification on, so its normal password cannot be used for SMTP. Create a 16-character app password (or switch to OAuth2) and put that in the client instead.',
  whatYouSee: [
    '535 5.7.1 Application-specific password required. For more information, visit Sign in using App Passwords.',
    'Error: Invalid login: 535 5.7.1 Application-specific password required.',
    'SMTP ERROR: Password command failed: 535 5.7.1 Application-specific password required.',
  ],
  whatsHappening:
    "Google refuses the regular account password over SMTP when 2-Step Verification is enabled, because SMTP has no way to ask for the second factor. The client must present either an app password (a 16-character password generated for one app) or an OAuth 2.0 token. This 535 5.7.1 wording is the one in Google's published list; the reply Gmail sends live today for the same situation is `534-5.7.9 Application-specific password required ... ?p=InvalidSecondFactor`, which has its own page with the same fix. Your password is correct; it is just the wrong kind of credential.",
  causes: [
    '2-Step Verification turned on for the account (by the user or enforced by a Workspace admin) while the client still uses the account password',
    'An app password was revoked, or all app passwords were removed after a Google password change',
    'The app password was pasted with spaces or a typo, so Gmail treated it as the account password',
    'A Workspace admin enforced 2SV and the existing SMTP integrations were never updated',
  ],
  fixes: [
    {
      title: 'Create an app password',
      detail:
        'Sign in to the account, open https://myaccount.google.com/apppasswords, give it a name (e.g. "server SMTP") and copy the 16-character code. Use it as the SMTP password with the full address as the username. Spaces shown in the code can be removed.',
    },
    {
      title: 'If the app-passwords page is missing',
      detail:
        'App passwords need 2-Step Verification turned on. They are unavailable for accounts in Advanced Protection, for 2SV set up with security keys only, and for Workspace users whose admin does not allow them; in those cases use OAuth2.',
    },
    {
      title: 'Use OAuth2 for services',
      detail:
        "XOAUTH2 with a token for the `https://mail.google.com/` scope avoids passwords entirely. nodemailer: `auth: { type: 'OAuth2', user, clientId, clientSecret, refreshToken }`.",
    },
    {
      title: 'Do not look for "Less secure apps"',
      detail:
        'Google removed "Less secure app access" between 2022 and 2024; there is no toggle that lets the account password work again.',
    },
  ],
  prevention:
    'Give each integration its own app password (or OAuth2 client), store it as a secret, and re-issue it after any Google password change.',
  related: [
    '534-5.7.9-app-password-required',
    '535-5.7.1-bad-credentials',
    '535-5.7.1-web-login-required',
    '535-5.7.8-bad-credentials',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The account password will be refused every time; replace it with an app password or OAuth2 token, then retry.',
  },
  stage: 'AUTH',
  helpUrl: 'https://support.google.com/accounts/answer/185833',
  signature: {
    // Same phrase as 534-5.7.9-app-password-required (the live reply); the reply/enhanced code separates them.
    phrases: ['application-specific password required'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/accounts/answer/185833',
  ],
  checked: '2026-11-23',
};
