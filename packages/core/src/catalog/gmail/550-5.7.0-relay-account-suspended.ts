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
    'Google suspended the sending account after it relayed spam through the SMTP relay service (smtp-relay.gmail.com), so it may not send until an admin restores it. Find and stop what sent the spam (an infected device, an open relay, a leaked password), then have a Workspace admin restore the account.',
  whatYouSee: [
    '550-5.7.0 Email relay denied 203.0.113.25. The sending email account has been',
    '550 5.7.0 temporarily suspended due to abuse. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'The Google Workspace SMTP relay service lets an organisation’s own servers and devices send through Google, and Google watches that traffic for spam (its “SMTP relay spam policy in Gmail”). When an account relays large amounts of spam, admins get an alert; if the account is still sending spam 24 hours later, Google suspends it and sends a second alert. A suspended account still receives mail but cannot sign in or send, so every message relayed as it gets this 550 5.7.0 naming the relaying IP. The cause is often not the person: a device infected with malware, a server set up as an open relay, or a leaked password. An admin restores the account once the source is fixed; messages refused meanwhile are not queued by Google, the sending server must keep them.',
  causes: [
    'A compromised Workspace account or app password used to send spam through the relay',
    'A web form, CMS or device relaying through smtp-relay.gmail.com without its own abuse controls',
    'Bulk mail to purchased or stale lists producing complaints and bounces',
  ],
  fixes: [
    {
      title: 'Find the source of the spam',
      detail:
        'Read the admin alert, then use Email Log Search with the relay IP as Sender IP to see what the account relayed; look for infected devices, open relays and leaked credentials on the sending side.',
    },
    {
      title: 'Stop it and secure the account',
      detail:
        'Pause the queue on the relaying server, clean the device or close the open relay, reset the account’s password and app passwords; then an admin restores the suspended account in the Admin console.',
    },
    {
      title: 'Restrict who may use the relay',
      detail:
        'In the Admin console (Apps → Google Workspace → Gmail → Routing → SMTP relay service), allow only your servers’ IPs, require SMTP authentication and TLS, and allow only addresses in your domains.',
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
  helpUrl: 'https://support.google.com/a/answer/6389191',
  signature: {
    phrases: ['sending email account has been temporarily suspended due to abuse'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/6389191',
    'https://support.google.com/a/answer/6140680',
    'https://support.google.com/a/answer/2956491',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
