import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.4.5-daily-sending-quota',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.4.5',
  providerText: 'Daily sending quota exceeded. For more information, visit Email sending limits.',
  fromGoogleList: true,
  title: 'Daily sending quota exceeded',
  severity: 'high',
  summary:
    'The Gmail or Workspace account has hit its rolling 24-hour sending limit, so Google stops all outgoing mail from it for up to a day. Wait for the window to roll over, then move bulk or automated sending to a proper sending service.',
  whatYouSee: [
    '550 5.4.5 Daily sending quota exceeded. For more information, visit Email sending limits.',
    '550 5.4.5 Daily user sending quota exceeded. d2e1a72fcca58-4a0 - gsmtp',
    "SMTPDataError: (550, b'5.4.5 Daily user sending quota exceeded. d2e1a72fcca58-4a0 - gsmtp')",
    '{permanent_failure,<<"550 5.4.5 Daily user sending quota exceeded. d2e1a72fcca58-4a0 - gsmtp\\r\\n">>}',
  ],
  whatsHappening:
    'Google limits how many messages and recipients one account may send per rolling 24 hours — a consumer Gmail account can reach roughly 500 recipients a day; a Workspace user may send 2,000 messages (500 on a trial account) to 10,000 recipients in total, of which 3,000 external recipients and 2,000 unique external recipients (500 on a trial account). Mail to customers and other outside addresses usually meets the external limits long before the message limit. Once the limit is reached every new message is rejected with 550 5.4.5 at the end of DATA (so smtplib reports it as SMTPDataError). Sending is blocked for the account, not for one recipient, and it lifts by itself as the 24-hour window moves on. Gmail has used several wordings for this: the list\'s "Daily sending quota exceeded", the older live "Daily user sending quota exceeded", and the current "Daily user sending limit exceeded ... ?p=UserRateLimitExceeded" (its own page).',
  causes: [
    'Bulk or marketing mail sent through a personal Gmail or Workspace mailbox',
    'An application (notifications, password resets, reports) sending all of its mail through one Google account',
    'Many recipients per message: limits count recipients as well as messages',
    'A retry loop or bug resending the same messages',
    'A new or trial Workspace account with lower limits, or a compromised account being used to send spam',
  ],
  fixes: [
    {
      title: 'Stop sending and wait for the window',
      detail:
        'Pause the queue for this account; retrying now only adds failed attempts. The limit resets on a rolling basis within 24 hours; then resend what bounced, more slowly.',
    },
    {
      title: 'Find what used up the quota',
      detail:
        'Check the Sent folder and your application logs for unexpected volume, loops or a compromised account. If anything looks unfamiliar, change the password, revoke app passwords and review https://myaccount.google.com/security.',
    },
    {
      title: 'Move volume off the mailbox',
      detail:
        "Send application and bulk mail through a transactional email service or, in Workspace, the SMTP relay service (smtp-relay.gmail.com, with its own higher limits), and set up SPF, DKIM and DMARC for the sending domain as Gmail's sender rules require.",
    },
    {
      title: 'Spread load across the day',
      detail:
        'Throttle sending (e.g. nodemailer `pool: true, rateDelta, rateLimit`) and stop each account at about 80% of every daily limit: for a paid Workspace user about 1,600 messages, 8,000 recipients, 2,400 external recipients and 1,600 unique external recipients per rolling 24 hours (400 unique external and 400 messages on a trial account), counting recipients, not just messages.',
    },
  ],
  prevention:
    'Track messages and recipients sent per Google account per 24 hours, alert at about 80% of the limit, and keep bulk and application mail on a dedicated sending service.',
  related: [
    '550-5.4.5-daily-user-limit',
    '550-5.4.5-daily-relay-limit-user',
    '550-5.7.1-daily-relay-limit-customer',
    '452-4.5.3-too-many-recipients',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Rejected for the rest of the 24-hour window; pause the account and resend after the quota has rolled over, at a lower rate.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/a/answer/166852',
  signature: {
    // "sending quota exceeded" also matches the older live wording "Daily user sending quota exceeded".
    // Not shared with 550-5.4.5-daily-user-limit ("daily user sending limit exceeded").
    phrases: ['daily sending quota exceeded', 'sending quota exceeded'],
  },
  sources: [
    'https://support.google.com/mail/answer/22839',
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/166852',
    'https://github.com/gen-smtp/gen_smtp/issues/140',
    'https://github.com/PHPMailer/PHPMailer/issues/2113',
    'https://github.com/gophish/gophish/issues/1604',
  ],
  checked: '2026-12-03',
};
