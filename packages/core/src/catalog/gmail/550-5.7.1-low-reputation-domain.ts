import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-low-reputation-domain',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    'Our system has detected that this message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information.',
  fromGoogleList: false,
  googleListRows: [
    'This message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. For more information, go to Why has Gmail blocked my messages?',
  ],
  title: 'Blocked: very low reputation of the sending domain',
  severity: 'critical',
  summary:
    'Gmail rejected the message because the domain it comes from (the authenticated From/DKIM domain) has a very poor reputation with Gmail, often because it is new or has sent unwanted mail. Fix authentication, stop the bad traffic, and rebuild reputation slowly.',
  whatYouSee: [
    '550-5.7.1 [203.0.113.7] Our system has detected that this message is',
    '550-5.7.1 likely suspicious due to the very low reputation of the sending',
    '550-5.7.1 domain. To best protect our users from spam, the message has been',
    '550 5.7.1 blocked. Please visit https://support.google.com/mail/answer/188131 for more information. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Gmail keeps a reputation for each sending domain based on how its users treat mail authenticated by that domain: spam reports, deletions without reading, replies, and how much of it hits spam traps. At "very low", Gmail refuses new messages from the domain outright with 550 5.7.1, regardless of the IP. The temporary form of the same judgement is 421 4.7.0 ("suspicious due to the very low reputation of the sending domain"). A brand-new domain with a sudden burst of mail, or a domain whose mail has been heavily reported, both end up here.',
  causes: [
    'A newly registered domain sending volume from day one, with no history at Gmail',
    'High spam-complaint rates (over 0.3%) from campaigns to people who did not ask for the mail',
    'Purchased, scraped or stale lists producing bounces and spam-trap hits',
    'The domain or a shared ESP domain abused by someone else (spoofing without DMARC, a compromised account)',
    'Missing or broken SPF, DKIM and DMARC, so Gmail cannot tie good mail to the domain',
  ],
  fixes: [
    {
      title: 'Stop the mail that hurt the domain',
      detail:
        'Pause bulk and cold campaigns from the domain; keep only transactional mail that recipients expect. Remove unengaged and never-opted-in addresses.',
    },
    {
      title: 'Authenticate fully and align',
      detail:
        'Publish SPF, sign DKIM with the domain itself, publish DMARC (start `p=none`, move to `quarantine`/`reject`), and make sure the From domain aligns with DKIM. This also stops others spoofing the domain.',
    },
    {
      title: 'Check the domain in Postmaster Tools',
      detail:
        "Verify the domain at https://postmaster.google.com. Postmaster Tools no longer shows a domain reputation score (the v1 Domain and IP Reputation dashboards were retired on 30 September 2025); v2 shows whether the domain meets Gmail's sender guidelines (compliance status), the user-reported spam rate, SPF/DKIM/DMARC pass rates, TLS encryption and delivery errors. Fix every check marked as needing work and get the spam rate under 0.1%. Recovery takes weeks of clean, low-volume, wanted mail.",
    },
    {
      title: 'Separate streams',
      detail:
        'Send marketing from its own subdomain (news.example.com) and transactional mail from another, so a campaign cannot sink password resets and receipts.',
    },
    {
      title: 'Ask for a review only after fixing',
      detail:
        'Google’s Sender contact form (https://support.google.com/mail/contact/gmail_bulk_sender_escalation) is where bulk senders ask for mitigation of delivery problems to Gmail. Only senders that meet every requirement of the Email sender guidelines may use it: SPF, DKIM and DMARC set up, one-click unsubscribe on marketing mail, and a user-reported spam rate below 0.3% for 7 consecutive days (Email sender guidelines FAQ). Nothing changes while the traffic is still unwanted.',
    },
  ],
  prevention:
    'Warm up new domains gradually, mail only opted-in recipients, keep complaint rates under 0.1%, and keep SPF, DKIM and DMARC aligned on every stream.',
  related: [
    '550-5.7.1-low-reputation-ip',
    '421-4.7.0-suspicious-rate-limited',
    '550-5.7.1-likely-unsolicited',
    '550-5.7.26-dmarc-policy',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Resending the same mail from the same domain keeps failing until its reputation recovers.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/188131',
  signature: {
    // Also in 421-4.7.0-suspicious-rate-limited; the 550 5.7.1 code separates them. The sibling IP page
    // (550-5.7.1-low-reputation-ip) shares the same code, so only the "domain" ending is used here.
    phrases: ['very low reputation of the sending domain'],
  },
  sources: [
    'https://github.com/postalserver/postal/issues/595',
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/6227174',
    'https://developers.google.com/workspace/gmail/postmaster',
    'https://www.practicalecommerce.com/?p=1556723',
    'https://support.google.com/a/answer/14229414',
  ],
  checked: '2026-12-03',
};
