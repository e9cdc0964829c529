import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '452-4.2.2-over-quota',
  provider: 'gmail',
  replyCode: 452,
  enhancedCode: '4.2.2',
  providerText:
    'The email account that you tried to reach is over quota. Please direct the recipient to Clear Google Drive space & increase storage.',
  fromGoogleList: true,
  title: 'Recipient mailbox is over quota (temporary)',
  severity: 'low',
  summary:
    'The recipient’s Google storage is full, so Gmail is deferring new mail for them. Nothing is wrong on your side: let the queue retry, and tell the recipient another way if it matters.',
  whatYouSee: [
    '452-4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp d2e1a72fcca58-4a0 - gsmtp',
    'smtp;452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp d2e1a72fcca58-4a0 - gsmtp',
    '452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/answer/6374270?p=OverQuotaTemp',
  ],
  whatsHappening:
    'A Google account’s storage is shared by Gmail, Google Drive and Google Photos (15 GB on a free account; a pooled or per-user amount on Workspace). When it is full, Gmail stops accepting new mail for that account and defers it with 452 4.2.2 and the OverQuotaTemp link. The message stays in your queue and is delivered if the recipient frees space before your server gives up (typically a few days). If the account stays full for a long time, Gmail moves to the permanent 552 5.2.2 reply and the message bounces.',
  causes: [
    'The recipient’s Google storage (Gmail, Drive and Photos together) is full',
    'A Workspace user has reached the storage assigned to them or a storage limit set by their admin',
    'Large attachments, including yours, filled the remaining space',
    'The mailbox is abandoned: nobody reads it or cleans it, but mail still arrives',
  ],
  fixes: [
    {
      title: 'Let the queue retry',
      detail:
        'Keep the message queued; retry every hour or so for a few days. Do not resend the same message yourself on top of the queue, which only adds to the backlog once space is freed.',
    },
    {
      title: 'Tell the recipient another way',
      detail:
        'If the mail matters, contact the recipient by phone, chat or another address and ask them to free space or add storage (https://one.google.com/storage). Workspace users should ask their admin for more storage.',
    },
    {
      title: 'Send smaller messages',
      detail:
        'Share large files as links (Drive, cloud storage) instead of attachments, so a nearly full mailbox can still take your message.',
    },
    {
      title: 'Stop mailing accounts that stay full',
      detail:
        'If an address defers as over quota for weeks, or starts returning 552 5.2.2, mark it inactive in your list and stop sending; repeated deferrals to dead mailboxes hurt sender reputation.',
    },
  ],
  prevention:
    'Send links instead of large attachments, and suppress addresses that stay over quota or bounce permanently.',
  related: ['552-5.2.2-over-quota', '452-4.2.2-inbox-out-of-storage', '550-5.2.1-account-disabled'],
  retry: {
    kind: 'backoff',
    initialDelayMs: 1_800_000,
    maxDelayMs: 21_600_000,
    note: 'Retry every hour or more for a few days; it succeeds only once the recipient frees storage.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/mail/?p=OverQuotaTemp',
  signature: {
    // Shared with 552-5.2.2-over-quota; reply code 452 (vs 552) tells this page apart.
    phrases: ['account that you tried to reach is over quota'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://support.google.com/mail/answer/6374270'],
  checked: '2026-11-23',
};
