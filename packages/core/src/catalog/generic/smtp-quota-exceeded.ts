import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'smtp-quota-exceeded',
  provider: 'generic',
  replyCode: 550,
  enhancedCode: null,
  providerText: 'Email Sending Quota Exceeded / sending limit exceeded / ratelimit exceeded',
  fromGoogleList: false,
  title: 'Sending quota or rate limit exceeded at your mail provider (any server)',
  severity: 'medium',
  summary:
    'Your mail provider or hosting account stopped accepting messages because you reached its sending limit (per hour, per day, or per account). Wait for the window to reset, lower your sending rate, or raise the limit with the provider; retrying at once only adds to the count.',
  whatYouSee: [
    '550 Email Sending Quota Exceeded',
    '554 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.',
    'User me@site.com has exceeded its 24-hour sending limit.',
    'message sending failed: 4.7.1 Ratelimit "user" exceeded (451)',
    '451 4.7.1 Sending quota exceeded, try again later',
  ],
  whatsHappening:
    'Hosting providers (cPanel/Exim limits per hour), ESPs (SES, SendGrid, Brevo daily quotas) and mailbox providers all cap how much one account may send. The reply code varies (421/451 temporary, 550/554 permanent for this window) but the meaning is the same: this account sent too much in the current window. Messages refused this way were not sent.',
  causes: [
    'A burst of mail (newsletter, notifications, a loop) exceeding the hourly or daily limit',
    'A compromised account or form sending spam and using up the quota',
    'A low plan or sandbox limit at the ESP (SES sandbox: 200 per day)',
  ],
  fixes: [
    {
      title: 'Wait for the window and slow down',
      detail:
        "Queue the rest and send at a rate under the limit; the provider's documentation states the window (per hour or per 24 hours).",
    },
    {
      title: 'Check for abuse',
      detail: 'Look at what was sent recently; an unexpected volume means a compromised account or form.',
    },
    {
      title: 'Raise the limit or use a bulk service',
      detail:
        'Ask the provider for a higher limit, leave a sandbox, or move bulk mail to a service built for it.',
    },
  ],
  prevention: "Rate-limit sending in the application below the provider's limit and alert on unusual volume.",
  related: ['550-5.4.5-daily-sending-quota', '550-5.7.1-email-quota-exceeded', '550-5.4.5-daily-user-limit'],
  retry: {
    kind: 'fix-then-retry',
    note: "Wait for the provider's window to reset (or raise the limit) before sending the rest.",
  },
  stage: 'MAIL',
  signature: {
    phrases: ['sending quota exceeded', 'sending limit', 'ratelimit'],
  },
  sources: [
    'https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas.html',
    'https://docs.cpanel.net/whm/server-configuration/tweak-settings/#mail',
    'https://www.rfc-editor.org/rfc/rfc3463#section-3.8',
    'https://github.com/getlago/lago-api/pull/4687',
    'https://github.com/nodemailer/nodemailer/issues/1137',
    'https://github.com/go-gomail/gomail/issues/174',
  ],
  checked: '2026-12-03',
};
