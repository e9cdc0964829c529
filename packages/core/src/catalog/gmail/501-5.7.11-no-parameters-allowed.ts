import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '501-5.7.11-no-parameters-allowed',
  provider: 'gmail',
  replyCode: 501,
  enhancedCode: '5.7.11',
  providerText:
    'Syntax error (no parameters allowed). For more information, go to About SMTP error messages and review RFC 3207 specifications.',
  fromGoogleList: true,
  title: 'Syntax error (no parameters allowed) on STARTTLS',
  severity: 'medium',
  summary:
    'The client sent STARTTLS with something after it on the line; RFC 3207 allows no parameters. Send the bare command `STARTTLS`; this is a client bug and repeats on every attempt.',
  whatYouSee: ['501-5.7.11 Syntax error (no parameters allowed).', '501 5.7.11 d2e1a72fcca58-4a0 - gsmtp'],
  whatsHappening:
    'RFC 3207 defines STARTTLS without parameters (`STARTTLS` CRLF) and says a server answers a STARTTLS with parameters with 501 “Syntax error (no parameters allowed)”. Google’s list gives the row the enhanced code 5.7.11 and points to RFC 3207. Clients produce it when they add arguments to the command, when a line ending is wrong so that the next command runs into the same line, or when a hand-written client sends `STARTTLS TLS`.',
  causes: [
    'A hand-written client that sends STARTTLS with an argument',
    'Wrong line endings (a bare LF), so the command and the next text arrive on one line',
    'A proxy that rewrites the STARTTLS command',
  ],
  fixes: [
    {
      title: 'Send the bare command',
      detail:
        'Send exactly `STARTTLS` followed by CRLF, wait for 220, then start TLS. Check the transcript (nodemailer `logger: true, debug: true`, smtplib `set_debuglevel(1)`).',
    },
    {
      title: 'Use a maintained library or implicit TLS',
      detail:
        'Let nodemailer, smtplib or PHPMailer handle STARTTLS, or connect to port 465 with TLS from the start.',
    },
  ],
  prevention: 'Do not hand-roll SMTP commands; test the client against a local server with a transcript.',
  related: ['523-5.7.10-pipelining-after-starttls', '454-5.5.1-starttls-repeated', '555-5.5.2-syntax-error'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same client sends the same command again; fix the STARTTLS line, then retry.',
  },
  stage: 'STARTTLS',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    phrases: ['syntax error (no parameters allowed)'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://www.rfc-editor.org/rfc/rfc3207#section-4',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
