import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-rate-limited',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    'This email has been rate limited. For more information, go to Limits for sending & getting email.',
  fromGoogleList: true,
  title: 'This email has been rate limited',
  severity: 'medium',
  summary:
    'Gmail refused this message because a sending or receiving rate limit was hit. Google does not say which one: check whether one recipient or every recipient fails, slow down, and resend later at a lower rate.',
  whatYouSee: [
    '550 5.7.1 This email has been rate limited. d2e1a72fcca58-4a0 - gsmtp',
    '550-5.7.1 This email has been rate limited. For more information, go to Limits for sending & getting email.',
  ],
  whatsHappening:
    'Google lists this permanent reply without a cause beyond its link to "Limits for sending & getting email", which covers both sides: how much one account may send (per day, per message, recipients) and how fast one mailbox may receive. Unlike the 421 4.7.x rate limits of the 2024 sender guidelines, it says nothing about authentication, and unlike 550 5.4.5 it does not name a daily quota. The 5 makes it permanent for this attempt: the server will not take this copy, and a client that resends it at once will be refused again. If only one recipient fails while others are delivered, that mailbox is receiving too fast; if every recipient fails from one account, the account or the sending IP is over a sending rate.',
  causes: [
    "The sending account went over one of Gmail's sending limits (recipients per day or per message, messages per day)",
    'One recipient mailbox is getting mail faster than Gmail lets it receive (many senders or a loop)',
    'A burst of mail from one account or IP in a short time, such as a newsletter sent through a personal account',
  ],
  fixes: [
    {
      title: 'Find out whose rate it is',
      detail:
        'Compare recipients: one recipient failing while others are delivered points at that mailbox; every recipient failing from one account points at your sending side. Your Google Workspace admin can look the message up in Email Log Search.',
    },
    {
      title: 'Slow down and spread the mail',
      detail:
        'Cap messages per minute and recipients per message, queue the rest, and resend the refused copies later at the lower rate. @smtpfix/sender has a per-account cap for this.',
    },
    {
      title: 'Use a service built for bulk mail',
      detail:
        'A personal Gmail or Workspace account is not meant for newsletters or bulk mail; send those through a bulk email service, or through the Workspace SMTP relay within its limits.',
    },
  ],
  prevention:
    "Keep each account well under Google's sending limits, pace bulk mail, and watch for single recipients that attract mail loops.",
  related: [
    '550-5.4.5-daily-user-limit',
    '450-4.2.1-receiving-too-quickly',
    '550-5.2.1-recipient-rate-limited',
    '550-5.7.1-email-quota-exceeded',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Lower the sending rate first; a copy resent at once at the same rate is refused again.',
  },
  stage: 'any',
  helpUrl: 'https://support.google.com/mail/answer/22839',
  signature: {
    phrases: ['this email has been rate limited'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/22839',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
