import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '535-5.7.8-bad-credentials',
  provider: 'gmail',
  replyCode: 535,
  enhancedCode: '5.7.8',
  providerText:
    'Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials',
  fromGoogleList: false,
  googleListMisprints: [
    {
      enhancedCode: '5.7.80',
      text: "Username and Password not accepted. For more information, go to Can't sign in to your Google Account.",
      reason:
        'The same row, word for word, read 535 5.7.8 in Google’s list as archived on 2025-05-08; Gmail\'s live reply to a refused password is 535-5.7.8 Username and Password not accepted (5.7.8 is RFC 4954\'s "authentication credentials invalid"; the pastes in sources); the five rows at the end of the list (2026-02-12) all carry a 0 appended to their codes (5.7.40, 5.7.80, 5.7.90).',
    },
  ],
  title: 'Username and password not accepted (BadCredentials)',
  severity: 'high',
  summary:
    'Gmail rejected the login sent with AUTH. With 2-Step Verification on, only a 16-character app password or an OAuth2 token works; the normal account password never does. Fix the credential, then send again.',
  whatYouSee: [
    '535-5.7.8 Username and Password not accepted. For more information, go to',
    '535 5.7.8  https://support.google.com/mail/?p=BadCredentials d2e1a72fcca58-4a0 - gsmtp',
    'Error: Invalid login: 535-5.7.8 Username and Password not accepted. Learn more at',
    "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. For more information, go to ...')",
  ],
  whatsHappening:
    "This is the reply Gmail's SMTP submission servers (smtp.gmail.com on 587 or 465) actually send when AUTH PLAIN or AUTH LOGIN fails; Google's published list shows the same words under 535 5.7.1, but live traffic carries 5.7.8 and the BadCredentials link. It is also the final reply after a failed AUTH XOAUTH2: Gmail first answers 334 with a base64 JSON error, the client sends an empty line, and Gmail closes the exchange with this 535. The message itself is fine; the account simply did not accept what was presented as a password or token. Less secure app access, which once let plain passwords through, was switched off by Google between 2022 and 2024, so that toggle no longer exists. nodemailer wraps this reply as `Invalid login` with code EAUTH.",
  causes: [
    'The normal Google account password used for SMTP; Gmail only accepts an app password or OAuth2 for third-party SMTP clients',
    'An app password that was revoked, mistyped, or pasted with spaces or a trailing newline from a secret store',
    'The username is not the full address of the account the app password belongs to (for example an alias or a secondary address)',
    'An expired or wrong-scope OAuth2 access token sent with XOAUTH2 (Gmail answers 334 first, then this 535)',
    'The password was changed, which revokes every app password on the account',
    'A Workspace admin disabled app passwords or third-party access for the user',
  ],
  fixes: [
    {
      title: 'Create and use an app password',
      detail:
        'Turn on 2-Step Verification for the account, then create an app password at https://myaccount.google.com/apppasswords and use the 16 characters (without spaces) as the SMTP password. App passwords are not offered while 2-Step Verification is off, nor for Advanced Protection accounts or Workspace users whose admin disallows them; those need OAuth2. Do not look for the old "Less secure app access" switch: Google removed it.',
    },
    {
      title: 'Send the full account address as the username',
      detail:
        'Use the primary address of the Google account that owns the app password, e.g. `auth: { user: "you@gmail.com", pass: process.env.GMAIL_APP_PASSWORD }` in nodemailer. A send-as alias goes in the From header, not in the username.',
    },
    {
      title: 'Refresh the OAuth2 token before AUTH XOAUTH2',
      detail:
        'If you use OAuth2, request a fresh access token for the `https://mail.google.com/` scope and pass it with the matching user, e.g. nodemailer `auth: { type: "OAuth2", user, clientId, clientSecret, refreshToken }`. A token with only gmail.send or an expired one ends in this 535.',
    },
    {
      title: 'Check the stored secret byte for byte',
      detail:
        'Print the length of the configured password (not the value): an app password is exactly 16 characters. Strip quotes, spaces and line endings that environment files and CI secrets often add, and re-enter it after any password change.',
    },
  ],
  prevention:
    'Use OAuth2 or a dedicated app password per application, store it without whitespace, and alert on the first 535 instead of retrying it; repeated failures lead to a 454 4.7.0 login lockout.',
  related: [
    '534-5.7.9-app-password-required',
    '454-4.7.0-too-many-login-attempts',
    '334-xoauth2-challenge',
    '535-5.7.1-bad-credentials',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Retrying the same credentials only earns a login lockout; change the password or token first.',
  },
  stage: 'AUTH',
  helpUrl: 'https://support.google.com/mail/?p=BadCredentials',
  signature: {
    // Shared with the list row 535-5.7.1-bad-credentials; the enhanced code (5.7.8 vs 5.7.1) separates them.
    phrases: ['username and password not accepted', 'p=badcredentials'],
  },
  sources: [
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/e5d8b9abcfbf9d69cfb678399e06191e6cb2e88d/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2025-05-08.txt',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
    'https://support.google.com/mail/?p=BadCredentials',
    'https://github.com/dawidd6/action-send-mail/issues/205',
    'https://github.com/jef/streetmerchant/issues/1190',
    'https://github.com/nodemailer/nodemailer/issues/1167',
    'https://github.com/nodemailer/nodemailer/issues/114',
  ],
  checked: '2026-12-03',
};
