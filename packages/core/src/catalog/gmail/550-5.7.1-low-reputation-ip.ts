import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-low-reputation-ip',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    'Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information.',
  fromGoogleList: false,
  googleListRows: [
    'This message is likely suspicious due to the very low reputation of the sending IP address. To best protect our users from spam, the message has been blocked. For more information, go to Why has Gmail blocked my messages?',
  ],
  title: 'Blocked: very low reputation of the sending IP address',
  severity: 'critical',
  summary:
    'Gmail rejected the message because of the connecting IP, not the content: the IP has a very poor (or no) reputation. Set up PTR and authentication, warm the IP up, or send through a provider with a reputable IP.',
  whatYouSee: [
    '550-5.7.1 [2001:db8::25 18] Our system has detected that',
    '550-5.7.1 this message is likely suspicious due to the very low reputation of',
    '550-5.7.1 the sending IP address. To best protect our users from spam, the',
    '550 5.7.1 message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Gmail scores every connecting IP. Addresses in ranges with a history of abuse (cheap VPS blocks, residential ranges, recently recycled cloud IPs) or that have themselves sent spam get a very low score, and Gmail rejects their mail with 550 5.7.1 before judging the message. IPv6 is hit especially often: a fresh IPv6 address has no reputation at all and Gmail applies stricter rules to it. The temporary form is 421 4.7.0 ("suspicious due to the very low reputation of the sending IP address ... temporarily rate limited").',
  causes: [
    'A new VPS or dedicated IP, or one previously used by a spammer, sending straight to Gmail',
    'Sending over IPv6 from an address with no history, no PTR or no authentication',
    'Spam leaving the server (compromised account, vulnerable contact form, open relay)',
    'A shared IP whose other users send spam',
    'The IP is listed on public blocklists (Spamhaus and others)',
  ],
  fixes: [
    {
      title: 'Fix the basics on the IP',
      detail:
        'Give the IP a PTR record that matches a forward A/AAAA record, set HELO to that name, and authenticate mail with SPF, DKIM and DMARC.',
    },
    {
      title: 'Prefer IPv4 to Gmail if IPv6 is the problem',
      detail:
        'If the rejected address is IPv6 and you cannot give it reputation and PTR, deliver over IPv4 (Postfix `smtp_address_preference = ipv4` or `inet_protocols = ipv4`).',
    },
    {
      title: 'Stop outgoing abuse',
      detail:
        'Check the mail log and queue for mail you did not intend to send, close open relays and exploited forms, reset compromised passwords, and check the IP on public blocklists and request delisting once clean.',
    },
    {
      title: 'Relay through a reputable sender',
      detail:
        'For low-volume servers, relay outbound mail through your mailbox provider or a transactional email service instead of delivering directly from a VPS IP.',
    },
  ],
  prevention:
    'Do not send direct-to-MX from unwarmed or residential IPs; warm new IPs slowly with wanted mail and watch the spam rate and delivery errors in Postmaster Tools, which no longer shows an IP reputation score.',
  related: [
    '550-5.7.1-low-reputation-domain',
    '421-4.7.0-suspicious-rate-limited',
    '550-5.7.25-missing-ptr',
    '550-5.7.1-ip-not-authorized',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Mail from this IP keeps failing until its reputation improves or the mail is sent from another, reputable IP.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/188131',
  signature: {
    // "very low reputation of the sending ip address" is also in 421-4.7.0-suspicious-rate-limited; the 550 5.7.1 code separates them.
    phrases: ['very low reputation of the sending ip address'],
  },
  sources: [
    'https://github.com/postalserver/postal/issues/477',
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/6227174',
    'https://developers.google.com/workspace/gmail/postmaster',
    'https://www.practicalecommerce.com/?p=1556723',
  ],
  checked: '2026-12-03',
};
