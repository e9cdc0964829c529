import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '555-5.5.2-syntax-error',
  provider: 'gmail',
  replyCode: 555,
  enhancedCode: '5.5.2',
  providerText: 'Syntax error.',
  fromGoogleList: true,
  googleListRows: [
    'Syntax error, goodbye. For more information, go to About SMTP error messages and review RFC 5321 specifications.',
    'Syntax error. For more information, go to About SMTP error messages and review RFC 5321 specifications.',
  ],
  title: 'Syntax error in MAIL FROM / RCPT TO',
  severity: 'medium',
  summary:
    'Gmail could not parse the address or a parameter on MAIL FROM or RCPT TO, most often because a display name ("Name <addr>") or stray characters ended up in the envelope address. Pass a bare address to the envelope and keep the name for the From: header.',
  whatYouSee: [
    '555 5.5.2 Syntax error. d2e1a72fcca58-4a0 - gsmtp',
    '555-5.5.2 Syntax error, cannot decode response. For more information, go to',
    '555-5.5.2 https://support.google.com/a/answer/3221692 and review RFC 5321',
    '555 5.5.2 specifications. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "RFC 5321 reserves 555 for 'MAIL FROM/RCPT TO parameters not recognized or not implemented'. The envelope commands must carry a plain address in angle brackets, optionally followed by ESMTP parameters Gmail supports. When the client sends `MAIL FROM:<\"App\" <noreply@example.com>>`, an address with spaces, quotes or a trailing newline, or a parameter Gmail does not understand, Gmail answers 555 5.5.2. Newer replies add 'cannot decode response' and a link to the SMTP error overview; the 501 5.5.2 'Cannot Decode response' at AUTH is a different problem (bad base64 in the login).",
  causes: [
    'The envelope sender set to a formatted address with a display name: curl `--mail-from \'"App" <a@example.com>\'`, Go `smtp.SendMail(from="App <a@example.com>")`, JavaMail `mail.smtp.from`, gophish sending profile',
    'Whitespace, quotes, a trailing CR/LF or invisible characters in the address read from config or an environment variable',
    'An unsupported or malformed ESMTP parameter on MAIL FROM or RCPT TO',
    'A non-ASCII (internationalised) address sent without using SMTPUTF8 correctly',
    'Double angle brackets or an empty recipient produced by bad address parsing',
  ],
  fixes: [
    {
      title: 'Use a bare address for the envelope',
      detail:
        'Give the SMTP envelope only `a@example.com`; put the display name in the From: header. curl: `--mail-from a@example.com` and `From: "App" <a@example.com>` in the message. Go: pass the bare address to `smtp.SendMail`. Spring/JavaMail: set `spring.mail.username` as the sender and use `setFrom(address, personal)` for the name.',
    },
    {
      title: 'Trim and validate addresses',
      detail:
        'Strip whitespace and CR/LF from configured addresses (`.trim()`), and check that each envelope address matches a plain `local@domain` pattern before sending.',
    },
    {
      title: 'Look at the exact command sent',
      detail:
        'Enable protocol logging (nodemailer `logger: true, debug: true`, Python `set_debuglevel(1)`, curl `-v`) and read the MAIL FROM and RCPT TO lines that precede the 555; the problem is usually visible there.',
    },
  ],
  prevention:
    'Keep envelope addresses and header addresses separate in code and configuration, and validate configured sender addresses at startup.',
  related: [
    '501-5.5.2-cannot-decode-response',
    '553-5.1.2-domain-not-found',
    '501-5.5.4-invalid-helo-argument',
    '502-5.5.1-unrecognized-command',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same command will fail every time; fix the envelope address or parameter first.',
  },
  stage: 'MAIL',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  // Google's text is only 'Syntax error.'; the 555 reply code and 5.5.2 enhanced code are what identify this entry (the 501 5.5.2 'cannot decode response' page covers the AUTH case).
  signature: {
    phrases: ['syntax error'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/gophish/gophish/issues/2662',
    'https://github.com/floatpane/matcha/pull/1496',
    'https://github.com/ophrescue/RescueRails/issues/260',
  ],
  checked: '2026-11-23',
};
