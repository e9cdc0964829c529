import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '535-5.7.1-web-login-required',
  provider: 'gmail',
  replyCode: 535,
  enhancedCode: '5.7.1',
  providerText:
    'Please log in with your web browser and then try again. For more information, visit Check Gmail through other email platforms.',
  fromGoogleList: true,
  title: 'Please log in with your web browser and then try again',
  severity: 'high',
  summary:
    'Google blocked the SMTP sign-in as suspicious (new server, new country, password sign-in it no longer accepts) and wants the owner to sign in interactively. Confirm the activity in a browser, then switch the client to an app password or OAuth2.',
  whatYouSee: [
    '535-5.7.1 Please log in with your web browser and then try again. Learn more at',
    '535 5.7.1 https://support.google.com/mail/bin/answer.py?answer=78754 d2e1a72fcca58-4a0',
    'Net::SMTPAuthenticationError (535-5.7.1 Please log in with your web browser and then try again. Learn more at',
    'SASL authentication failed; server smtp.gmail.com[203.0.113.7] said: 535-5.7.1 Please log in with your web browser and then try again.',
  ],
  whatsHappening:
    "Google's sign-in risk checks look at where and how a login happens. A password sign-in over SMTP from a machine Google has never seen (a new VPS or cloud region, a container, another country) can be stopped, and the account owner is asked to prove it was them by signing in through the web. Until that happens, or until the client uses a credential Google accepts for apps, every AUTH fails with this reply. This 535 5.7.1 form is the one in Google's list and in older logs; today Gmail sends the same request as `534-5.7.14 <https://accounts.google.com/signin/continue?...> Please log in via your web browser and then try again ... ?p=WebLoginRequired`, which has its own page.",
  causes: [
    'First SMTP sign-in from a new server, IP range or country (cloud hosts and VPNs are common triggers)',
    'Password-based sign-in that Google now refuses for third-party apps (the "Less secure apps" path was removed in 2022–2024)',
    'Google flagged the account after unusual activity and requires the owner to review it or complete a verification step',
    'Account needs attention in a browser: password reset required, recovery info confirmation, or terms to accept',
  ],
  fixes: [
    {
      title: 'Sign in and confirm the activity',
      detail:
        'Sign in to the account at https://mail.google.com in a browser, ideally from the same network as the sending server, and check https://myaccount.google.com/notifications for a blocked sign-in alert; confirm "Yes, it was me" and complete any verification prompt.',
    },
    {
      title: 'Switch the client to an app password',
      detail:
        'Turn on 2-Step Verification, create an app password at https://myaccount.google.com/apppasswords and use it as the SMTP password (username = full address). App-password logins are not subject to the same browser challenge.',
    },
    {
      title: 'Use OAuth2 for servers',
      detail:
        'For unattended senders on cloud hosts, XOAUTH2 with a refresh token for the `https://mail.google.com/` scope is the most robust option; in Workspace, a service account with domain-wide delegation also works.',
    },
    {
      title: 'Stop retrying with the same password',
      detail:
        'Repeated failed logins can escalate to `454 4.7.0 Too many login attempts`. Pause the sender until the credential is changed.',
    },
  ],
  prevention:
    "Never use the account password in servers; issue an app password or OAuth2 credential per integration and keep the sending host's location stable.",
  related: [
    '534-5.7.14-web-login-required',
    '535-5.7.1-app-password-required',
    '535-5.7.1-bad-credentials',
    '454-4.7.0-too-many-login-attempts',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'AUTH keeps failing until the owner signs in through the web or the client switches to an app password or OAuth2.',
  },
  stage: 'AUTH',
  helpUrl: 'https://support.google.com/mail/answer/78754',
  signature: {
    // "web browser and then try again" is shared with 534-5.7.14-web-login-required ("log in via your web browser");
    // the reply/enhanced code separates them.
    phrases: ['please log in with your web browser', 'web browser and then try again'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://support.google.com/mail/answer/78754'],
  checked: '2026-11-23',
};
