import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.28-unusual-rate-limited',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.28',
  providerText:
    'Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines.',
  fromGoogleList: false,
  googleListRows: [
    'Gmail has detected an unusual rate of email. To protect our users from spam, email has been temporarily rate limited. To review our bulk email senders guidelines, go to Email sender guidelines.',
    'Gmail has detected an unusual rate of email originating from your IP address ip-address. To protect our users from spam, email sent from your IP address has been temporarily rate limited. To review our bulk email senders guidelines, go to Email sender guidelines.',
    'Gmail has detected an unusual rate of unsolicited email originating from your IP Netblock ip-address. To protect our users from spam, email sent from your IP Netblock has been temporarily rate limited. To review our bulk email senders guidelines, go to Email sender guidelines.',
    'Gmail has detected an unusual amount of unsolicited email originating from your IP address. To protect our users from spam, email sent from your IP address has been temporarily blocked. To review our bulk email senders guidelines, go to Email sender guidelines.',
  ],
  title: 'Unusual rate of unsolicited mail from your IP: temporarily rate limited',
  severity: 'high',
  summary:
    "Gmail is deferring mail from your sending IP because too much of it looks unwanted. Slow down, keep the queue retrying, and fix what is hurting the IP's reputation (lists, authentication, forwarded spam).",
  whatYouSee: [
    '421-4.7.28 [203.0.113.7      15] Our system has detected an unusual rate of',
    '421-4.7.28 unsolicited mail originating from your IP address. To protect our',
    '421-4.7.28 users from spam, mail sent from your IP address has been temporarily',
    '421 4.7.28 rate limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Gmail tracks how users react to mail from each sending IP. When the share of mail they ignore, delete or report as spam rises, or volume jumps suddenly, Gmail starts deferring part of the traffic from that IP with 421 4.7.28. Nothing has bounced: a well-behaved MTA keeps the message queued and retries, and some retries get through. Google\'s published list has an older 421 4.7.0 row with almost the same sentence ("temporarily blocked"); current replies use 4.7.28. A newer variant drops the IP ("Gmail has detected an unusual rate of unsolicited mail. ... mail has been temporarily rate limited"); variants naming your SPF domain, DKIM domain or URL domains have their own page.',
  causes: [
    'A sudden increase in volume to Gmail from an IP with little history (new VPS, new dedicated IP, first campaign)',
    'Sending to old, purchased or scraped lists: bounces, spam-trap hits and low engagement',
    'Forwarding all incoming mail, including spam, to Gmail accounts from your server',
    'Other customers on a shared IP (shared hosting, small ESP pools) sending spam',
    'A compromised account or script on the server sending spam',
  ],
  fixes: [
    {
      title: 'Let the queue retry slowly',
      detail:
        'Do not bounce or resend manually. Reduce concurrency to Gmail (Postfix: a dedicated transport for gmail.com, e.g. `gmail_destination_concurrency_limit = 2` and `gmail_destination_rate_delay = 1s`) and let normal retries deliver over the next hours.',
    },
    {
      title: 'Clean the audience',
      detail:
        'Remove hard bounces and people who have not engaged in months, never mail purchased lists, and use confirmed opt-in. Gmail expects a spam rate under 0.3% (ideally under 0.1%) in Postmaster Tools.',
    },
    {
      title: 'Authenticate and identify the sender',
      detail:
        'Publish SPF, sign with DKIM, publish DMARC, keep a matching PTR, and add one-click unsubscribe (List-Unsubscribe and List-Unsubscribe-Post, RFC 8058) to marketing and subscribed mail. Gmail has required authentication of all senders since February 2024; from April 2024 it began rejecting a share of the mail that does not meet the guidelines, rising over time, and one-click unsubscribe for bulk senders was due by 1 June 2024.',
    },
    {
      title: 'Stop forwarding spam',
      detail:
        'If you forward mail to Gmail, follow Google’s forwarding advice: stop spam before it is forwarded (forward only what your own filter passed), change the envelope sender to your forwarding domain (SRS) and list the forwarding servers in its SPF record, leave the message untouched so its DKIM signature still verifies, add an X-Forwarded-To: header, and consider a separate IP or domain for forwarded mail. Having Gmail fetch the mail by POP instead is no longer an option: “Check mail from other accounts” is being discontinued from January 2026. Users can read that mailbox directly over IMAP, or it can move to Gmail or Google Workspace.',
    },
    {
      title: 'Look for abuse on the server',
      detail:
        'Check the mail log for unexpected senders or volume; a hacked web form or mailbox is a common cause on small servers.',
    },
  ],
  prevention:
    'Warm up new IPs gradually, keep lists clean and engaged, monitor Gmail Postmaster Tools, and throttle per-destination delivery to Gmail.',
  related: [
    '421-4.7.0-unusual-rate-ip-blocked',
    '550-5.7.1-unusual-rate-ip-blocked',
    '550-5.7.1-likely-unsolicited',
    '421-4.7.0-suspicious-rate-limited',
    '550-5.7.26-sender-unauthenticated',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 900_000,
    maxDelayMs: 14_400_000,
    note: 'Keep the message queued and retry with growing delays while lowering the sending rate to Gmail.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=UnsolicitedRateLimitError',
  signature: {
    // "unsolicited mail originating from your ip address" also appears in the list rows 421-4.7.0-unusual-rate-ip-blocked
    // and 550-5.7.1-unusual-rate-ip-blocked; the enhanced code 4.7.28 separates this live reply. The SPF/DKIM/URL-domain
    // variants (same code) are told apart by their own phrases on 421-4.7.28-unusual-rate-domain-limited.
    // Google's current list words this reply "Gmail has detected an unusual rate of email" (also for a
    // whole IP Netblock, and "an unusual amount ... temporarily blocked"); those rows are this page's too.
    phrases: [
      'unsolicited mail originating from your ip address',
      'gmail has detected an unusual rate of email',
      'originating from your ip netblock',
      'unusual amount of unsolicited email originating from your ip address',
      // The closing words of Google's replies that point to the Bulk Email Senders Guidelines: an MTA
      // or log that kept only a wrapped reply's last line ("550 5.7.1 our Bulk Email Senders
      // Guidelines.") still names the page; the codes tell the pages that share them apart. (421
      // 4.7.0's page keeps to its "temporarily blocked" words: a 4.7.0 "rate limited" reply is 4.7.28's.)
      'our bulk email senders guidelines',
    ],
  },
  sources: [
    'https://github.com/mail-in-a-box/mailinabox/issues/1771',
    'https://datacadamia.com/marketing/email/postfix/spam',
    'https://talk.plesk.com/threads/421-4-7-28-error-when-sending-mail-to-google-server.361840/',
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/14229414',
    'https://support.google.com/mail/answer/81126',
    'https://www.rfc-editor.org/rfc/rfc8058',
    'https://support.google.com/mail/answer/175365',
    'https://www.dopstart.com/en/gmail-removing-gmailify-pop/',
  ],
  checked: '2026-12-03',
};
