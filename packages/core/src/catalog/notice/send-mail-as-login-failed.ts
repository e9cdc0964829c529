import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'notice-send-mail-as-login-failed',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: '535 SMTP AUTH failed with the remote server. (state 8).',
  fromGoogleList: false,
  title: '"Send mail as": Gmail could not log in to your other SMTP server',
  severity: 'high',
  summary:
    "Gmail sends this address's mail through another provider's SMTP server (\"Send mail as\" with an SMTP server), and that server refused the user name and password Gmail has. Update the password (or an app password) in Gmail's settings.",
  whatYouSee: [
    'Technical details of permanent failure:',
    'Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was:',
    '535 SMTP AUTH failed with the remote server. (state 8).',
    'Authentication failed. Please check your username/password.',
  ],
  whatsHappening:
    'In Gmail\'s settings, Accounts > "Send mail as" can route an address through another provider\'s SMTP server. Gmail logs in to that server with the credentials saved there every time it sends. When that login fails (password changed, app password revoked, the provider now requires an app password or OAuth, or blocked the sign-in), Gmail bounces the message with this notice; when you add or edit the address, the same failure shows as "Authentication failed. Please check your username/password." with the other server\'s reply.',
  causes: [
    'The password of the other account changed, or its app password was revoked',
    'The other provider now requires 2-Step Verification with an app password',
    "The other provider blocked Google's sign-in as suspicious",
    'The SMTP server, port or security setting saved in Gmail is wrong',
  ],
  fixes: [
    {
      title: 'Update the saved credentials',
      detail:
        'Gmail > Settings > Accounts > "Send mail as" > edit info for the address > Next Step: enter the current password or a fresh app password.',
    },
    {
      title: "Check the other provider's security page",
      detail:
        'Approve the blocked sign-in, or create an app password if the account has 2-Step Verification.',
    },
    {
      title: 'Check server, port and security',
      detail: 'Use the host the provider documents, port 587 with TLS or 465 with SSL.',
    },
  ],
  prevention:
    'Use an app password for "Send mail as" accounts and update it in Gmail whenever you change it.',
  related: ['535-5.7.8-bad-credentials', '534-5.7.9-app-password-required', '534-5.7.14-web-login-required'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Every message fails until the saved credentials work again.',
  },
  stage: 'AUTH',
  helpUrl: 'https://support.google.com/mail/answer/22370',
  signature: {
    // Google's words carry its own "(state 8)" after them. The bare sentence is also a provider's
    // own (IONOS lists "535 Authentication failure: SMTP AUTH failed with the remote server").
    phrases: [
      'smtp auth failed with the remote server. (state',
      'authentication failed. please check your username/password',
    ],
  },
  sources: [
    'https://support.google.com/mail/answer/22370',
    'https://github.com/forwardemail/free-email-forwarding/issues/185',
    'https://github.com/sisimai/rb-sisimai',
  ],
  checked: '2026-12-03',
};
