import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-missing-from',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    'Messages missing a valid address in From: header, or having no From: header, are not accepted.',
  fromGoogleList: false,
  googleListRows: [
    'Messages missing a valid address in the From: header, or having no From: header, are not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
  ],
  title: 'Messages missing a valid address in the From: header are not accepted',
  severity: 'high',
  summary:
    'Gmail rejected the message because its From header is missing or does not contain a parsable email address. Make the sender set a proper From: "Name" <address@domain>.',
  whatYouSee: [
    '550 5.7.1 [203.0.113.7 14] Messages missing a valid address in From: header, or having no From: header, are not accepted. d2e1a72fcca58-4a0 - gsmtp',
    '550-5.7.1 [203.0.113.7] Messages missing a valid address in From:',
    '550 5.7.1 header, or having no From: header, are not accepted. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "Gmail needs one valid mailbox in the From header to apply DMARC and show the sender, so it rejects at the end of DATA any message whose From header is absent, empty, or unparsable. Typical triggers are display names with unquoted special characters (commas, @, brackets), encoded-word display names broken across lines, a bare name without an address, or an address with an invalid domain. It appears both for direct sends and via ESPs that pass the application's From through unchanged.",
  causes: [
    'A display name with unquoted commas, @ signs, brackets or quotes, e.g. From: Smith, John <john@example.com>',
    'A From header with only a name, or an empty address (From: <>), or a typo such as a missing domain',
    'A broken RFC 2047 encoded display name (non-ASCII names mis-encoded by the application)',
    'No From header at all because the application relied on the envelope sender',
  ],
  fixes: [
    {
      title: 'Let the library format From',
      detail:
        'Pass the name and address separately so they are quoted and encoded correctly: nodemailer `from: { name: "Smith, John", address: "john@example.com" }`; Python `formataddr(("Smith, John", "john@example.com"))`; .NET `new MailAddress("john@example.com", "Smith, John")`.',
    },
    {
      title: 'Check the raw header',
      detail:
        'Look at the sent message: the From line must contain exactly one addr-spec with a local part, @, and a real domain. Quote display names containing commas or other specials.',
    },
    {
      title: 'Always set From explicitly',
      detail:
        'Do not rely on the MTA to build From from the envelope. Set it in every template and every code path, including error and notification mails.',
    },
  ],
  prevention:
    'Validate the From value when it is configured, generate it with the mail library, and test display names with commas and non-ASCII characters.',
  related: [
    '550-5.7.1-rfc5322-noncompliant',
    '550-5.7.1-missing-message-id',
    '553-5.1.2-domain-not-found',
    '554-5.6.0-malformed',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Fix the From header; the same message will be rejected every time.',
  },
  stage: 'DATA',
  signature: {
    phrases: ['messages missing a valid address in', 'or having no from: header'],
  },
  sources: [
    'https://github.com/sendgrid/sendgrid-csharp/issues/1039',
    'https://github.com/sendgrid/docs/issues/5397',
    'https://support.google.com/a/answer/3726730',
  ],
  checked: '2026-11-23',
};
