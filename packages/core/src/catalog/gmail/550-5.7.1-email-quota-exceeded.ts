import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-email-quota-exceeded',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText: 'Email quota exceeded.',
  fromGoogleList: true,
  title: 'Email quota exceeded',
  severity: 'medium',
  summary:
    "A quota on Google's side was exhausted. Google does not say which one: bounce classifiers usually treat it as the recipient's storage being full, but it can also be an account sending quota. Check whether it hits one recipient or every recipient.",
  whatYouSee: [
    '550 5.7.1 Email quota exceeded.',
    '550-5.7.1 Email quota exceeded. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "Gmail refused the message permanently with the short text 'Email quota exceeded.' and no help link. Google's list gives no explanation, and the reply does not say whose quota it is. In practice there are two readings: the recipient's Google storage (shared by Gmail, Drive and Photos) is full, which is how common bounce parsers classify it, or the sending account ran out of a sending quota. The pattern tells them apart: if only one recipient bounces while others are delivered, it is the recipient's storage; if every recipient fails from one account, it is your sending side.",
  causes: [
    "The recipient's Google account storage (Gmail + Drive + Photos) is full",
    'The sending Gmail or Workspace account exhausted a sending quota after a burst of mail',
    'A script or integration sending through one account in a loop, using up the allowance',
    'A dormant recipient mailbox that has filled up and is never cleaned',
  ],
  fixes: [
    {
      title: 'Work out whose quota it is',
      detail:
        "Look at the other messages sent at the same time. One recipient failing while other Gmail recipients succeed means the recipient's storage; all recipients failing from the same sending account means your sending quota. The Admin console's Email Log Search shows which messages were refused.",
    },
    {
      title: 'If the recipient is full, tell them another way',
      detail:
        'Ask the recipient to free space at https://one.google.com/storage or buy more storage, then resend. Do not keep retrying automatically; after repeated bounces over several days, suppress the address.',
    },
    {
      title: 'If your account hit a sending quota, pause it',
      detail:
        "Stop sending from the account for 24 hours, check Email Log Search or the account's Sent folder for unexpected volume, and rotate its password and app passwords if the volume is not yours.",
    },
    {
      title: 'Move volume off a personal mailbox',
      detail:
        'Transactional or bulk sending belongs on the Workspace SMTP relay or a dedicated email provider, not one Gmail mailbox.',
    },
  ],
  prevention:
    "Remove recipients that keep bouncing with quota errors, and keep automated sending volume per account well under Gmail's published sending limits.",
  related: [
    '552-5.2.2-over-quota',
    '452-4.2.2-over-quota',
    '550-5.4.5-daily-sending-quota',
    '550-5.4.5-daily-user-limit',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Not a transient error: resend after the recipient frees space or after your account has been paused for 24 hours, not in an automatic loop.',
  },
  stage: 'RCPT',
  signature: {
    phrases: ['email quota exceeded'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://github.com/sisimai/rb-sisimai'],
  checked: '2026-11-23',
};
