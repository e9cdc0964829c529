import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.26-unauthenticated',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.26',
  providerText:
    'This message does not have authentication information or fails to pass authentication checks (SPF or DKIM). To best protect our users from spam, the message has been blocked. Please visit Prevent mail to Gmail users from being blocked or sent to spam for more information.',
  fromGoogleList: true,
  title: 'Message does not have authentication information (SPF or DKIM)',
  severity: 'critical',
  summary:
    'Neither SPF nor DKIM passed for this message, so Gmail blocked it. Publish SPF that covers the sending server and sign with DKIM for your domain.',
  whatYouSee: [
    '550-5.7.26 This message does not have authentication information or fails to',
    '550-5.7.26 pass authentication checks. To best protect our users from spam, the',
    '550-5.7.26 message has been blocked. Please visit',
    '550 5.7.26 https://support.google.com/mail/answer/81126#authentication for more information. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "Gmail requires every sender to authenticate with at least SPF or DKIM. This message had no DKIM signature that verified and SPF for the envelope sender's domain did not pass from the connecting IP, so Gmail treated it as unauthenticated and rejected it at end of DATA. This is the older wording (often without '(SPF or DKIM)'); since the 2024 sender rules Gmail usually says '550-5.7.26 Your email has been blocked because the sender is unauthenticated' for the same condition. It is about missing or failing authentication, not about a DMARC policy (that reply names the domain and mentions DMARC) and not specifically about an SPF -all hard fail.",
  causes: [
    'No SPF record for the envelope sender (Return-Path) domain, or one that does not include the sending IP',
    'No DKIM signing on the sending server (fresh Postfix, Exim, self-hosted app) or a broken DKIM key in DNS',
    'The server sends with a hostname or default domain in the envelope (root@server.localdomain) that has no SPF',
    'A DNS move (e.g. to Cloudflare) that dropped the SPF or DKIM TXT records',
    'IPv6 delivery from an address not listed in SPF while only the IPv4 address is listed',
  ],
  fixes: [
    {
      title: 'Publish SPF for the envelope domain',
      detail:
        'Add a TXT record at the Return-Path domain listing every server that sends for it, e.g. `v=spf1 ip4:203.0.113.7 ip6:2001:db8::7 include:_spf.google.com ~all`. Check with `dig +short TXT example.com` and make sure there is only one SPF record.',
    },
    {
      title: 'Sign with DKIM',
      detail:
        "Turn on DKIM for your domain at the sending service or in your MTA (OpenDKIM/rspamd for Postfix), publish the public key at `selector._domainkey.example.com`, and verify with a test message: 'Show original' in Gmail must show DKIM PASS.",
    },
    {
      title: 'Fix the envelope sender',
      detail:
        'Make the server use a real domain you control as the envelope sender (Postfix `myorigin`, PHP `-f` parameter, nodemailer `envelope.from`) rather than a bare hostname.',
    },
    {
      title: 'Cover IPv6 or disable it for SMTP',
      detail:
        'If the server delivers over IPv6, add the IPv6 address to SPF and give it a PTR record, or set Postfix `inet_protocols = ipv4`. Gmail is stricter with IPv6 senders.',
    },
  ],
  prevention:
    "Authenticate every sending path with both SPF and DKIM for a domain you own, add DMARC, and re-test with a Gmail 'Show original' whenever DNS or mail servers change.",
  related: [
    '550-5.7.26-sender-unauthenticated',
    '421-4.7.0-spf-and-dkim-fail',
    '550-5.7.26-spf-hard-fail',
    '550-5.7.26-dmarc-policy',
    '421-4.7.27-spf-not-pass-rate-limited',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Publish SPF/DKIM (and wait for DNS to propagate) before resending.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  // Older 550 5.7.1 and 421 forms of the same sentence exist; codes separate them. Distinct from the 2024 wording 'the sender is unauthenticated' (550-5.7.26-sender-unauthenticated).
  signature: {
    phrases: ['does not have authentication information', 'fails to pass authentication checks'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/virtualmin/virtualmin-install/issues/46',
    'https://github.com/docker-mailserver/docker-mailserver/issues/1137',
  ],
  checked: '2026-11-23',
};
