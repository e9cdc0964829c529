import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '503-5.5.1-no-data-after-bdat',
  provider: 'gmail',
  replyCode: 503,
  enhancedCode: '5.5.1',
  providerText:
    'No DATA after BDAT. An email transaction protocol command was issued out of sequence. For more information, go to About SMTP error messages and review RFC 3030 specifications.',
  fromGoogleList: true,
  title: 'No DATA after BDAT (mixing CHUNKING and DATA)',
  severity: 'medium',
  summary:
    'The client started the message body with BDAT (CHUNKING) and then sent DATA in the same transaction, which RFC 3030 forbids. Send the body with one of the two only; this is a client bug, not a problem with the message.',
  whatYouSee: [
    '503-5.5.1 No DATA after BDAT. An email transaction protocol command was issued',
    '503 5.5.1 out of sequence. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Gmail offers the CHUNKING extension (RFC 3030): a client may send the body in BDAT chunks instead of DATA. RFC 3030 section 2 says DATA and BDAT cannot be used in the same transaction, and a DATA after a BDAT must be answered 503 “Bad sequence of commands”. Gmail answers it 503 5.5.1 “No DATA after BDAT.” It shows a client or proxy that switches from BDAT to DATA part-way, typically a retry path that falls back to DATA after a failed chunk without RSET, or two layers (a library and a filtering proxy) each choosing a different command. Resending through the same code path fails the same way.',
  causes: [
    'A client that falls back from BDAT to DATA within one transaction after an error, without RSET',
    'A proxy or security appliance that rewrites or splits the body transfer commands',
    'A hand-written SMTP client that sends BDAT chunks and then DATA for the same message',
  ],
  fixes: [
    {
      title: 'Send RSET before switching methods',
      detail: 'After a failed BDAT, start a new transaction (RSET, MAIL FROM, RCPT TO) before trying DATA.',
    },
    {
      title: 'Turn CHUNKING off in the client if it is buggy',
      detail:
        'Most libraries use DATA unless told otherwise; where BDAT is optional (MailKit: remove `SmtpCapabilities.Chunking` from `client.Capabilities`), switch it off and send with DATA only.',
    },
    {
      title: 'Look for a proxy in the path',
      detail:
        'Compare a session transcript taken at the client with what the server logged; an appliance that inspects SMTP may be the one mixing commands.',
    },
  ],
  prevention:
    'Use a maintained SMTP library and test its fallback paths; never mix BDAT and DATA in one transaction.',
  related: ['503-5.5.1-rcpt-first', '503-5.5.1-mail-first', '454-4.5.0-pipelining-after-starttls'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Resending through the same client path fails the same way; fix the client (RSET before DATA, or DATA only), then send.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    phrases: [
      'no data after bdat',
      'no data after bdat. an email transaction protocol command was issued out of sequence',
    ],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://www.rfc-editor.org/rfc/rfc3030#section-2',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
