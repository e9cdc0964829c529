import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.28-unusual-rate-ip-blocked',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.28',
  providerText:
    'There is an unusual rate of unsolicited email originating from your IP address. To protect our users from spam, email sent from your IP address has been blocked. To review our bulk email senders guidelines, go to Email sender guidelines.',
  fromGoogleList: true,
  title: 'Unusual rate of unsolicited email from your IP: blocked (5.7.28)',
  severity: 'critical',
  summary:
    'Gmail has blocked mail from your sending IP after an unusual rate of mail its users treat as spam; this is the permanent step after the 421 4.7.28 rate limit. Stop the bad traffic, fix authentication and list hygiene, then let the reputation recover.',
  whatYouSee: [
    '550-5.7.28 There is an unusual rate of unsolicited email originating from your IP',
    '550-5.7.28 address. To protect our users from spam, email sent from your IP address',
    '550 5.7.28 has been blocked. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Gmail rates senders by the mail its users receive from them: spam reports, mail sent to addresses that do not exist, and missing authentication. For an IP that sends an unusual rate of unwanted mail, the temporary answer is 421 4.7.28 (rate limited) and the permanent one this 550 5.7.28 (blocked). Google’s older list words the same block as 550 5.7.1 “Our system has detected an unusual rate of unsolicited mail”. A block follows the IP: on shared hosting or a shared ESP pool it can come from other senders’ mail. Messages refused now bounce; resending them keeps the rate high.',
  causes: [
    'A compromised account, form or server sending spam from the IP',
    'Bulk mail to purchased, old or unconfirmed lists (many complaints and unknown recipients)',
    'A shared IP (hosting, ESP pool) carrying other senders’ spam',
    'Mail without SPF, DKIM or DMARC, which Gmail’s sender guidelines require of bulk senders',
  ],
  fixes: [
    {
      title: 'Stop the unwanted mail',
      detail:
        'Check the mail log for unexpected senders or volume, close open relays and abused forms, and pause campaigns to unconfirmed lists.',
    },
    {
      title: 'Meet Google’s sender guidelines',
      detail:
        'Authenticate with SPF and DKIM, publish DMARC, keep a valid PTR record, add one-click unsubscribe for bulk mail and keep the spam rate in Postmaster Tools low.',
    },
    {
      title: 'Recover, then resume slowly',
      detail:
        'Watch the IP’s reputation in Google Postmaster Tools; resume with engaged recipients and small volumes. On a shared IP, ask the provider for a clean or dedicated IP.',
    },
  ],
  prevention:
    'Send only to people who asked for the mail, authenticate all of it, and watch Postmaster Tools for spam-rate changes before they turn into blocks.',
  related: [
    '421-4.7.28-unusual-rate-limited',
    '550-5.7.1-unusual-rate-ip-blocked',
    '550-5.7.1-low-reputation-ip',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Resending from the same IP will not help while it is blocked, and adds to the rate; fix the cause, let reputation recover, then resume slowly.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=UnsolicitedIPError',
  signature: {
    phrases: [
      'there is an unusual rate of unsolicited',
      // The closing words of Google's replies that point to the Bulk Email Senders Guidelines (see
      // 550-5.7.1-unusual-rate-ip-blocked): a reply's last line kept alone still names its page.
      'our bulk email senders guidelines',
    ],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
