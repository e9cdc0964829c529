import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '553-5.1.3-invalid-rfc5321-address',
  provider: 'gmail',
  replyCode: 553,
  enhancedCode: '5.1.3',
  providerText: 'The recipient address <address> is not a valid RFC 5321 address.',
  fromGoogleList: false,
  googleListRows: [
    'The recipient address address is not a valid RFC 5321 address. For more information, go to About SMTP error messages and review RFC 5321 specifications.',
  ],
  title: 'The recipient address is not a valid RFC 5321 address',
  severity: 'medium',
  summary:
    'Gmail rejected a recipient at RCPT TO because the address is not syntactically valid for SMTP: a display name, a list, stray quotes or brackets, spaces, or an empty address was sent as the envelope recipient. Send only the bare address; this message cannot succeed to that address as written.',
  whatYouSee: [
    '553-5.1.3 The recipient address <email> is not a valid RFC-5321 address. Learn more at 553 5.1.3 https://support.google.com/mail/answer/6596 d2e1a72fcca58-4a0 - gsmtp',
    "{'email': (553, b'5.1.3 The recipient address <email> is not a valid RFC-5321 address. Learn\\n5.1.3 more at\\n5.1.3  https://support.google.com/mail/answer/6596 g1sm1186255pfu.73 - gsmtp')}",
    '< 553 5.1.3 The recipient address <[abc]@example.com,[cde]@example.com> is not a valid RFC 5321 address.',
  ],
  whatsHappening:
    "RFC 5321 allows only `local-part@domain` in `RCPT TO:<…>`. When the client puts something else there (`Name <a@b.com>`, two addresses joined by a comma, quotes copied from a spreadsheet, a trailing space or dot, or nothing at all), Gmail answers 553 5.1.3 for that recipient. Other recipients of the same message may be accepted. Gmail's wording has changed over time (`RFC-5321`, `RFC 5321`).",
  causes: [
    'A display name or angle brackets passed as the address (`"Name" <a@b.com>` as one string to an API that expects a bare address)',
    'Several addresses in one string separated by commas or semicolons',
    'Invisible characters, quotes, spaces or a trailing dot from copied data',
    'An empty or placeholder value (`<email>`) from a template or form',
  ],
  fixes: [
    {
      title: 'Send the bare address',
      detail:
        'Give the library each recipient separately and without display name, or use its address object (nodemailer `{ name, address }`, Python `email.utils.parseaddr`).',
    },
    {
      title: 'Validate and clean input',
      detail:
        'Trim, remove quotes and invisible characters, split lists, and reject values that do not parse as one address before sending.',
    },
    {
      title: 'Drop or fix the bad row',
      detail: 'Retrying the same string always fails; correct it at the source.',
    },
  ],
  prevention: 'Parse and validate recipient addresses where they enter the system, one address per field.',
  related: ['550-5.1.1-no-such-user', '553-5.1.2-domain-not-found', '555-5.5.2-syntax-error'],
  retry: {
    kind: 'never',
    note: 'The address as written can never be accepted; correct it and send again.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/mail/answer/6596',
  signature: {
    phrases: [
      'is not a valid rfc-5321 address',
      'is not a valid rfc 5321 address',
      'not a valid rfc-5321',
      'not a valid rfc 5321',
    ],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/datawookie/emayili/issues/72',
    'https://github.com/dart-lang/pub-dev/issues/8403',
    'https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/283',
    'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.2',
  ],
  checked: '2026-12-03',
};
