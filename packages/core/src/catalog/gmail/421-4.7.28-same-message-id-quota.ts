import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.28-same-message-id-quota',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.28',
  providerText:
    'Gmail has detected this sender exceeded the quota for sending messages that have the same Message-ID:. To best protect our users, the message has been temporarily rejected. For more information, go to Why has Gmail blocked my messages?.',
  fromGoogleList: true,
  title: 'Too many messages with the same Message-ID: temporarily rejected',
  severity: 'medium',
  summary:
    'Gmail counts messages that carry the same Message-ID: header, and this sender went over its quota for one ID. Give every message you send its own Message-ID; the deferred copies are accepted later, within the quota.',
  whatYouSee: [
    '421-4.7.28 Gmail has detected this sender exceeded the quota for sending messages',
    '421-4.7.28 that have the same Message-ID:. To best protect our users, the message',
    '421 4.7.28 has been temporarily rejected. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'A Message-ID (RFC 5322 section 3.6.4) names one message; copies of that message to many recipients share it, and so do resends of the same message. Gmail limits how many messages with one Message-ID a sender may deliver, and defers the rest with this 421 4.7.28 at the end of DATA. A sender reaches it by reusing one ID across many separate messages: a template or script that sets a fixed Message-ID, or a loop that resends the same message again and again. The reply is temporary: a queue that retries later gets the copies through within the quota, and the cure is a unique ID per message.',
  causes: [
    'A fixed or template Message-ID set by the application (a constant string, a per-campaign ID) on many messages',
    'One message resent many times after errors, each with the same Message-ID',
    'A mailing script that sends a separate copy to every recipient of a large list with one shared Message-ID',
  ],
  fixes: [
    {
      title: 'Let every message have its own Message-ID',
      detail:
        'Stop setting Message-ID yourself, or build it from a random part and your domain (`<uuid@example.com>`). nodemailer, Python’s `email.utils.make_msgid()` and PHPMailer create a unique one per message when you do not set it.',
    },
    {
      title: 'Break resend loops',
      detail:
        'If a job resends the same message after each failure, cap the attempts and log why it failed; each loop adds to the count for that ID.',
    },
    {
      title: 'Let the queue retry the deferred copies',
      detail:
        'The copies that were deferred can be retried later with growing delays; once the IDs are unique, new mail is not counted together.',
    },
  ],
  prevention:
    'Generate Message-ID per message in the mail library, never from a template, and cap resends of one message.',
  related: [
    '421-4.7.28-unusual-rate-limited',
    '550-5.7.1-missing-message-id',
    '450-4.2.1-receiving-too-quickly',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 300_000,
    maxDelayMs: 3_600_000,
    note: 'Temporary: retry the deferred copies with growing delays (5 minutes up to an hour), and give new messages unique Message-IDs.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/188131',
  signature: {
    phrases: ['exceeded the quota for sending messages that have the same message-id'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/188131',
    'https://www.rfc-editor.org/rfc/rfc5322#section-3.6.4',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
