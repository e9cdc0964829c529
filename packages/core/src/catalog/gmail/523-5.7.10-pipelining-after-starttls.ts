import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '523-5.7.10-pipelining-after-starttls',
  provider: 'gmail',
  replyCode: 523,
  enhancedCode: '5.7.10',
  providerText:
    'SMTP protocol violation, no commands allowed to pipeline after STARTTLS. For more information, go to About SMTP error messages and review RFC 3207 specifications.',
  fromGoogleList: true,
  title: 'No commands allowed to pipeline after STARTTLS (523 5.7.10)',
  severity: 'medium',
  summary:
    'The client sent more commands in the same write as STARTTLS, before the TLS handshake, and Gmail refused them. Send STARTTLS alone, wait for 220, finish TLS, then send EHLO again; the same client repeats the fault on every attempt.',
  whatYouSee: [
    '523-5.7.10 SMTP protocol violation, no commands allowed to pipeline after STARTTLS.',
    '523 5.7.10 d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'RFC 3207 (section 4 and its security considerations) requires STARTTLS to be the last command of a pipelined group: the client waits for “220 Ready to start TLS”, does the handshake, and starts over with EHLO over TLS. Commands that arrive in the same write as STARTTLS were sent in plain text and must not be run as if they came over TLS (the STARTTLS command-injection attack). Google’s current list words this refusal with 523 5.7.10; its older list had 454 4.5.0 with the same text. Whatever the code, it is a client bug: the same client does the same thing on every retry.',
  causes: [
    'Hand-written socket code that writes STARTTLS and EHLO in one write',
    'A library that pipelines every command once PIPELINING is advertised, STARTTLS included (old or buggy versions)',
    'A proxy or middlebox that buffers client commands and releases them together',
  ],
  fixes: [
    {
      title: 'Send STARTTLS on its own',
      detail:
        'Write `STARTTLS\\r\\n`, read the reply, and only on 220 start the TLS handshake; discard anything left in the read buffer, then send EHLO again over TLS.',
    },
    {
      title: 'Use a maintained SMTP library or implicit TLS',
      detail:
        'nodemailer, smtplib, PHPMailer and MailKit do the sequence correctly; or connect to port 465 with TLS from the first byte and skip STARTTLS.',
    },
  ],
  prevention:
    'Leave the switch to TLS to a maintained SMTP library, or to implicit TLS on port 465, rather than writing the STARTTLS exchange yourself.',
  related: [
    '454-4.5.0-pipelining-after-starttls',
    '501-5.7.11-no-parameters-allowed',
    '454-5.5.1-starttls-repeated',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same client breaks the same rule on every resend; correct how it starts TLS first, then send the message again.',
  },
  stage: 'STARTTLS',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    // Shared with 454-4.5.0 (the older code for the same refusal); the codes tell them apart.
    phrases: ['no commands allowed to pipeline after starttls'],
  },
  sources: [
    // The rule first (RFC 3207), then Google's list that gives this code for breaking it.
    'https://www.rfc-editor.org/rfc/rfc3207#section-4',
    'https://www.rfc-editor.org/rfc/rfc3207#section-6',
    'https://support.google.com/a/answer/3726730',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
