import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.26-spf-and-dkim-fail',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.26',
  providerText:
    'This message does not pass authentication checks (SPF and DKIM both do not pass). SPF check for [example.com] does not pass with ip: [203.0.113.7].To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/81126#authentication for more information.',
  fromGoogleList: false,
  title: 'Does not pass authentication checks (SPF and DKIM both do not pass)',
  severity: 'critical',
  summary:
    'Gmail blocked the message because SPF failed for the bracketed domain and IP and there was no passing DKIM signature. Fix SPF for that domain or add DKIM; forwarded mail needs DKIM to survive.',
  whatYouSee: [
    '550-5.7.26 This message does not pass authentication checks (SPF and DKIM both',
    '550-5.7.26 do not pass). SPF check for [example.com] does not pass with ip:',
    '550-5.7.26 [203.0.113.7].To best protect our users from spam, the message has',
    '550 5.7.26 been blocked. Please visit https://support.google.com/mail/answer/81126#authentication for more information. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Gmail names the domain it checked SPF for (the envelope / Return-Path domain) and the connecting IP. SPF did not pass for that pair, and the message had no valid DKIM signature, so it had no authentication at all and was blocked at the end of DATA. A very common scenario is forwarding: a message from your domain reaches another server, which forwards it to Gmail from its own IP; SPF then fails by design, and only a DKIM signature can carry the message through. The same sentence also comes back with a temporary 421 4.7.0 code on some deliveries.',
  causes: [
    'The envelope domain has no SPF record or does not include the sending IP (web host, new server, new ESP)',
    'No DKIM signing, or a signature broken by a gateway that modifies the message',
    'Mail forwarded by a third-party server (alias, old address forwarding to Gmail), which breaks SPF',
    'The server sends over IPv6 and only the IPv4 address is in SPF',
  ],
  fixes: [
    {
      title: 'Authorise the IP in SPF',
      detail:
        'On the bracketed domain, publish or extend the SPF TXT record to include the IP shown after "with ip:" (`ip4:`/`ip6:`) or the provider\'s include.',
    },
    {
      title: 'Sign everything with DKIM',
      detail:
        'Enable DKIM for the From domain at your server or ESP and publish the key. DKIM survives forwarding, so it fixes the forwarding case where SPF cannot.',
    },
    {
      title: 'For forwarders: use SRS and keep DKIM intact',
      detail:
        'If you run the forwarding server, rewrite the envelope sender with SRS (postsrsd) and do not modify forwarded messages, so the original DKIM signature still verifies.',
    },
  ],
  prevention:
    'Sign all outgoing mail with DKIM for your own domain and keep SPF listing every sender, IPv4 and IPv6.',
  related: [
    '550-5.7.26-unauthenticated',
    '550-5.7.26-sender-unauthenticated',
    '550-5.7.26-spf-hard-fail',
    '421-4.7.27-spf-not-pass-rate-limited',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Fix SPF or DKIM for the sending path before resending.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    // The same sentence also comes with 421 4.7.0 (421-4.7.0-spf-and-dkim-fail); the reply code separates them.
    phrases: ['spf and dkim both do not pass', 'does not pass authentication checks'],
  },
  sources: [
    'https://support.google.com/mail/answer/81126#authentication',
    'https://github.com/PHPMailer/PHPMailer/issues/2843',
    'https://github.com/MyCaert/Issues-Enhancements/issues/367',
    'https://serveraide.com/gmail-blocks-mails-in-case-they-are-forwarded-39533',
  ],
  checked: '2026-11-23',
};
