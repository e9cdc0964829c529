import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '503-5.7.0-no-identity-changes',
  provider: 'gmail',
  replyCode: 503,
  enhancedCode: '5.7.0',
  providerText: 'No identity changes permitted.',
  fromGoogleList: true,
  googleListRows: ['No identity changes permitted. For more information, go to About SMTP error messages.'],
  title: 'No identity changes permitted',
  severity: 'medium',
  summary:
    'The connection is already authenticated as one account and your client tried to act as a different identity on it: a second AUTH, or a sender identity that does not match the login. Open a new connection per account and log in with the full address.',
  whatYouSee: [
    '503 5.7.0 No identity changes permitted. d2e1a72fcca58-4a0 - gsmtp',
    'MAIL FROM command failed: No identity changes permitted. d2e1a72fcca58-4a0',
  ],
  whatsHappening:
    'Once AUTH succeeds, the SMTP session is bound to that Google account for its whole lifetime. Gmail refuses anything that would switch it to another identity: sending AUTH again on the same connection (for example a pooled connection reused for a different user), or an identity in the transaction that does not match the one that logged in. Users of desktop clients have hit it on MAIL FROM when the configured username lacked `@gmail.com`, so the login and the sender address looked like two different identities. The account and password are fine; the session handling is not.',
  causes: [
    'A second AUTH sent on a connection that is already authenticated (e.g. a connection pool shared between several Gmail accounts)',
    'Code that calls login() again on an open, logged-in connection to switch users',
    'Username configured without the domain (`jane` instead of `jane@gmail.com`), so the sender address looks like a different identity',
    'A MAIL FROM `AUTH=` parameter naming an identity other than the logged-in account',
  ],
  fixes: [
    {
      title: 'Use one connection (or pool) per account',
      detail:
        'Never re-authenticate an open session. Create a separate transport per Gmail account (nodemailer: one `createTransport` per user, `pool: true` is fine within an account) and close it with QUIT before using other credentials.',
    },
    {
      title: 'Log in with the full address',
      detail:
        'Set the SMTP username to the complete address (`jane@gmail.com` or `jane@example.com` for Workspace), matching the account that owns the password or token.',
    },
    {
      title: 'Send as an address the account may use',
      detail:
        'Use the logged-in address as the envelope sender, or an alias added and verified under Gmail Settings → Accounts → "Send mail as". Do not pass a different identity in a MAIL FROM `AUTH=` parameter.',
    },
  ],
  prevention:
    'Key SMTP connection pools by account, authenticate exactly once per connection, and use the full address as the username.',
  related: [
    '535-5.7.8-bad-credentials',
    '530-5.5.1-authentication-required',
    '550-5.7.0-sending-denied',
    '454-4.7.0-cannot-authenticate',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The session cannot change identity; open a new connection with the right account and resend.',
  },
  stage: 'any',
  signature: {
    phrases: ['no identity changes permitted'],
  },
  sources: ['https://support.google.com/a/answer/3726730'],
  checked: '2026-11-23',
};
