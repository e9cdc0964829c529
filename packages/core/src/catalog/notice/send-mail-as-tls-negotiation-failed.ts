import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'send-mail-as-tls-negotiation-failed',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: "TLS Negotiation failed, the certificate doesn't match the host., code: 550",
  fromGoogleList: false,
  title: '"Send mail as": Gmail could not set up TLS with your other SMTP server',
  severity: 'high',
  summary:
    'Gmail sends "Send mail as" mail through the SMTP server you entered only over TLS with a certificate it trusts for that host name. The server\'s certificate is for another name (or is self-signed or expired), so Gmail refuses to use it. Enter the host name the certificate was issued for, or install a valid certificate for the name you use.',
  whatYouSee: [
    'Error: Server returned error: "TLS Negotiation failed, the certificate doesn\'t match the host., code: 550"',
  ],
  whatsHappening:
    'When you add or edit an address under Gmail > Settings > Accounts > "Send mail as" with "Send through SMTP server", Gmail connects to that server, starts TLS and checks its certificate against the host name you typed. The "550" is Gmail\'s own verdict, not the other server\'s reply: the TLS handshake failed or the certificate does not name that host, so Gmail stops before logging in. A self-hosted server without a proper certificate, or a shared host whose certificate carries the provider\'s server name rather than mail.yourdomain, fails this way.',
  causes: [
    "The certificate is issued for the hosting provider's server name, not the host name entered in Gmail",
    'The server uses a self-signed or expired certificate',
    'The port and security choice do not match the server (STARTTLS on 587, implicit TLS on 465)',
    'A proxy or relay in front of the server presents its own certificate',
  ],
  fixes: [
    {
      title: 'Use the name on the certificate',
      detail:
        "Enter the SMTP host exactly as the certificate names it (for shared hosting, the provider's server name); `openssl s_client -starttls smtp -connect host:587` shows the certificate's names.",
    },
    {
      title: 'Install a valid certificate',
      detail:
        "On a self-hosted server, get a certificate for the host name you use (for example from Let's Encrypt) and configure the SMTP service to present it on 587 and 465.",
    },
    {
      title: 'Match port and security',
      detail: 'Choose port 587 with TLS or port 465 with SSL, as the server offers them.',
    },
  ],
  prevention:
    'Renew the SMTP certificate automatically and check it from outside after every change of host name or provider.',
  related: [
    'notice-send-mail-as-login-failed',
    'tls-certificate-hostname-mismatch',
    'tls-certificate-self-signed',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Gmail refuses the server until its certificate matches the host name.',
  },
  stage: 'STARTTLS',
  helpUrl: 'https://support.google.com/mail/answer/22370',
  signature: {
    phrases: ["tls negotiation failed, the certificate doesn't match the host"],
  },
  sources: [
    'https://support.google.com/mail/answer/22370',
    'https://github.com/roundcube/roundcubemail/issues/8785',
    'https://github.com/simonrob/email-oauth2-proxy/issues/169',
  ],
  checked: '2026-12-03',
};
