import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '535-5.7.1-bad-credentials',
  provider: 'gmail',
  replyCode: 535,
  enhancedCode: '5.7.1',
  providerText:
    "Username and Password not accepted. For more information, visit Can't sign in to your Google Account.",
  fromGoogleList: true,
  title: 'Username and password not accepted',
  severity: 'high',
  summary:
    'Gmail rejected the login: wrong username or password, the account password used where an app password is needed, or an expired OAuth2 token. Use the full address with a current app password or a fresh token.',
  whatYouSee: [
    '535-5.7.1 Username and Password not accepted. Learn more at',
    '535 5.7.1 https://support.google.com/mail/?p=BadCredentials d2e1a72fcca58-4a0 - gsmtp',
    'msmtp: server message: 535-5.7.1 Username and Password not accepted. Learn more',
    "535 5.7.1 Username and Password not accepted. For more information, visit Can't sign in to your Google Account.",
    '535-5.7.1 Username and Password not accepted. Learn more at',
    '535 5.7.1 http://support.google.com/mail/bin/answer.py?answer=14257 v9sm1396104paz.6',
  ],
  whatsHappening:
    "AUTH reached Google's account check and the credentials were refused. With a password mechanism that means the username/password pair is not valid for SMTP: a typo, an old password, or the real account password (Google no longer accepts it for SMTP; \"Less secure apps\" is gone). After a failed XOAUTH2 exchange (the `334` JSON challenge), the final reply is also this text, so it can mean an expired or wrongly scoped token. This 535 5.7.1 form appears in Google's list and older logs, including Google's own XOAUTH2 documentation; Gmail's live reply today is `535-5.7.8 Username and Password not accepted ... ?p=BadCredentials`, which has its own page with the same fixes.",
  causes: [
    'The normal Google account password used for SMTP instead of an app password',
    'A typo, a stale password after a change, or an app password that was revoked (changing the Google password revokes all app passwords)',
    'Username without the domain, or a different address than the account that owns the password',
    'Expired, revoked or wrongly scoped OAuth2 access token (scope must be `https://mail.google.com/`)',
    'A Workspace user whose admin has turned off password-based or app-password access',
  ],
  fixes: [
    {
      title: 'Use an app password',
      detail:
        'Turn on 2-Step Verification, create one at https://myaccount.google.com/apppasswords and use it as the SMTP password with the full address as the username. "Less secure app access" no longer exists, so there is nothing else to switch on.',
    },
    {
      title: 'Verify exactly what the client sends',
      detail:
        'Log (redacted) the username and the password length at runtime: no quotes, no trailing newline from a secrets file, no spaces from copy-paste, and no URL-encoding problems in connection strings like `smtps://user:pass@smtp.gmail.com`.',
    },
    {
      title: 'Refresh or re-scope the OAuth2 token',
      detail:
        'If you use XOAUTH2, request a new access token from the refresh token right before sending, and confirm the consent included `https://mail.google.com/`. A refresh token from a consent screen in "Testing" expires after 7 days.',
    },
    {
      title: 'Stop after the first rejection',
      detail:
        'Do not retry the same credentials in a loop; repeated failures lead to `454 4.7.0 Too many login attempts` and can trigger a web-login challenge.',
    },
  ],
  prevention:
    'Store app passwords or OAuth2 refresh tokens as secrets per integration, update them after any Google password change, and alert on the first 535 instead of retrying.',
  related: [
    '535-5.7.8-bad-credentials',
    '535-5.7.1-app-password-required',
    '535-5.7.1-web-login-required',
    '334-xoauth2-challenge',
    'token-invalid-grant-expired-or-revoked',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same credentials are refused every time; fix them (app password or new token), then retry.',
  },
  stage: 'AUTH',
  helpUrl: 'https://support.google.com/mail/?p=BadCredentials',
  signature: {
    // Same phrase as 535-5.7.8-bad-credentials (the live reply); the enhanced code separates them.
    phrases: ['username and password not accepted', 'answer.py?answer=14257'],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2',
    'https://support.google.com/a/answer/3726730',
    'https://developers.google.com/gmail/imap/xoauth2-protocol',
  ],
  checked: '2026-12-03',
};
