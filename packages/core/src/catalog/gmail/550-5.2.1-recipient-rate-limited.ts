import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.2.1-recipient-rate-limited',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.2.1',
  providerText:
    'The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. For more information, visit Limits for sending & getting mail.',
  fromGoogleList: true,
  googleListRows: [
    'The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered. For more information, go to Limits for sending & getting email.',
  ],
  title: 'Recipient is receiving mail at a rate that prevents delivery',
  severity: 'low',
  summary:
    "That one Gmail mailbox is getting more mail than Google lets it receive, so your message was rejected for it. This is about the recipient's incoming volume, not your account; resend later, slower, and check you are not the one flooding it.",
  whatYouSee: [
    '550-5.2.1 The user you are trying to contact is receiving mail at a rate that',
    '550-5.2.1 prevents additional messages from being delivered. For more information, go to',
    '550 5.2.1  https://support.google.com/mail/?p=ReceivingRatePerm d2e1a72fcca58-4a0 - gsmtp',
    "Remote server returned '550-5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.",
  ],
  whatsHappening:
    'Gmail caps how much mail a single mailbox may receive in a given period. When an address is over that cap — because it is being flooded, is the target of a mail loop or forwarding chain, or receives alerts from many systems at once — Gmail refuses further messages for it at RCPT TO. The 450 4.2.1 form of the same text is a temporary deferral that your server will retry on its own; this 550 5.2.1 form is a permanent rejection of this message, so it bounced and will not be retried automatically. Other recipients on the same message are not affected.',
  causes: [
    'Your system sends many messages to the same address in a short time (alert storms, per-event notifications, retry loops)',
    'A forwarding rule or auto-reply loop between the recipient and another mailbox is generating a flood',
    'The recipient address is being mail-bombed or is a shared address subscribed to many high-volume sources',
    'Several of your senders (app, monitoring, CRM) all target the same inbox at once',
  ],
  fixes: [
    {
      title: 'Resend later, once',
      detail:
        'Wait at least an hour (a day for a flooded mailbox) and resend the important message once. Do not set up an automatic fast retry: it adds to the flood that caused the rejection.',
    },
    {
      title: 'Throttle and batch mail to that address',
      detail:
        'Rate-limit per recipient in your sender (e.g. a per-address token bucket of a few messages per minute) and group alerts into digests instead of one message per event.',
    },
    {
      title: 'Look for loops',
      detail:
        'Check your logs for the same address receiving repeated copies; look for auto-replies, forwarding rules or bounce handling that mail each other. Break the loop on whichever side generates it.',
    },
    {
      title: 'Tell the recipient',
      detail:
        'If your volume is small, the mailbox is flooded from elsewhere; ask the recipient (or their admin) to check filters, forwarding and subscriptions.',
    },
  ],
  prevention:
    'Apply per-recipient rate limits and digests for automated mail, and detect repeated sends to the same address as a loop.',
  related: [
    '450-4.2.1-recipient-rate-limited',
    '450-4.2.1-receiving-too-quickly',
    '554-5.6.0-mail-loop',
    '550-5.4.5-daily-sending-quota',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Permanent for this attempt: resend manually later (hours, not seconds) after reducing mail to that address; do not auto-retry in a loop.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/mail/?p=ReceivingRatePerm',
  signature: {
    // Shared with 450-4.2.1-recipient-rate-limited (same text, temporary form); the reply/enhanced code separates them.
    phrases: ['receiving mail at a rate that prevents', 'prevents additional messages from being delivered'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://support.google.com/mail/answer/22839'],
  checked: '2026-11-23',
};
