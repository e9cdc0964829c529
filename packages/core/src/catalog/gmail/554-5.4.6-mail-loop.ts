import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '554-5.4.6-mail-loop',
  provider: 'gmail',
  replyCode: 554,
  enhancedCode: '5.4.6',
  providerText: 'Message exceeded 50 hops, this may indicate an email loop.',
  fromGoogleList: true,
  title: 'Message exceeded 50 hops: email loop (5.4.6)',
  severity: 'high',
  summary:
    'The message carries more than 50 Received: headers, so Gmail stopped it as a routing loop, usually two forwarding rules that send mail back and forth. Break the loop; this copy will not be delivered.',
  whatYouSee: [
    '554-5.4.6 Message exceeded 50 hops, this may indicate an email loop.',
    '554 5.4.6 d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Each server that relays a message adds a Received: header (RFC 5321 section 6.3 asks servers to detect loops by counting them). When Gmail sees more than 50, it refuses the message with 554 5.4.6, the RFC 3463 code for a routing loop. The usual loop is forwarding: a Gmail or Workspace address forwards to an outside mailbox that forwards back (or to an alias of the first), or a routing rule, group or catch-all sends mail to a server that hands it back. Google’s older list wrote this row as 554 5.6.0 “a mail loop”; the current list uses 5.4.6 and “an email loop”. The looping copy is dropped for good.',
  causes: [
    'Two mailboxes forwarding to each other (directly or through an alias, group or catch-all)',
    'A Workspace routing rule or split delivery sending mail to a server that routes it back to Google',
    'An MX or smarthost misconfiguration that relays mail for a domain back to itself',
  ],
  fixes: [
    {
      title: 'Find the loop in the Received: headers',
      detail:
        'Open the bounced copy’s headers (Show original) and read the Received: lines from bottom to top; the hosts that repeat are the loop.',
    },
    {
      title: 'Remove one leg of the forwarding',
      detail:
        'Turn off the forward or filter on one side (Gmail: Settings → Forwarding and POP/IMAP; Workspace: Admin console routing, default routing and groups).',
    },
    {
      title: 'Fix routing for the domain',
      detail:
        'Make sure the domain’s MX and any smarthost or split-delivery route end at the mailbox server, not back at Google.',
    },
  ],
  prevention:
    'Before adding forwarding or routing rules, check where the target sends its own mail; avoid forwarding between two addresses that both forward.',
  related: ['554-5.6.0-mail-loop', '550-5.7.1-policy-prohibited', '550-5.1.1-no-such-user'],
  retry: {
    kind: 'never',
    note: 'This copy has already looped; resending it loops again. Break the loop, then send a new message.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=MailLoop',
  signature: {
    phrases: ['message exceeded 50 hops', 'this may indicate an email loop'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://www.rfc-editor.org/rfc/rfc5321#section-6.3',
    'https://www.rfc-editor.org/rfc/rfc3463#section-3.5',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
