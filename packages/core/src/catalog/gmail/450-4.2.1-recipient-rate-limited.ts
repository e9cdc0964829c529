import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '450-4.2.1-recipient-rate-limited',
  provider: 'gmail',
  replyCode: 450,
  enhancedCode: '4.2.1',
  providerText:
    'The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered. For more information, visit Limits for sending & getting mail.',
  fromGoogleList: true,
  googleListRows: [
    'The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered. Please resend your message at a later time. If the user is able to receive email at that time, your message will be delivered. For more information, go to Limits for sending & getting email.',
  ],
  title: 'Recipient is rate limited (temporary)',
  severity: 'low',
  summary:
    'Gmail is deferring new mail for this one recipient because the mailbox has hit its receiving rate. Your message waits in the queue; reduce what you send to that address and let it retry.',
  whatYouSee: [
    '450-4.2.1 The user you are trying to contact is receiving mail at a rate that',
    '450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered. For more information, please visit https://support.google.com/mail/?p=ReceivingRate d2e1a72fcca58-4a0 - gsmtp',
    'status=deferred (host gmail-smtp-in.l.google.com[192.0.2.27] said: 450-4.2.1 The user you are trying to contact is receiving mail at a rate that 450-4.2.1 prevents additional messages from being delivered. Please resend your 450-4.2.1 message at a later time. (in reply to RCPT TO command))',
  ],
  whatsHappening:
    'Gmail keeps a per-mailbox receiving rate. Once a recipient is over it, Gmail answers RCPT TO for that address with 450 4.2.1 and the ReceivingRate help link; other recipients in the same message are accepted. The 450 is temporary and your server keeps the message queued. In public reports the flood very often comes from the sender’s own systems: an error-report storm, a monitoring system, a forwarding setup that relays every message of a busy server to one Gmail address. If it goes on for long, Gmail switches to the permanent 550 5.2.1 form of the same text and the message bounces.',
  causes: [
    'An error-report or alert storm to one address (framework crash mails, cron failure mails, monitoring alerts)',
    'A server forwarding all its mail, including spam, to a single Gmail address',
    'A loop between auto-forwarding, filters or auto-replies on this and another mailbox',
    'Notifications for every event in an app sent individually to the same person',
    'Third-party floods (mail-bombing or list sign-up abuse) aimed at the recipient',
  ],
  fixes: [
    {
      title: 'Let the queue retry later',
      detail:
        'Keep the message and retry after 15 minutes or more, backing off up to a few hours. A normal MTA does this on its own; app code should requeue instead of failing the message.',
    },
    {
      title: 'Find who is flooding the mailbox',
      detail:
        'Count what your systems sent to that address in the last hour (mail logs, ESP activity). If it is yours, turn per-event mails into digests, deduplicate repeated errors, and rate-limit per recipient.',
    },
    {
      title: 'Stop forwarding everything to one Gmail address',
      detail:
        'If a server forwards a domain’s mail to Gmail, filter spam before forwarding, send digests or only the mail that matters, and remove forwarding loops. Do not plan on having Gmail fetch the mail instead: Gmail\'s POP fetching ("Check mail from other accounts") is being discontinued from January 2026. Where the volume is the problem, read that mailbox directly over IMAP (the Gmail mobile app can still add it) or move it to Gmail or Google Workspace.',
    },
    {
      title: 'Route machine mail elsewhere',
      detail:
        'Send high-volume automated mail to a Google Group, a dedicated mailbox, or an alerting or chat tool. The receiving limits of a Gmail mailbox cannot be raised.',
    },
  ],
  prevention:
    'Rate-limit automated mail per recipient, batch alerts into digests, and avoid forwarding whole domains into one Gmail inbox.',
  related: [
    '450-4.2.1-receiving-too-quickly',
    '550-5.2.1-recipient-rate-limited',
    '554-5.6.0-mail-loop',
    '421-4.7.0-unusual-rate-ip-blocked',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 900_000,
    maxDelayMs: 14_400_000,
    note: 'Keep the message queued and retry after 15 minutes or more; reduce other mail to the same address meanwhile.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/mail/?p=ReceivingRate',
  signature: {
    // Shared with 550-5.2.1-recipient-rate-limited; reply code 450 (vs 550) tells this page apart.
    phrases: ['is receiving mail at a rate that', 'prevents additional messages from being delivered'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/zone-eu/zone-mta/issues/110',
    'https://github.com/sisimai/p5-sisimai/issues/466',
    'https://support.google.com/mail/answer/175365',
    'https://www.dopstart.com/en/gmail-removing-gmailify-pop/',
  ],
  checked: '2026-12-03',
};
