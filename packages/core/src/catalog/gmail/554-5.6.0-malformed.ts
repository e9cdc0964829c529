import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '554-5.6.0-malformed',
  provider: 'gmail',
  replyCode: 554,
  enhancedCode: '5.6.0',
  providerText: 'Mail message is malformed. Not accepted.',
  fromGoogleList: true,
  googleListRows: [
    'Email message is malformed. Not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
  ],
  title: 'Mail message is malformed. Not accepted.',
  severity: 'medium',
  summary:
    'Gmail could not parse the message you sent after DATA: broken MIME structure, bad header syntax, bare line endings or invalid bytes. Fix how the message is built, usually by using a proper MIME library instead of hand-built strings.',
  whatYouSee: [
    '554 5.6.0 Mail message is malformed. Not accepted.',
    '554-5.6.0 Mail message is malformed. Not accepted. For more information, go to',
    '554 5.6.0 https://support.google.com/mail/?p=RfcMessageNonCompliant d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'The SMTP conversation itself was fine, but the content sent after DATA is not a valid RFC 5322 / MIME message as far as Gmail is concerned, so it rejected it at the final dot. Typical culprits are hand-assembled messages: missing blank line between headers and body, multipart boundaries that do not match the Content-Type, header lines folded incorrectly, raw 8-bit or NUL bytes, or bare LF line endings. Gmail reports more specific header problems (duplicate From, missing Message-ID) with separate 550 5.7.1 messages.',
  causes: [
    'Headers and body built by string concatenation, missing the empty line that ends the headers or using bare \\n instead of CRLF',
    'Multipart boundary in the body that does not match the boundary in Content-Type, or a missing closing boundary',
    'Header injection: a newline inside a Subject, name or address from user input splitting the headers',
    'Raw 8-bit or binary data (NUL bytes) in the body without proper Content-Transfer-Encoding',
    'A relay or filter rewriting the message and corrupting its MIME structure',
  ],
  fixes: [
    {
      title: 'Build messages with a MIME library',
      detail:
        "Use the library's message builder rather than raw strings: nodemailer message fields, Python `email.message.EmailMessage` with `smtplib.send_message()`, PHPMailer, JavaMail `MimeMessage`. They handle boundaries, encodings and CRLF.",
    },
    {
      title: 'Inspect the raw message',
      detail:
        'Dump exactly what is sent after DATA (nodemailer `logger: true, debug: true`; Python `smtplib.SMTP.set_debuglevel(1)`) and check: CRLF line endings, a blank line after headers, matching boundaries, a closing `--boundary--`, and no line longer than 998 characters.',
    },
    {
      title: 'Sanitise header input',
      detail:
        'Strip CR and LF from any user-supplied value that goes into a header (name, subject, reply-to) and encode non-ASCII text with RFC 2047 encoded-words via the library.',
    },
    {
      title: 'Encode binary content',
      detail:
        'Send attachments and non-ASCII bodies as base64 or quoted-printable; never put raw binary data in the message body.',
    },
  ],
  prevention:
    'Generate all mail through a maintained MIME library, validate untrusted header values, and keep a test that sends each template to a Gmail test account.',
  related: [
    '550-5.7.1-rfc5322-noncompliant',
    '550-5.7.1-missing-message-id',
    '550-5.7.1-missing-from',
    '552-5.2.3-message-too-large',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same bytes will be rejected again; fix how the message is generated.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=RfcMessageNonCompliant',
  signature: {
    phrases: ['mail message is malformed'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://github.com/sisimai/rb-sisimai'],
  checked: '2026-11-23',
};
