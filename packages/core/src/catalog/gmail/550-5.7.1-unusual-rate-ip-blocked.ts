import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-unusual-rate-ip-blocked',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    'Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked. Review Prevent mail to Gmail users from being blocked or sent to spam.',
  fromGoogleList: true,
  title: 'Unusual rate of unsolicited mail from your IP: blocked',
  severity: 'critical',
  summary:
    'Gmail has blocked mail from your sending IP because of a high rate of mail its users treat as spam. Stop the bad traffic, fix authentication and list hygiene, then let reputation recover; retrying only prolongs it.',
  whatYouSee: [
    '550-5.7.1 [203.0.113.7      1] Our system has detected an unusual rate of',
    '550-5.7.1 unsolicited mail originating from your IP address. To protect our',
    '550-5.7.1 users from spam, mail sent from your IP address has been blocked.',
    '550 5.7.1 Please visit https://support.google.com/mail/?p=UnsolicitedIPError to review our Bulk Email Senders Guidelines. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "Gmail's inbound servers (gmail-smtp-in.l.google.com / aspmx.l.google.com) score each sending IP by complaints, spam-trap hits and how recipients treat its mail. This IP crossed the line and Gmail now rejects its mail outright at end of DATA; the temporary cousins are 421 4.7.0 (older, 'temporarily blocked') and 421 4.7.28 ('temporarily rate limited'), and newer servers send the same block as 550 5.7.28. It affects every message from the IP, including legitimate ones, and lasts until the complaint rate drops. A brand-new VPS can get it on the first message if the address was previously used by a spammer.",
  causes: [
    'A compromised account, form or script on the server sending spam from the IP',
    'Bulk or cold mail to purchased, old or unconfirmed lists, with many spam complaints',
    'Shared or recycled cloud/VPS IP with a bad history, or a neighbour on the same IP sending spam',
    'No SPF/DKIM/DMARC and no one-click unsubscribe on bulk mail, so Gmail cannot separate your mail from spam',
    'A sudden volume jump from a new or cold IP',
  ],
  fixes: [
    {
      title: 'Stop all mail from the IP and find the source',
      detail:
        "Pause queues and check the mail log for unexpected senders, volumes or destinations (Postfix `mailq`, `grep 'status=sent' /var/log/mail.log | awk ...` by sender). Remove compromised accounts, scripts and open forms before anything else.",
    },
    {
      title: 'Authenticate and align',
      detail:
        "Publish SPF for the IP, sign with DKIM for your From domain, and publish DMARC (at least p=none with rua reports). Gmail's 2024 rules require SPF or DKIM for everyone and SPF, DKIM, DMARC, alignment, one-click unsubscribe and a spam rate under 0.3% for bulk senders.",
    },
    {
      title: 'Clean the list and the content',
      detail:
        'Send only to people who asked for the mail, remove addresses that bounced or never engaged, add `List-Unsubscribe` and `List-Unsubscribe-Post: List-Unsubscribe=One-Click` headers to bulk mail, and honour unsubscribes within two days.',
    },
    {
      title: 'Watch Postmaster Tools and ramp back slowly',
      detail:
        'Verify the domain in Google Postmaster Tools (postmaster.google.com) to see the user-reported spam rate, compliance status and delivery errors (IP reputation is no longer shown since v1 was retired on 30 September 2025). When mail flows again, restart at low volume to engaged recipients and increase gradually.',
    },
    {
      title: 'Use a reputable relay if the IP is unfixable',
      detail:
        "If the IP is a recycled cloud address with a bad history, send through your provider's relay, Google Workspace, or an email service with managed IP reputation instead of direct-to-MX delivery.",
    },
  ],
  prevention:
    "Authenticate all mail, send only opt-in mail, keep Gmail's user-reported spam rate well under 0.3% in Postmaster Tools, and monitor the server for abuse.",
  related: [
    '421-4.7.0-unusual-rate-ip-blocked',
    '421-4.7.28-unusual-rate-limited',
    '550-5.7.1-likely-unsolicited',
    '550-5.7.1-low-reputation-ip',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Do not retry from the same IP until the cause is fixed; resending blocked mail worsens the reputation.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=UnsolicitedIPError',
  // Both phrases also appear in 421 4.7.0 / 421 4.7.28 / 550 5.7.28 replies ('temporarily blocked' / 'rate limited' variants); reply and enhanced codes separate those entries.
  signature: {
    phrases: [
      'unusual rate of unsolicited mail originating from your ip address',
      'mail sent from your ip address has been blocked',
      // The closing words of Google's replies that point to the Bulk Email Senders Guidelines: an MTA
      // or log that kept only a wrapped reply's last line ("550 5.7.1 our Bulk Email Senders
      // Guidelines.") still names the page; the codes tell the pages that share them apart. (421
      // 4.7.0's page keeps to its "temporarily blocked" words: a 4.7.0 "rate limited" reply is 4.7.28's.)
      'our bulk email senders guidelines',
    ],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/maxking/docker-mailman/issues/303',
    'https://support.google.com/mail/answer/81126',
    'https://support.google.com/mail/answer/6227174',
    'https://developers.google.com/workspace/gmail/postmaster',
    'https://www.practicalecommerce.com/?p=1556723',
  ],
  checked: '2026-12-03',
};
