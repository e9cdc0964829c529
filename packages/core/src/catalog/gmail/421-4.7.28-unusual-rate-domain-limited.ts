import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.28-unusual-rate-domain-limited',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.28',
  providerText:
    'Gmail has detected an unusual rate of unsolicited mail originating from your DKIM domain. To protect our users from spam, mail sent from your domain has been temporarily rate limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines.',
  fromGoogleList: false,
  googleListRows: [
    'Gmail has detected an unusual rate of unsolicited email originating from your DKIM domain domain-name. To protect our users from spam, email sent from your domain has been temporarily rate limited. To review our bulk email senders guidelines, go to Email sender guidelines.',
    'Gmail has detected an unusual rate of unsolicited email originating from your SPF domain domain-name. To protect our users from spam, email sent from your domain has been temporarily rate limited. To review our bulk email senders guidelines, go to Email sender guidelines.',
    'Gmail has detected an unusual rate of unsolicited email containing one of your URL domains. To protect our users from spam, email with the URL has been temporarily rate limited. To review our bulk email senders guidelines, go to Email sender guidelines.',
  ],
  title: 'Unusual rate of unsolicited mail from your SPF or DKIM domain: rate limited',
  severity: 'high',
  summary:
    'Gmail is deferring mail because the domain that authenticates it (the DKIM d= domain, the SPF domain, or a URL domain in the body) has a bad recent record, wherever it is sent from. Slow down and fix the domain reputation, not the IP.',
  whatYouSee: [
    '421-4.7.28 Gmail has detected an unusual rate of mail originating from your SPF',
    '421-4.7.28 domain [example.com]. To protect our users from',
    '421-4.7.28 spam, mail sent from your domain has been temporarily rate limited.',
    '421 4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your DKIM domain. To protect our users from spam, mail sent from your domain has been temporarily rate limited. ... d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Since late 2023 Gmail rate-limits not only IPs but also the domains that authenticate mail. The reply names which one tripped: "originating from your SPF domain" (the envelope/Return-Path domain that passed SPF), "originating from your DKIM domain" (the d= domain of a passing DKIM signature), or "containing one of your URL domains" (a domain linked in the body). The limit follows that domain across every IP and provider that sends for it, so switching servers does not help. It is a deferral: mail queued by a proper MTA or ESP is retried and partly accepted. Shared domains suffer together: an ESP\'s shared bounce domain or DKIM domain, or a link shortener, can carry other senders\' spam into your mail.',
  causes: [
    'High spam-complaint or low engagement rates on mail signed with your DKIM domain or sent with your Return-Path domain',
    'An SPF record that authorises broad third-party ranges (large includes, shared ESP pools) whose other traffic is spammy',
    "Sending through an ESP with its shared DKIM or bounce domain instead of your own, so you inherit the pool's reputation",
    'A link or tracking domain in the body that also appears in spam (shared shorteners, shared click-tracking domains)',
    'A sudden volume spike from a new or rarely used domain',
  ],
  fixes: [
    {
      title: 'Slow down and keep retrying',
      detail:
        'Lower the sending rate to Gmail for the affected stream and let the queue retry over hours; do not resend or bounce the messages.',
    },
    {
      title: 'Authenticate with your own domains',
      detail:
        'Configure your ESP to sign DKIM with your own domain (custom DKIM) and use a custom Return-Path subdomain, aligned with the From domain so DMARC passes. Separate marketing and transactional mail onto different subdomains so one cannot drag the other down.',
    },
    {
      title: 'Trim the SPF record',
      detail:
        'Remove includes and IP ranges you no longer use so no unrelated sender can pass SPF as your domain, and keep under the 10-lookup limit.',
    },
    {
      title: 'Use your own tracking and link domains',
      detail:
        'Replace public link shorteners and shared click-tracking domains with a branded tracking domain, and check the linked domains for listings on public blocklists.',
    },
    {
      title: 'Watch Postmaster Tools',
      detail:
        'Register the domain in Gmail Postmaster Tools and read its compliance status, user-reported spam rate and delivery errors (v2 has no domain reputation score); keep the spam rate under 0.3% (aim for under 0.1%), remove unengaged recipients and honour one-click unsubscribe.',
    },
  ],
  prevention:
    'Give each mail stream its own authenticated, aligned subdomain, mail only people who asked for it, and watch compliance status, spam rate and delivery errors in Postmaster Tools.',
  related: [
    '421-4.7.28-unusual-rate-limited',
    '550-5.7.1-likely-unsolicited',
    '550-5.7.1-low-reputation-domain',
    '421-4.7.0-suspicious-rate-limited',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 900_000,
    maxDelayMs: 14_400_000,
    note: 'Keep the messages queued and retry with growing delays; reduce volume for the affected domain meanwhile.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=UnsolicitedRateLimitError',
  signature: {
    // Same code as 421-4.7.28-unusual-rate-limited (the IP variant); these domain phrases tell them apart.
    // The SPF-domain and URL-domain wordings are the same reply with "SPF domain" / "containing one of your URL domains".
    phrases: [
      'originating from your dkim domain',
      'mail sent from your domain has been temporarily rate limited',
      'originating from your spf domain',
      'containing one of your url domains',
      // The closing words of Google's replies that point to the Bulk Email Senders Guidelines: an MTA
      // or log that kept only a wrapped reply's last line ("550 5.7.1 our Bulk Email Senders
      // Guidelines.") still names the page; the codes tell the pages that share them apart. (421
      // 4.7.0's page keeps to its "temporarily blocked" words: a 4.7.0 "rate limited" reply is 4.7.28's.)
      'our bulk email senders guidelines',
    ],
  },
  sources: [
    'https://support.google.com/mail/answer/81126',
    'https://github.com/Purelymail/purelymail-issues/issues/354',
    'https://www.managedserver.eu/gmail-introduce-nuovi-messaggi-di-rifiuto-legati-allo-spam-cosa-devi-sapere/',
    'https://www.suped.com/knowledge/email-deliverability/technical/what-causes-gmail-dkim-domain-rate-limiting-errors-and-how-are-they-related-to-spf',
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/6227174',
    'https://developers.google.com/workspace/gmail/postmaster',
    'https://www.practicalecommerce.com/?p=1556723',
  ],
  checked: '2026-12-03',
};
