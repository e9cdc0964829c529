import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '452-4.2.2-inbox-out-of-storage',
  provider: 'gmail',
  replyCode: 452,
  enhancedCode: '4.2.2',
  providerText:
    "The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp",
  fromGoogleList: false,
  googleListRows: [
    "The recipient's inbox is out of storage space. Please direct the recipient to Manage files in your Google Drive storage.",
  ],
  title: "The recipient's inbox is out of storage space",
  severity: 'low',
  summary:
    "The recipient's Google account storage (shared by Gmail, Drive and Photos) is full, so Gmail is deferring the message. Your side is fine: keep retrying for a few days and tell the recipient another way.",
  whatYouSee: [
    "452-4.2.2 The recipient's inbox is out of storage space. Please direct the",
    '452-4.2.2 recipient to',
    '452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp d2e1a72fcca58-4a0 - gsmtp (in reply to RCPT TO command)',
  ],
  whatsHappening:
    "Gmail checks the recipient's storage when you name them in RCPT TO. A Google account's quota is shared between Gmail, Google Drive and Google Photos, so a full Drive or photo backup stops incoming mail even if the inbox itself is small. Gmail answers 452 4.2.2 with the OverQuotaTemp link; Google's published list has the older wording \"The email account that you tried to reach is over quota\". Because it is a 4xx reply, your MTA keeps the message and retries; once the recipient frees space or buys more, the next retry succeeds. If the account stays full and unused, Gmail eventually answers with a permanent 552 5.2.2 instead. Deliverability vendors reported a sharp rise in these deferrals from August 2024 (Google announced no change), and some ESPs wrongly record them as hard bounces.",
  causes: [
    "The recipient's shared Google storage (15 GB on free accounts) is full of mail, Drive files or Photos backups",
    'A Workspace user or shared mailbox at its storage allocation',
    'An abandoned account that nobody cleans up',
  ],
  fixes: [
    {
      title: 'Let your server keep retrying',
      detail:
        'Do nothing on your side: the message stays queued and is retried (Postfix default up to 5 days). Do not treat this as a hard bounce or remove the address after one deferral.',
    },
    {
      title: 'Tell the recipient',
      detail:
        'Contact them by another channel and point them to https://one.google.com/storage to free space (empty Trash and Spam, delete large attachments and Drive files) or buy more storage.',
    },
    {
      title: 'Suppress only after it persists',
      detail:
        'If the same address is deferred for weeks or turns into 552 5.2.2, suppress it temporarily in your list and try again later.',
    },
  ],
  prevention:
    'Classify 452 4.2.2 as a soft bounce with a retry window of several days, and only suppress addresses that keep failing.',
  related: [
    '452-4.2.2-over-quota',
    '552-5.2.2-over-quota',
    '550-5.1.1-no-such-user',
    '550-5.2.1-account-disabled',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 1_800_000,
    maxDelayMs: 43_200_000,
    note: 'Keep retrying for a few days; delivery succeeds as soon as the recipient frees storage.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/mail/?p=OverQuotaTemp',
  signature: {
    // The newer permanent reply "The recipient's inbox is out of storage space and inactive." (552 5.2.2) shares this
    // phrase; its reply and enhanced codes separate it.
    phrases: ["the recipient's inbox is out of storage space", 'p=overquotatemp'],
  },
  sources: [
    'https://github.com/mailcow/mailcow-dockerized/issues/6486',
    'https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-is-there-a-sudden-spike-in-gmail-mailbox-full-bounces-since-august-2024',
    'https://support.google.com/a/answer/3726730',
  ],
  checked: '2026-12-03',
};
