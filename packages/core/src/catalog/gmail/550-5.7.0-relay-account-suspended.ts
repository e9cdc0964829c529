import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.0-relay-account-suspended',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.0',
  providerText:
    'Email relay denied ip-address. The sending email account has been temporarily suspended due to abuse. For more information, go to SMTP relay spam policy in Gmail.',
  fromGoogleList: true,
  title: 'SMTP relay denied: the sending account is suspended for abuse',
  severity: 'critical',
  summary:
    'Google’s SMTP relay service (smtp-relay.gmail.com) stopped relaying for the sending account because its mail was judged abusive. Stop the sending, find what sent the spam (a compromised account or device, a list without consent), and have a Workspace admin review the account.',
  whatYouSee: [
    '550-5.7.0 Email relay denied 203.0.113.25. The sending email account has been',
    '550 5.7.0 temporarily suspended due to abuse. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'The Google Workspace SMTP relay service lets an organisation’s own servers and devices send through Google. Google applies its SMTP relay spam policy to that traffic: when mail relayed for an account looks like spam or abuse, relaying for that sending account is suspended for a time and each attempt gets this 550 5.7.0 naming the relaying IP. Often the cause is not the person but a compromised password, a hacked website form, or a device or app server that relays anything it is given. Messages refused now are not queued by Google; the sending server must hold them.',
  causes: [
    'A compromised Workspace account or app password used to send spam through the relay',
    'A web form, CMS or device relaying through smtp-relay.gmail.com without its own abuse controls',
    'Bulk mail to purchased or stale lists producing complaints and bounces',
  ],
  fixes: [
    {
      title: 'Stop the source and secure the account',
      detail:
        'Pause the queue on the relaying server; reset the account’s password and app passwords, sign out its sessions and check its recent activity in the Admin console.',
    },
    {
      title: 'Restrict who may use the relay',
      detail:
        'In the Admin console (Apps → Google Workspace → Gmail → Routing → SMTP relay service), allow only your servers’ IPs, require SMTP authentication and TLS, and allow only addresses in your domains.',
    },
    {
      title: 'Clean the mail before resuming',
      detail:
        'Remove unconsented or stale recipients and fix whatever generated the abuse; then resume slowly and watch for further refusals.',
    },
  ],
  prevention:
    'Require authentication on the relay, keep forms and devices from relaying arbitrary mail, and follow Google’s relay spam policy and sender guidelines.',
  related: ['550-5.7.0-relay-denied', '550-5.7.1-invalid-relay-credentials', '550-5.7.0-sending-denied'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Retrying will not help while the account is suspended, and more spam prolongs it; stop the abuse, secure the account, then resume.',
  },
  stage: 'MAIL',
  helpUrl: 'https://support.google.com/a/answer/6140680',
  signature: {
    phrases: ['sending email account has been temporarily suspended due to abuse'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/6140680',
    'https://support.google.com/a/answer/2956491',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
