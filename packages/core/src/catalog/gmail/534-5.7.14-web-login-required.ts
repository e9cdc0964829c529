import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '534-5.7.14-web-login-required',
  provider: 'gmail',
  replyCode: 534,
  enhancedCode: '5.7.14',
  providerText:
    '<https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=...> Please log in via your web browser and then try again. Learn more at https://support.google.com/mail/answer/78754',
  fromGoogleList: false,
  googleListRows: [
    "Please log in through your web browser and then try again. For more information, go to Can't sign in to your Google Account.",
  ],
  title: 'Please log in via your web browser and then try again',
  severity: 'high',
  summary:
    "Google's sign-in risk checks blocked the SMTP login and want someone to sign in to the account in a browser first. The reply carries a long accounts.google.com link; the lasting fix is an app password or OAuth2.",
  whatYouSee: [
    '534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsb...',
    '534-5.7.14 ...> Please log in via your web browser and',
    '534-5.7.14 then try again.',
    '534 5.7.14  https://support.google.com/mail/answer/78754 d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Gmail saw a login it considers risky (a new server, a new country, a data-centre IP, a long-unused account) and refused it with 534 5.7.14 before checking anything else. The first lines are a continuation link split over several 534-5.7.14 lines; opening it while signed in to the account confirms the login. Google\'s published list has a similar sentence under 535 5.7.1 ("Please log in with your web browser"), but live replies use 534 5.7.14 and "via". In the past the fix was to allow less secure apps or use the DisplayUnlockCaptcha page; less secure app access has been removed, so plain-password SMTP will not come back.',
  causes: [
    'A first login from a cloud server, CI runner or VPS whose IP Google has never seen for this account',
    'The account password (not an app password) used from an unfamiliar location, which triggers the sign-in challenge',
    'A dormant account, or one flagged for suspicious activity, that needs the owner to confirm it in a browser',
    'Logins from several countries in a short time (for example a VPN or serverless functions in many regions)',
  ],
  fixes: [
    {
      title: 'Sign in once in a browser',
      detail:
        'Sign in to the account at https://mail.google.com from a normal browser, complete any security prompt, and review https://myaccount.google.com/notifications for a blocked sign-in alert; confirm it was you. Then retry from the server within a few minutes.',
    },
    {
      title: 'Move to an app password',
      detail:
        'Turn on 2-Step Verification and create an app password at https://myaccount.google.com/apppasswords. App-password logins are not subject to the same web-login challenge, so servers and CI jobs keep working.',
    },
    {
      title: 'Use OAuth2 for unattended senders',
      detail:
        'For production senders, authenticate with XOAUTH2 using a token for the `https://mail.google.com/` scope (or a Workspace service account with domain-wide delegation). Tokens are bound to the app, not to the IP the server happens to have.',
    },
  ],
  prevention:
    'Never run servers on the account password: use OAuth2 or an app password, and keep sending from a stable set of IPs.',
  related: [
    '534-5.7.9-app-password-required',
    '535-5.7.8-bad-credentials',
    '535-5.7.1-web-login-required',
    '454-4.7.0-too-many-login-attempts',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'A person must sign in to the account in a browser, or the app must switch to an app password or OAuth2.',
  },
  stage: 'AUTH',
  helpUrl: 'https://support.google.com/mail/answer/78754',
  signature: {
    // The list row 535-5.7.1-web-login-required says "log in with your web browser"; this live reply says "via".
    phrases: [
      'please log in via your web browser',
      'please log in through your web browser',
      'accounts.google.com/signin/continue',
      'log in via your web browser',
    ],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/78754',
    'https://github.com/node-red/node-red-nodes/issues/284',
    'https://github.com/firebase/functions-samples/issues/39',
    'https://github.com/nodemailer/nodemailer/issues/401',
    'https://github.com/getgrav/grav-plugin-email/issues/154',
  ],
  checked: '2026-11-23',
};
