import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.2.1-account-disabled',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.2.1',
  providerText: 'The email account that you tried to reach is disabled.',
  fromGoogleList: true,
  googleListRows: [
    'The email account that you tried to reach is inactive. For more information, go to https://support.google.com/mail/?p=DisabledUser',
  ],
  title: 'The email account that you tried to reach is disabled',
  severity: 'low',
  summary:
    "The recipient's Google account exists but is disabled (suspended by Google or by a Workspace admin), so it cannot receive mail. Nothing on your side to fix; contact the person another way and stop sending to the address.",
  whatYouSee: [
    '550-5.2.1 The email account that you tried to reach is disabled. Learn more at',
    '550 5.2.1  https://support.google.com/mail/?p=DisabledUser d2e1a72fcca58-4a0 - gsmtp',
    '<<< 550 5.2.1 The email account that you tried to reach is disabled. d2e1a72fcca58-4a0',
  ],
  whatsHappening:
    'Gmail refuses the recipient at RCPT TO because the account is disabled: Google may have suspended it for a policy violation or suspected compromise, or a Workspace administrator suspended the user (for example when an employee leaves). The address is not deleted, so it may come back if the account is restored, but while it is disabled every message bounces. It is a recipient-side state and does not reflect on your sending. A related Gmail reply, "is inactive", is used for accounts that have been unused for a long time.',
  causes: [
    'Google disabled the consumer account (terms violation, suspected hijacking, failed verification)',
    'A Workspace admin suspended the user, often after the person left the organisation',
    'The Workspace subscription or user licence lapsed and the account was suspended',
  ],
  fixes: [
    {
      title: 'Reach the recipient another way',
      detail:
        "Tell the person (by phone, another address) that their Google account is disabled; they can follow Google's account recovery steps, or ask their Workspace admin to restore the user.",
    },
    {
      title: 'Stop sending to it',
      detail:
        'Treat it as a hard bounce: suppress the address in your lists and notification systems until you learn it is active again.',
    },
    {
      title: 'For colleagues, ask for a forwarding address',
      detail:
        'If the account belongs to someone who left an organisation, ask that organisation for the right contact; their admin can add the old address as an alias of another user.',
    },
  ],
  prevention:
    'Suppress addresses after a 5.2.1 "disabled" bounce and re-confirm them only through a fresh opt-in.',
  related: ['550-5.1.1-no-such-user', '503-5.5.1-rcpt-first', '550-5.7.0-sending-denied'],
  retry: {
    kind: 'never',
    note: 'The mailbox is disabled; automatic retries cannot succeed. Only resend if the recipient confirms the account is restored.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/mail/?p=DisabledUser',
  signature: {
    phrases: ['tried to reach is disabled', 'tried to reach is inactive'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/sisimai/go-sisimai/issues/337',
  ],
  checked: '2026-11-23',
};
