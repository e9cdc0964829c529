import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.26-spf-hard-fail',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.26',
  providerText:
    'This message fails to pass SPF checks for an SPF record with a hard fail policy (-all). To best protect our users from spam and phishing, the message has been blocked. Please visit Prevent mail to Gmail users from being blocked or sent to spam for more information.',
  fromGoogleList: true,
  title: 'SPF hard fail (-all): message blocked',
  severity: 'high',
  summary:
    "The envelope sender's domain publishes SPF ending in -all and the connecting IP is not authorised by it, so Gmail blocked the message. Add the server to SPF, or stop sending or forwarding as that domain from this IP.",
  whatYouSee: [
    '550-5.7.26 This message fails to pass SPF checks for an SPF record with a hard fail policy (-all). To best protect our users from spam and phishing, the message has been blocked.',
    '550 5.7.26 Please visit https://support.google.com/mail/answer/81126#authentication for more information. d2e1a72fcca58-4a0 - gsmtp',
    '550-5.7.26 The MAIL FROM domain [example.com] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [203.0.113.7].',
  ],
  whatsHappening:
    "SPF checks the MAIL FROM (Return-Path) domain against the connecting IP. This domain's record ends in `-all`, meaning 'reject anything not listed', and the IP was not listed, so Gmail rejected the message at end of DATA. It can happen even when DKIM is fine, because the owner asked for a hard fail. The newer wording names the MAIL FROM domain and the IP, which tells you exactly what to add. Forwarding is the classic trap: a server that forwards mail without rewriting the envelope sender presents someone else's -all domain from its own IP.",
  causes: [
    'A new server, cloud function or third-party service sends with your domain as envelope sender but is not in your SPF record',
    "Forwarding (e.g. a mailbox forwarding to Gmail) that keeps the original sender's envelope address without SRS",
    'The SPF record has a syntax error, more than 10 DNS lookups, or two SPF records, so it evaluates to fail or permerror',
    'Mail leaves over IPv6 from an address not covered by the SPF record',
    'An outbound IP change (new NAT, new host) not reflected in SPF',
  ],
  fixes: [
    {
      title: 'Add the IP or provider to SPF',
      detail:
        "Take the domain and IP from the error and add them: `v=spf1 ip4:203.0.113.7 include:_spf.google.com -all`. Use the provider's documented `include:` for services. Check with an SPF validator that the result for that IP is pass and that lookups stay at 10 or fewer.",
    },
    {
      title: 'Rewrite the envelope sender when forwarding',
      detail:
        "On forwarding servers use SRS (postsrsd for Postfix) so the envelope sender becomes your forwarding domain, which your SPF covers; do not forward with the original sender's Return-Path.",
    },
    {
      title: 'Use an envelope sender your server is allowed to use',
      detail:
        "Make apps send with a Return-Path on a domain whose SPF lists the server (nodemailer `envelope.from`, PHPMailer `$mail->Sender`), not a customer's or a free-mail domain.",
    },
    {
      title: 'Consider ~all once DKIM is solid',
      detail:
        'With DKIM signing everything and DMARC published, many operators use `~all` so forwarded mail is judged by DKIM and DMARC instead of being hard-rejected on SPF alone.',
    },
  ],
  prevention:
    'Keep SPF in version control with a list of every sending service and IP (IPv4 and IPv6), validate it after each change, and use SRS on anything that forwards.',
  related: [
    '421-4.7.27-spf-not-pass-rate-limited',
    '550-5.7.26-unauthenticated',
    '550-5.7.26-dmarc-policy',
    '550-5.7.26-sender-unauthenticated',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Update SPF (allow for DNS TTL) or change the envelope sender before resending.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  // 'spf record with a hard fail policy' also matches the newer 'The MAIL FROM domain [...] has an SPF record with a hard fail policy' wording.
  signature: {
    phrases: [
      'fails to pass spf checks for an spf record with a hard fail',
      'spf record with a hard fail policy',
    ],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/rubymonsters/speakerinnen_liste/issues/1327',
  ],
  checked: '2026-11-23',
};
