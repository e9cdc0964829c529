import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.4.5-daily-user-limit',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.4.5',
  providerText:
    'Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852',
  fromGoogleList: false,
  googleListRows: [
    'Daily user sending limit exceeded. For more information on Gmail sending limits, go to Gmail sending limits.',
  ],
  title: 'Daily user sending limit exceeded',
  severity: 'high',
  summary:
    'The account has sent more messages, or to more recipients, in the last 24 hours than Gmail allows, so every further send is refused until older sends age out of the rolling window. Stop sending from the account and move volume elsewhere.',
  whatYouSee: [
    '550-5.4.5 Daily user sending limit exceeded. For more information on Gmail',
    '550-5.4.5 sending limits go to',
    '550 5.4.5  https://support.google.com/a/answer/166852 d2e1a72fcca58-4a0 - gsmtp',
    '550 5.4.5 Daily user sending quota exceeded. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Gmail caps what one account can send in a rolling 24-hour window: about 500 recipients for a free Gmail account; for a Workspace user 2,000 messages (500 on a trial account) and 10,000 recipients in total, of which at most 3,000 external recipients (addresses outside the primary domain, its aliases and alternate domains) and 3,000 unique recipients, 2,000 of them external (500 external on a trial account). The external limits are the ones an app mailing customers usually meets first. Every To, Cc and Bcc address counts as a recipient, and the unique counts take each address once a day. Once the cap is reached, every new message from that account is rejected with 550 5.4.5, whether it comes from the web UI, a phone or an SMTP client. The count includes everything the account sends, so an app, a CRM and a person sharing one mailbox exhaust it together. Google\'s published list says "Daily sending quota exceeded"; live replies say "Daily user sending limit exceeded" (older ones "Daily user sending quota exceeded"). There is no manual reset: capacity returns as the oldest sends fall outside the window, and a Workspace account can be blocked for up to 24 hours.',
  causes: [
    'A newsletter, mail merge or notification batch sent through a personal Gmail or Workspace mailbox',
    'One message with hundreds of Bcc recipients; each address counts against the limit',
    'An application looping and resending the same message',
    'Several apps and people sharing one account, together going over the cap',
    'A compromised account or leaked app password being used to send spam',
  ],
  fixes: [
    {
      title: 'Stop sending and let the window roll',
      detail:
        'Pause every sender on the account. Sending resumes gradually as sends older than 24 hours drop out; retrying early only fails again. Queue the rejected messages instead of discarding them.',
    },
    {
      title: 'Check nothing is sending behind your back',
      detail:
        'Look at the Sent folder and, for Workspace, the Email Log Search in the Admin console. If you did not send that volume, change the password, revoke app passwords at https://myaccount.google.com/apppasswords and review third-party access.',
    },
    {
      title: 'Move bulk and transactional mail to a proper sender',
      detail:
        'Send newsletters and app notifications through a transactional provider or Workspace SMTP relay (smtp-relay.gmail.com, with its own higher limits), authenticated with SPF and DKIM for your domain.',
    },
    {
      title: 'Rate-limit the application',
      detail:
        'Count messages, recipients and unique external recipients per rolling 24 hours in your app and stop at about 80% of each limit: for a paid Workspace user about 1,600 messages, 8,000 recipients, 2,400 external recipients and 1,600 unique external recipients a day (400 unique external on a trial account). Spread larger batches over several days.',
    },
  ],
  prevention:
    'Keep personal and Workspace mailboxes for people; route automated and bulk mail through a service built for volume and track recipients per day.',
  related: [
    '550-5.4.5-daily-sending-quota',
    '550-5.4.5-daily-relay-limit-user',
    '454-4.7.0-too-many-login-attempts',
    '452-4.5.3-too-many-recipients',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Wait until the rolling 24-hour window frees capacity (or move the send to another service); immediate retries fail.',
  },
  stage: 'any',
  helpUrl: 'https://support.google.com/a/answer/166852',
  signature: {
    phrases: ['daily user sending limit exceeded'],
  },
  sources: [
    'https://jams.junari.com/wiki/page/178/',
    'https://github.com/gen-smtp/gen_smtp/issues/140',
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/166852',
    'https://support.google.com/mail/answer/22839',
  ],
  checked: '2026-12-03',
};
