import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.26-sender-unauthenticated',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.26',
  providerText:
    'Your email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [example.com] with ip: [203.0.113.7] = did not pass For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication',
  fromGoogleList: false,
  googleListRows: [
    'This email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [domain-name] with ip: [ip-address] = did not pass. For instructions on setting up authentication, go to Email sender guidelines.',
  ],
  title: 'Blocked because the sender is unauthenticated (neither SPF nor DKIM passed)',
  severity: 'critical',
  summary:
    'Since the 2024 sender rules, Gmail rejects mail that passes neither SPF nor DKIM. The reply lists both results; make at least one pass for your domain (ideally both, plus DMARC) and resend.',
  whatYouSee: [
    '550-5.7.26 Your email has been blocked because the sender is unauthenticated.',
    '550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.',
    '550-5.7.26  Authentication results:',
    '550-5.7.26  DKIM = did not pass',
    '550-5.7.26  SPF [example.com] with ip: [203.0.113.7] = did not pass',
    '550 5.7.26  https://support.google.com/mail/answer/81126#authentication d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Gmail evaluated both authentication methods for the message: no valid DKIM signature, and the envelope sender (Return-Path) domain shown in brackets did not authorise the connecting IP in SPF. Since February 2024 every sender to Gmail must pass at least one of them, so the message is refused at the end of DATA. The bracketed SPF domain is the MAIL FROM domain, which is often not the From address the recipient sees (a server hostname, an ESP bounce domain). Earlier wordings of the same rejection start "This mail has been blocked because the sender is unauthenticated" (2023) and "This mail is unauthenticated, which poses a security risk" (separate page).',
  causes: [
    'No SPF record for the MAIL FROM domain, or one that does not include the sending server or ESP',
    'DKIM signing not enabled on the server or ESP, or the public key missing from DNS at <selector>._domainkey',
    'Mail sent from a web host, app server or IPv6 address that nobody added to SPF',
    'Forwarding: the forwarder breaks SPF and the message carried no DKIM signature to survive the hop',
    'A DKIM signature broken in transit by a gateway or mailing list that rewrites the body or headers',
  ],
  fixes: [
    {
      title: 'Read which domain and IP failed',
      detail:
        'The line "SPF [domain] with ip: [ip]" names the envelope domain and the connecting IP Gmail checked. Fix SPF for that domain, not only for your From domain.',
    },
    {
      title: 'Publish or extend SPF',
      detail:
        'Add a TXT record such as `v=spf1 ip4:203.0.113.7 include:_spf.google.com ~all` on the envelope domain, listing every server and provider that sends for it, staying within 10 DNS lookups.',
    },
    {
      title: 'Turn on DKIM signing',
      detail:
        'Enable DKIM in your MTA (OpenDKIM, rspamd) or ESP, publish the public key at selector._domainkey.example.com, and use a 2048-bit key. In Google Workspace: Admin console > Apps > Google Workspace > Gmail > Authenticate email. DKIM survives forwarding; SPF does not.',
    },
    {
      title: 'Add DMARC and alignment',
      detail:
        'Publish `_dmarc.example.com TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.com"` and make the DKIM d= or SPF domain match the From domain. Bulk senders (over 5,000 a day to Gmail) must have SPF, DKIM and DMARC with alignment.',
    },
    {
      title: 'Verify before resending',
      detail:
        'Send a test to a Gmail address, open "Show original" and check that SPF or DKIM says PASS, then resend the rejected messages.',
    },
  ],
  prevention:
    'Authenticate every sending source with both SPF and DKIM under your own domain before it goes live, and review DMARC aggregate reports to catch new unauthenticated sources.',
  related: [
    '550-5.7.26-unauthenticated',
    '550-5.7.26-dmarc-policy',
    '550-5.7.26-spf-hard-fail',
    '421-4.7.28-unusual-rate-limited',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Make SPF or DKIM pass for the sending domain first; the same message will be rejected again otherwise.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    phrases: [
      'because the sender is unauthenticated',
      'gmail requires all senders to authenticate with either spf or dkim',
    ],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126#authentication',
    'https://github.com/jtojnar/nixfiles/issues/13',
    'https://github.com/hmailserver/hmailserver/issues/491',
    'https://github.com/cloudflare/cloudflare-docs/issues/11542',
    'https://www.kinamo.be/en/knowledge-base/mails-sent-to-gmail-com-do-not-arrive-at-the-recipient',
  ],
  checked: '2026-11-23',
};
