import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '554-5.6.0-mail-loop',
  provider: 'gmail',
  replyCode: 554,
  enhancedCode: '5.6.0',
  providerText: 'Message exceeded 50 hops, this may indicate a mail loop.',
  fromGoogleList: true,
  title: 'Message exceeded 50 hops: mail loop',
  severity: 'high',
  summary:
    'The message has passed through more than 50 mail servers (Received: headers), which almost always means two systems keep forwarding it to each other. Break the forwarding or routing loop.',
  whatYouSee: [
    '554-5.6.0 Message exceeded 50 hops, this may indicate a mail loop. Learn more at',
    '554 5.6.0 https://support.google.com/mail/answer/6598 d2e1a72fcca58-4a0 - gsmtp',
    '554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop. For more information, go to https://support.google.com/mail/?p=MailLoop',
  ],
  whatsHappening:
    'Every server that handles a message adds a Received: header. Gmail counts them and refuses a message that already has more than 50, because that pattern means the message is going round in circles: A forwards to B, B forwards back to A, and so on. The loop is in routing or forwarding configuration, not in the message. Newer replies carry 5.4.6 instead of 5.6.0.',
  causes: [
    'Two mailboxes forwarding to each other (Gmail auto-forward to another provider that forwards back to Gmail)',
    'A catch-all or alias on your server that forwards to a Gmail address which forwards back to the same domain',
    'Workspace routing (split or dual delivery) sending mail to an on-premises server whose MX or smarthost points back at Google',
    'An MX record or smarthost pointing at the wrong server during a migration',
    'A mailing list subscribed to itself or to another list that includes it',
  ],
  fixes: [
    {
      title: 'Read the Received: chain',
      detail:
        "Open the bounced copy (or 'Show original') and read the Received: headers from the bottom up; the two or three hostnames that repeat are the loop.",
    },
    {
      title: 'Break forwarding between the mailboxes',
      detail:
        "Turn off one side's auto-forward (Gmail: Settings > Forwarding and POP/IMAP) or the filter that forwards, or forward to an address that does not route back.",
    },
    {
      title: 'Fix Workspace routing and MX',
      detail:
        "For split or dual delivery, make the secondary server deliver mail for your domain locally (or to a distinct routing subdomain) instead of back to Google's MX; check routes under Apps > Google Workspace > Gmail > Routing and Hosts.",
    },
    {
      title: 'Check the MTA for self-relay',
      detail:
        'On Postfix/Exim, ensure the domain is in `mydestination` or virtual domains if the server should deliver it, and that the relayhost is not the server itself.',
    },
  ],
  prevention:
    'Document forwarding and routing paths per domain, avoid reciprocal forwarding, and test routing changes with a single test message before a migration.',
  related: ['554-5.6.0-malformed', '550-5.7.26-dmarc-policy', '450-4.2.1-receiving-too-quickly'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The looping message will keep bouncing; fix the forwarding or routing, then resend from the original sender.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=MailLoop',
  signature: {
    phrases: ['message exceeded 50 hops', 'this may indicate a mail loop'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://github.com/haraka/Haraka/issues/1095'],
  checked: '2026-11-23',
};
