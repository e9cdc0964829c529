import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.29-tls-required',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.29',
  providerText:
    "Your email has been rate limited because this message wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.",
  fromGoogleList: false,
  googleListRows: [
    "Your email has been rate limited because you're not using a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. To set up TLS for email, visit TLS & SSL connections. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
  ],
  title: "Rate limited because the message wasn't sent over TLS",
  severity: 'high',
  summary:
    'Your server delivered to Gmail in plain text instead of upgrading the connection with STARTTLS. Enable opportunistic TLS on the outbound MTA (and fix whatever makes the handshake fail); deferred mail then goes through.',
  whatYouSee: [
    "421-4.7.29 Your email has been rate limited because this message wasn't sent",
    '421-4.7.29 over a TLS connection. Gmail requires all bulk email senders',
    '421-4.7.29 to use TLS/SSL for SMTP connections. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "Gmail's MX servers offer STARTTLS after EHLO. If the sending MTA never issues it, or the TLS handshake fails and it falls back to plain text, Gmail now defers the message with 421 4.7.29; the permanent form is 550 5.7.29. Google’s current list words the deferral “Your email has been rate limited because you’re not using a TLS connection”. This is about the server-to-server hop into Gmail on port 25, not about how your users connect to your own server. It typically appears after a configuration change, a relay or app that was never set up for outbound TLS, an old OpenSSL that cannot agree a protocol with Gmail, or a security appliance that strips STARTTLS from EHLO.",
  causes: [
    'Outbound TLS switched off on the MTA (Postfix `smtp_tls_security_level` empty or `none`)',
    'A TLS handshake failure (old TLS library, disabled protocols or ciphers) followed by a plain-text fallback',
    'A firewall or "SMTP inspection" feature that removes STARTTLS from the EHLO response',
    'One relay or ESP pool in the path configured differently from the others',
    'An app, device or script that delivers straight to the MX with a library that never tries STARTTLS',
  ],
  fixes: [
    {
      title: 'Enable opportunistic TLS outbound',
      detail:
        'Postfix: `smtp_tls_security_level = may`, `smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt`, `smtp_tls_loglevel = 1`. Exim: make sure the smtp transport does not set `hosts_avoid_tls`. Exchange: enable TLS on the send connector.',
    },
    {
      title: 'Confirm the handshake in the log',
      detail:
        'Look for "Trusted TLS connection established to gmail-smtp-in.l.google.com" (Postfix) for the deferred message. Test by hand: `openssl s_client -starttls smtp -connect gmail-smtp-in.l.google.com:25 -servername gmail-smtp-in.l.google.com`.',
    },
    {
      title: 'Update the TLS stack',
      detail:
        'Upgrade OpenSSL/GnuTLS and the MTA so TLS 1.2 or 1.3 with modern ciphers is available; remove custom cipher lists that exclude what Gmail offers.',
    },
    {
      title: 'Remove STARTTLS stripping',
      detail:
        'Disable SMTP fixup/inspection features on firewalls (for example Cisco ASA `no inspect esmtp`) that hide STARTTLS, and check every relay and ESP route that delivers to Gmail.',
    },
  ],
  prevention:
    'Require or at least prefer TLS on every outbound route, alert on plain-text deliveries in MTA logs, and re-test after firewall or TLS library changes.',
  related: [
    '550-5.7.29-tls-required',
    '421-4.7.0-tls-required-for-rcpt-domain',
    '454-5.5.1-starttls-repeated',
    '530-5.7.0-starttls-first',
    'tls-certificate-error',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Waiting alone will not help: a resend without TLS is deferred again. Make the delivering server negotiate STARTTLS with Gmail, confirm it in the log, then resend.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/a/answer/81126',
  signature: {
    phrases: ["wasn't sent over a tls connection", 'requires all bulk email senders to use tls'],
  },
  sources: [
    'https://www.suped.com/email-deliverability/answers/why-am-i-getting-tls-errors-when-sending-to-gmail',
    'https://inboxadviser.com/2025/01/24/gmail-tls-errors-2/',
    'https://support.google.com/a/answer/3726730',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
