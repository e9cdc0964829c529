import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.0-tls-required-for-rcpt-domain',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.0',
  providerText: 'TLS required for RCPT domain, closing connection.',
  fromGoogleList: true,
  googleListRows: [
    'TLS required for RCPT domain, closing connection. For more information, go to Email encryption in transit.',
  ],
  title: 'TLS required for the recipient domain',
  severity: 'high',
  summary:
    'The recipient’s Google Workspace domain only accepts mail over an encrypted connection, and your server delivered without STARTTLS. Turn on outbound TLS (or remove whatever strips it) and let the queue retry.',
  whatYouSee: [
    '421 4.7.0 TLS required for RCPT domain, closing connection. d2e1a72fcca58-4a0 - gsmtp',
    'status=deferred (host aspmx.l.google.com[192.0.2.26] said: 421 4.7.0 TLS required for RCPT domain, closing connection. d2e1a72fcca58-4a0 - gsmtp (in reply to RCPT TO command))',
  ],
  whatsHappening:
    'Your server connected to Google’s MX in plain text and named a recipient; Gmail replied 421 and hung up. The recipient domain’s administrator has used the Secure transport (TLS) compliance setting to require TLS for mail from your domain, or from everyone, so Gmail will not take the message unless the session was upgraded with STARTTLS first. Google’s servers always offer STARTTLS, so the gap is on the sending side: TLS is switched off, the handshake failed and the server fell back to plain text, or something between you and Google hid the STARTTLS offer. Retrying over the same plain-text path fails the same way.',
  causes: [
    'The recipient domain turned on Secure transport (TLS) compliance for inbound mail from your domain or from all senders',
    'Outbound TLS is off on your mail server (Postfix leaves `smtp_tls_security_level` empty by default, which means no STARTTLS)',
    'The TLS handshake failed (old OpenSSL, TLS 1.0 only, no shared cipher) and the server retried without encryption',
    'A firewall or appliance with SMTP inspection (for example Cisco ASA ESMTP inspection) removes STARTTLS from Google’s EHLO reply',
    'A printer, scanner or legacy app that cannot do TLS delivering straight to the MX',
  ],
  fixes: [
    {
      title: 'Turn on outbound STARTTLS',
      detail:
        'In Postfix set `smtp_tls_security_level = may` (opportunistic TLS to every domain) and reload; to insist on TLS for this domain add it to `smtp_tls_policy_maps` with `encrypt`. Exim tries STARTTLS by default, so check that `hosts_avoid_tls` does not match Google. In other servers enable TLS on the outbound connector.',
    },
    {
      title: 'Test the path from the sending host',
      detail:
        'Run `openssl s_client -starttls smtp -connect aspmx.l.google.com:25 -crlf` on the server that sends. You should get a certificate chain and a working session. Then connect in plain text (`nc aspmx.l.google.com 25`, send `EHLO yourhost`) and check that `250-STARTTLS` is listed; if you see it masked as `XXXXXXXA` or missing, a middlebox is rewriting SMTP.',
    },
    {
      title: 'Disable SMTP inspection on the firewall',
      detail:
        'Turn off ESMTP/SMTP fixup or inspection for outbound port 25 (on Cisco ASA: `no inspect esmtp` in the global policy), so STARTTLS reaches your server unchanged.',
    },
    {
      title: 'Route devices without TLS through a relay',
      detail:
        'Send from printers and old apps to a local mail server or to the Workspace SMTP relay (smtp-relay.gmail.com on port 587 with TLS), which then delivers with TLS, instead of letting them connect to the MX directly.',
    },
    {
      title: 'If you run the recipient domain',
      detail:
        'Review Admin console > Apps > Google Workspace > Gmail > Compliance > Secure transport (TLS) compliance. Keep the requirement if it is intended, and tell the sender; narrow it to the right domains if it is catching senders it should not.',
    },
  ],
  prevention:
    'Keep opportunistic TLS on for all outbound mail, keep your TLS library current, and avoid firewalls that rewrite SMTP; Gmail’s bulk-sender rules require TLS anyway.',
  related: [
    '421-4.7.29-tls-required',
    '530-5.7.0-starttls-first',
    '421-4.7.0-ip-not-in-whitelist',
    'tls-certificate-error',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Waiting alone will not help: a resend over the same plain-text path is refused again. Turn on outbound STARTTLS (or remove what strips it), confirm the handshake, then resend.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/mail/answer/6330403',
  signature: {
    phrases: ['tls required for rcpt domain'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/2520500',
    'https://support.google.com/mail/answer/6330403',
  ],
  checked: '2026-11-23',
};
