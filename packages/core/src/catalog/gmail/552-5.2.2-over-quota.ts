import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '552-5.2.2-over-quota',
  provider: 'gmail',
  replyCode: 552,
  enhancedCode: '5.2.2',
  providerText: 'The email account that you tried to reach is over quota.',
  fromGoogleList: true,
  googleListRows: [
    "The recipient's inbox is out of storage space and inactive. Please direct the recipient to Manage files in your Google Drive storage.",
  ],
  title: 'Recipient account is over quota',
  severity: 'low',
  summary:
    "The recipient's Google storage is full and Gmail has stopped accepting mail for them. Nothing is wrong on your side; tell the recipient by another channel and resend after they free space.",
  whatYouSee: [
    '552-5.2.2 The email account that you tried to reach is over quota. Please direct',
    '552 5.2.2 the recipient to https://support.google.com/mail/?p=OverQuotaPerm d2e1a72fcca58-4a0 - gsmtp',
    '552 5.2.2 The email account that you tried to reach is over quota and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "Gmail, Drive and Photos share one storage allowance per Google account. When it is full, Gmail first defers mail with 452 4.2.2 and, once the condition persists, refuses it permanently with 552 5.2.2. The '...and inactive' form means the account has also been unused for a long time and is effectively abandoned. Newer Gmail servers word the same condition 'The recipient's inbox is out of storage space'. It concerns only this recipient; other recipients of the same message are unaffected.",
  causes: [
    "The recipient's Google storage (Gmail, Drive, Photos combined) is at 100%",
    'An abandoned mailbox that keeps receiving mail and never deletes any',
    'A Workspace user whose admin-assigned storage cap is reached',
    'Large attachments sent repeatedly to the same mailbox',
  ],
  fixes: [
    {
      title: 'Tell the recipient another way',
      detail:
        'Phone, chat or another address: they need to delete mail or files or buy storage at https://one.google.com/storage. Workspace users ask their admin to raise the storage limit.',
    },
    {
      title: "Don't retry automatically",
      detail:
        'Treat 552 5.2.2 as a hard bounce for now. Resend manually once the recipient confirms they have space; send a link (Drive, your site) instead of a large attachment.',
    },
    {
      title: 'Suppress persistent over-quota addresses',
      detail:
        "For mailing lists, suppress the address after repeated 5.2.2 bounces over a few weeks, and immediately for the 'over quota and inactive' form: the mailbox is abandoned and bounces hurt your sender reputation.",
    },
  ],
  prevention:
    'Process bounces automatically: suppress addresses with permanent quota failures and avoid sending large attachments to addresses that have bounced before.',
  related: [
    '452-4.2.2-over-quota',
    '452-4.2.2-inbox-out-of-storage',
    '550-5.2.1-account-disabled',
    '550-5.7.1-email-quota-exceeded',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Only the recipient can fix it by freeing storage; resend manually after they do, and suppress the address if it keeps bouncing.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/mail/?p=OverQuotaPerm',
  // Same sentence as 452-4.2.2-over-quota; the 552 / 5.2.2 codes separate the permanent form. The newer 'inbox is out of storage space' wording belongs to the inbox-out-of-storage entries.
  signature: {
    phrases: ['account that you tried to reach is over quota', 'inbox is out of storage space and inactive'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://github.com/sisimai/rb-sisimai'],
  checked: '2026-11-23',
};
