import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '553-5.1.7-invalid-sender-address',
  provider: 'gmail',
  replyCode: 553,
  enhancedCode: '5.1.7',
  providerText:
    'The sender address address is not a valid RFC 5321 address. For more information, go to About SMTP error messages and review RFC 5321 specifications.',
  fromGoogleList: true,
  title: 'The sender address is not a valid RFC 5321 address',
  severity: 'medium',
  summary:
    'Gmail refused MAIL FROM because the envelope sender is not a bare `local-part@domain`: a display name, quotes, spaces or an empty placeholder was sent. Send only the address; nothing in this session goes out until it is fixed.',
  whatYouSee: [
    '553-5.1.7 The sender address <"Shop" <shop@example.com>> is not a valid RFC 5321',
    '553 5.1.7 address. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'RFC 5321 (section 4.1.2) allows only a mailbox (`local-part@domain`) or the null path `<>` in `MAIL FROM:<…>`. When the client puts a display name, a quoted full From: header, several addresses, stray whitespace or an unfilled template value there, Gmail answers 553 5.1.7 (“bad sender’s mailbox address syntax” in RFC 3463) and the transaction does not start. It is the sender-side twin of 553 5.1.3 for recipients. Every message sent with the same setting fails the same way, so it is a configuration fix, not a wait.',
  causes: [
    'The From header (`"Name" <a@example.com>`) passed where the library expects the envelope sender',
    'An environment variable or setting for the sender left empty, quoted twice, or with trailing spaces',
    'A non-ASCII or otherwise invalid local part without SMTPUTF8',
  ],
  fixes: [
    {
      title: 'Set the envelope sender to the bare address',
      detail:
        'nodemailer: `envelope: { from: "a@example.com" }` or a `from` the library can parse; PHPMailer: `$mail->Sender = "a@example.com"`; smtplib: `sendmail("a@example.com", …)`. Keep the display name for the From: header only.',
    },
    {
      title: 'Check the configured value',
      detail:
        'Print (masked) the value your app uses for the sender and strip quotes, brackets and whitespace; a placeholder such as `<email>` from a template shows up here.',
    },
  ],
  prevention:
    'Validate the sender address once at start-up, and pass envelope sender and From header separately.',
  related: ['553-5.1.3-invalid-rfc5321-address', '555-5.5.2-syntax-error', '550-5.7.1-missing-from'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Resending with the same sender setting will not help; fix the envelope sender, then send again.',
  },
  stage: 'MAIL',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    // Shared with 553-5.1.3 (the recipient twin); the enhanced code tells them apart.
    phrases: ['is not a valid rfc 5321 address'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.2',
    'https://www.rfc-editor.org/rfc/rfc3463#section-3.2',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
