import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.0-relay-denied',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.0',
  providerText: 'Mail relay denied.',
  fromGoogleList: true,
  googleListRows: [
    "Email relay denied ip-address. Invalid credentials for relay for one of the domains in: domain-name (as obtained from HELO and (E)MAIL FROM). Email is being sent from a domain or IP address which isn't registered in your Workspace account. Please login to your Workspace account and verify that your sending device IP address has been registered within the Workspace SMTP Relay Settings. For more information, go to SMTP relay service error messages.",
  ],
  title: 'Mail relay denied (SMTP relay)',
  severity: 'high',
  summary:
    'smtp-relay.gmail.com could not tie your connection to a Google Workspace account: the source IP is not in the relay allowlist, or the HELO name and MAIL FROM domain are not yours. Register the IP or authenticate, and make sure you are meant to use the relay at all.',
  whatYouSee: [
    '550 5.7.0 Mail relay denied.',
    '550-5.7.0 Mail relay denied [203.0.113.7]. Invalid credentials for relay for one of the domains in: example.com (as obtained from HELO and MAIL FROM).',
    "550-5.7.0 Email is being sent from a domain or IP address which isn't registered in your Workspace account.",
    '550 5.7.0 https://support.google.com/a/answer/6140680#maildenied d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'The Workspace SMTP relay only accepts mail it can attribute to a Workspace customer. It looks at three things: the connecting IP (must be listed under Apps > Google Workspace > Gmail > Routing > SMTP relay service), SMTP AUTH (if the relay rule allows or requires it), and the domains in the HELO/EHLO name and MAIL FROM. When none of these matches a Workspace account, Google refuses the transaction with 550 5.7.0. A plain Gmail account has no relay service at all, so pointing a personal @gmail.com login at smtp-relay.gmail.com always ends here.',
  causes: [
    'A personal Gmail account (or a Workspace user) configured with host smtp-relay.gmail.com instead of smtp.gmail.com',
    "The sending server's public IP is not in the SMTP relay service's allowed IP list, often after a NAT, ISP or cloud IP change",
    'The relay rule requires SMTP authentication but the client connects without AUTH',
    'HELO/EHLO sends a bare hostname or a private IP literal and MAIL FROM uses a domain that is not registered in the Workspace account',
    'The SMTP relay service rule was never saved or applies to a different organisational unit',
  ],
  fixes: [
    {
      title: 'Use smtp.gmail.com for a single mailbox',
      detail:
        'If you just want to send as one Gmail or Workspace user, connect to smtp.gmail.com on port 587 (STARTTLS) or 465 (TLS) and log in with an app password (needs 2-Step Verification) or XOAUTH2. smtp-relay.gmail.com is only for Workspace domains with a configured relay rule.',
    },
    {
      title: 'Register the sending IP in the relay rule',
      detail:
        "In the Admin console go to Apps > Google Workspace > Gmail > Routing > SMTP relay service, edit the rule, and add the server's public egress IP (check it with `curl ifconfig.me` from the server). Choose 'Only addresses in my domains' or 'Any addresses' as needed, save, and allow time for the change to take effect.",
    },
    {
      title: 'Authenticate to the relay',
      detail:
        "If the rule has 'Require SMTP Authentication' set, configure the client with a Workspace user's address and app password over TLS (port 587 with STARTTLS or 465). In nodemailer: `{ host: 'smtp-relay.gmail.com', port: 587, secure: false, requireTLS: true, auth: { user, pass } }`.",
    },
    {
      title: 'Send a proper HELO name and envelope sender',
      detail:
        "Set the EHLO name to a fully qualified name in your domain (nodemailer `name: 'app.example.com'`, Postfix `smtp_helo_name`) and use an envelope sender (MAIL FROM) in one of your Workspace domains, not an empty sender or a third-party domain.",
    },
  ],
  prevention:
    'Document which systems relay through Workspace, keep their egress IPs static and listed in the relay rule, and prefer SMTP AUTH so an IP change does not silently break mail.',
  related: [
    '550-5.7.1-invalid-relay-credentials',
    '550-5.7.0-sending-denied',
    '530-5.7.0-authentication-required',
    '535-5.7.8-bad-credentials',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Nothing changes until the IP is registered, authentication is configured, or the client is pointed at the right server.',
  },
  stage: 'MAIL',
  helpUrl: 'https://support.google.com/a/answer/6140680#maildenied',
  // The live 5.7.0 reply also contains 'invalid credentials for relay', the phrase of 550-5.7.1-invalid-relay-credentials; the enhanced code (5.7.0 vs 5.7.1) separates the two.
  signature: {
    phrases: ['mail relay denied'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/6140680',
    'https://github.com/Ombi-app/Ombi/issues/1442',
  ],
  checked: '2026-11-23',
};
