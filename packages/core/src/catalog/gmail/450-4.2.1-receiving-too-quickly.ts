import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '450-4.2.1-receiving-too-quickly',
  provider: 'gmail',
  replyCode: 450,
  enhancedCode: '4.2.1',
  providerText:
    'The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered. For more information, visit Limits for sending & getting mail.',
  fromGoogleList: true,
  googleListRows: [
    'The user you are trying to contact is receiving email too quickly. Please resend your message at a later time. If the user is able to receive email at that time, your message will be delivered. For more information, go to Limits for sending & getting email.',
  ],
  title: 'Recipient is receiving mail too quickly',
  severity: 'low',
  summary:
    'This one Gmail mailbox is taking in more mail than Gmail allows per minute or hour, so your message was deferred. Let your queue retry later, and if you are the one flooding it, send less often to that address.',
  whatYouSee: [
    '450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.',
    '450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered.',
    'status=deferred (host gmail-smtp-in.l.google.com[192.0.2.27] said: 450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. (in reply to RCPT TO command))',
  ],
  whatsHappening:
    'Gmail limits how fast a single mailbox can receive mail. When the recipient is over that rate, Gmail defers new messages for it at RCPT TO with 450 4.2.1; mail for other recipients is unaffected. The limit counts everything the mailbox receives, not only your mail, so the cause can be on either side: the recipient may be getting a flood from somewhere (a loop, a forwarding rule, a list), or your system may be sending that address many messages in a short time. The message is still in your queue and will be delivered once the rate drops.',
  causes: [
    'Your system sends many messages to the same address in a short time: alerts, cron reports, per-event notifications or error e-mails',
    'A mail loop: auto-forwarding or auto-replies bouncing between this mailbox and another',
    'The mailbox receives forwarded copies of a busy account or is subscribed to high-volume lists',
    'A shared role address (alerts@, noreply-monitoring@) that many systems mail at once',
    'The recipient is being mail-bombed by a third party',
  ],
  fixes: [
    {
      title: 'Let the queue retry later',
      detail:
        'Do nothing drastic: a mail server keeps 4xx messages queued and retries. If you send from code, requeue the message for 10 minutes or more and back off further on repeats; do not retry within seconds.',
    },
    {
      title: 'Throttle mail per recipient',
      detail:
        'Cap how many messages one address gets from you per minute and hour, and batch the rest into digests. Group repeated alerts (one message per incident, not per event) and deduplicate error mails such as framework crash reports.',
    },
    {
      title: 'Look for a loop',
      detail:
        'Read the Received: headers and the deferred queue for the same message going round. Check the mailbox’s forwarding rules, filters that forward, and vacation or auto-reply settings on both ends; break the loop and delete the looping copies.',
    },
    {
      title: 'If the mailbox is yours, spread the load',
      detail:
        'Send machine-generated mail to a Google Group, a separate mailbox or a chat or alerting tool instead of one personal inbox. Gmail’s receiving limits are fixed per user and cannot be raised.',
    },
  ],
  prevention:
    'Rate-limit and batch automated mail per recipient, and keep monitoring alerts out of single personal inboxes.',
  related: [
    '450-4.2.1-recipient-rate-limited',
    '550-5.2.1-recipient-rate-limited',
    '554-5.6.0-mail-loop',
    '452-4.2.2-over-quota',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 600_000,
    maxDelayMs: 7_200_000,
    note: 'Keep the message queued and retry after 10 minutes or more; slow down other mail to the same address.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/mail/answer/22839',
  signature: {
    phrases: ['is receiving mail too quickly', 'is receiving email too quickly'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://support.google.com/mail/answer/22839'],
  checked: '2026-11-23',
};
