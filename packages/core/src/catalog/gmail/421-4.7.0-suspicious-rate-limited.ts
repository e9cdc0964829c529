import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.0-suspicious-rate-limited',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.0',
  providerText:
    'Our system has detected that this message is suspicious due to the very low reputation of the sending IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
  fromGoogleList: false,
  googleListRows: [
    'This message is suspicious due to the very low reputation of the sending IP address. To protect our users from spam, email sent from your IP address has been temporarily rate limited. For more information, go to Why has Gmail blocked my messages?.',
    'This message is suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. For more information, go to Why has Gmail blocked my messages?.',
  ],
  title: 'Suspicious due to very low sender reputation: temporarily rate limited',
  severity: 'high',
  summary:
    'Gmail is deferring mail because the sending IP (or, in the other variant, the sending domain) has a very low reputation. The queue will retry; meanwhile cut volume, fix authentication and PTR, and stop sending unwanted mail before it becomes a permanent 550.',
  whatYouSee: [
    '421-4.7.0 [203.0.113.7      15] Our system has detected that this message is',
    '421-4.7.0 suspicious due to the very low reputation of the sending IP address.',
    '421-4.7.0 To protect our users from spam, mail sent from your IP address has',
    '421 4.7.0 been temporarily rate limited. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'This is the temporary counterpart of 550 5.7.1 "likely suspicious due to the very low reputation". Gmail has judged the sender poorly but not badly enough to refuse everything, so it defers messages with 421 4.7.0 and accepts some on retry. There are two live wordings: the IP one above, and a domain one ("suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked"), which says "blocked" but still carries the temporary 421 code. New servers often see it on their first messages to Gmail; established senders see it after complaints rise or volume jumps.',
  causes: [
    'A new or recycled IP or domain with no good history at Gmail',
    'A jump in volume, or mail to old or purchased lists with many complaints and bounces',
    'Missing PTR, SPF, DKIM or DMARC, so Gmail cannot attribute the mail to a known sender',
    'Spam leaving a shared IP or a compromised account on your server',
  ],
  fixes: [
    {
      title: 'Keep retrying, slowly',
      detail:
        'Leave the messages queued and lower the rate and concurrency to Gmail (in Postfix, a dedicated transport for gmail.com, e.g. `gmail_destination_concurrency_limit = 2` and `gmail_destination_rate_delay = 1s`); do not bounce or resend manually.',
    },
    {
      title: 'Fix identity and authentication',
      detail:
        'Make sure the IP has a matching PTR and forward record, that SPF passes and DKIM signs with your domain, and that DMARC is published and aligned.',
    },
    {
      title: 'Send only wanted mail',
      detail:
        'Pause campaigns to unengaged or purchased lists, honour unsubscribes (one-click for bulk mail), and keep Postmaster Tools spam rate under 0.3%.',
    },
    {
      title: 'Warm up new infrastructure',
      detail:
        'Start a new IP or domain with small daily volumes of mail recipients expect (receipts, replies) and grow over several weeks.',
    },
  ],
  prevention:
    'Warm up new IPs and domains, keep authentication and PTR correct, and watch the spam rate, compliance status and delivery errors in Postmaster Tools (v2 shows no reputation score) so deferrals are caught before they become 550 blocks.',
  related: [
    '550-5.7.1-low-reputation-ip',
    '550-5.7.1-low-reputation-domain',
    '421-4.7.28-unusual-rate-limited',
    '550-5.7.25-missing-ptr',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 900_000,
    maxDelayMs: 14_400_000,
    note: 'Retry with growing delays while reducing volume; fix reputation causes in parallel.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/188131',
  signature: {
    // The "very low reputation of the sending ..." wording is shared with the 550 5.7.1 low-reputation pages;
    // the 421 4.7.0 code separates them. "message is suspicious due" does not occur in the 550 text ("likely suspicious").
    phrases: [
      'this message is suspicious due to the very low reputation',
      'suspicious due to the very low reputation of the sending ip',
    ],
  },
  sources: [
    'https://support.google.com/mail/answer/81126',
    'https://discuss.vultr.com/discussion/1031/gmail-is-blocking-my-email',
    'https://smtpfieldmanual.com/provider/google',
    'https://unspam.email/articles/gmail-bounce',
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/6227174',
    'https://developers.google.com/workspace/gmail/postmaster',
    'https://www.practicalecommerce.com/?p=1556723',
  ],
  checked: '2026-12-03',
};
