import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-multiple-from-addresses',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText: 'Messages with multiple addresses in From: header are not accepted.',
  fromGoogleList: false,
  googleListRows: [
    'Messages with multiple addresses in the From: header are not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
  ],
  title: 'Messages with multiple addresses in the From: header are not accepted',
  severity: 'medium',
  summary:
    'Gmail rejects messages whose From header lists more than one address. Put exactly one address in From; use Reply-To or Cc for the others.',
  whatYouSee: [
    '550 5.7.1 [203.0.113.7 13] Messages with multiple addresses in From: header are not accepted. d2e1a72fcca58-4a0 - gsmtp',
    'host gmail-smtp-in.l.google.com[192.0.2.27] said: 550 5.7.1 [2001:db8::25 13] Messages with multiple addresses in From: header are not accepted. d2e1a72fcca58-4a0 - gsmtp (in reply to end of DATA command)',
  ],
  whatsHappening:
    'RFC 5322 technically allows several mailboxes in From if a single Sender header is present, but Gmail does not accept it: DMARC needs exactly one author domain to check. The message is refused at the end of DATA with 550 5.7.1. It typically comes from forms and plugins that put a comma-separated list (for example "all admins") into the From field, or from code that joins several addresses into the sender.',
  causes: [
    'A notification or form plugin that uses a list of admin addresses as the From value',
    'Code that joins several addresses with commas into From instead of To or Reply-To',
    'A display name containing an unquoted comma, which parsers read as two addresses',
  ],
  fixes: [
    {
      title: 'Use exactly one From address',
      detail:
        'Set From to a single mailbox on your own authenticated domain, e.g. `From: "Site Notifications" <noreply@example.com>`.',
    },
    {
      title: 'Move the other addresses',
      detail: 'Put extra recipients in To or Cc, and the people who should receive replies in Reply-To.',
    },
    {
      title: 'Quote display names',
      detail:
        'If the display name contains a comma, quote it ("Smith, John" <john@example.com>) or pass name and address separately to the mail library so it quotes them.',
    },
  ],
  prevention: 'Validate that the configured sender is a single address before saving settings or sending.',
  related: ['550-5.7.1-missing-from', '550-5.7.1-rfc5322-noncompliant', '550-5.7.26-dmarc-policy'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The message will be rejected until its From header contains a single address.',
  },
  stage: 'DATA',
  signature: {
    phrases: ['multiple addresses in from', 'multiple addresses in the from: header'],
  },
  sources: [
    'https://github.com/sisimai/p5-sisimai/issues/502',
    'https://github.com/sisimai/rb-sisimai/issues/264',
    'https://support.google.com/a/answer/3726730',
  ],
  checked: '2026-11-23',
};
