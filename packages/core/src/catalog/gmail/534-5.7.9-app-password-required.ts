import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '534-5.7.9-app-password-required',
  provider: 'gmail',
  replyCode: 534,
  enhancedCode: '5.7.9',
  providerText:
    'Application-specific password required. For more information, go to https://support.google.com/mail/?p=InvalidSecondFactor',
  fromGoogleList: false,
  googleListMisprints: [
    {
      enhancedCode: '5.7.90',
      text: 'Application-specific password required. For more information, go to Sign in with app passwords.',
      reason:
        'The same row, word for word, read 534 5.7.9 in Google’s list as archived on 2025-05-08; Gmail\'s live reply when 2-Step Verification is on and the account password is sent is 534-5.7.9 Application-specific password required (5.7.9 is RFC 4954\'s "authentication mechanism is too weak"; the pastes in sources); the five rows at the end of the list (2026-02-12) all carry a 0 appended to their codes (5.7.40, 5.7.80, 5.7.90).',
    },
  ],
  title: 'Application-specific password required (InvalidSecondFactor)',
  severity: 'high',
  summary:
    'The account has 2-Step Verification on and the client sent the normal account password. Create an app password (or switch to OAuth2) and use it as the SMTP password.',
  whatYouSee: [
    '534-5.7.9 Application-specific password required. For more information, go to',
    '534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor d2e1a72fcca58-4a0 - gsmtp',
    "smtplib.SMTPAuthenticationError: (534, b'5.7.9 Application-specific password required. For more information, go to\\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor ...')",
  ],
  whatsHappening:
    'Gmail recognised the account and the password, but the account is protected by 2-Step Verification, so a plain password can never complete an SMTP login. Gmail says so explicitly with 534 5.7.9 instead of the generic 535. Google\'s published list carries the same sentence under 535 5.7.1, but live replies from smtp.gmail.com use 534 5.7.9 and the InvalidSecondFactor link. Older replies said "Learn more at" instead of "For more information, go to".',
  causes: [
    'The regular Google account password configured in an app, script, printer or mail client while 2-Step Verification is on',
    '2-Step Verification was turned on recently (sometimes enforced by a Workspace admin) and old clients still hold the account password',
    'A copied configuration from a tutorial that predates app passwords',
    'A Workspace account where the admin enforces 2-Step Verification but blocks app passwords, leaving OAuth2 as the only route',
  ],
  fixes: [
    {
      title: 'Generate an app password',
      detail:
        'Open https://myaccount.google.com/apppasswords while signed in to the sending account, create a password for the app, and paste the 16 characters (no spaces) into the SMTP password field. Keep the username as the full address.',
    },
    {
      title: 'Or switch the app to OAuth2',
      detail:
        'For services, use XOAUTH2 with a token for the `https://mail.google.com/` scope. In nodemailer: `auth: { type: "OAuth2", user, clientId, clientSecret, refreshToken }`. Workspace tenants that disable app passwords leave this as the only option.',
    },
    {
      title: 'Do not turn 2-Step Verification off',
      detail:
        'Disabling 2-Step Verification does not bring back plain-password SMTP: Less secure app access was removed by Google, so the account would then fail with 535 5.7.8 instead.',
    },
  ],
  prevention:
    'Give every application its own app password or OAuth2 client and never store the account password in app configuration.',
  related: [
    '535-5.7.8-bad-credentials',
    '534-5.7.14-web-login-required',
    '535-5.7.1-app-password-required',
    '454-4.7.0-cannot-authenticate',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Nothing will change until the client sends an app password or an OAuth2 token.',
  },
  stage: 'AUTH',
  helpUrl: 'https://support.google.com/mail/?p=InvalidSecondFactor',
  signature: {
    // Shared with the list row 535-5.7.1-app-password-required; the reply and enhanced codes separate them.
    phrases: ['application-specific password required', 'p=invalidsecondfactor'],
  },
  sources: [
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/e5d8b9abcfbf9d69cfb678399e06191e6cb2e88d/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2025-05-08.txt',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
    'https://support.google.com/mail/?p=InvalidSecondFactor',
    'https://github.com/Der-Henning/tgtg/issues/517',
    'https://github.com/leiweibau/Pi.Alert/issues/236',
    'https://github.com/iiuni/projektzapisy/issues/727',
    'https://github.com/mageplaza/magento-2-smtp/issues/181',
  ],
  checked: '2026-12-03',
};
