import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '554-5.7.0-header-error',
  provider: 'gmail',
  replyCode: 554,
  enhancedCode: '5.7.0',
  providerText: '554 5.7.0 Header error',
  fromGoogleList: false,
  title: "Header error: the recipient's server rejected the message headers",
  severity: 'medium',
  summary:
    "The receiving server (quoted in Gmail's notice, or in your relay's bounce) refused the message because of its headers: a malformed or duplicated header, a bad date, an invalid address in From/To, or an oversized header block. Fix the headers your software writes.",
  whatYouSee: ['The error that the other server returned was:', '554 554 5.7.0 Header error (state 18).'],
  whatsHappening:
    'After the DATA command the receiving server parsed the message headers and refused them. Gmail reports the other server\'s words after "The error that the other server returned was:" (with its own `(state 18)`, the step of the SMTP session). "Header error" is the receiving product\'s generic verdict; the usual triggers are headers that break RFC 5322: a missing or duplicated Date or From, non-ASCII bytes in an unencoded header, an invalid address, very long unfolded lines, or a header block over the server\'s limit.',
  causes: [
    'A header with raw non-ASCII text that is not RFC 2047 encoded',
    'Duplicated single-occurrence headers (two From, two Subject, two Date)',
    'An invalid or empty address in From, To, Cc or Reply-To',
    'Header lines longer than 998 characters, or a very large header block (long References chains)',
  ],
  fixes: [
    {
      title: 'Inspect the raw headers',
      detail:
        'Open the bounced message\'s original ("Show original") and check each header against RFC 5322: one Date, one From, valid addresses, no 8-bit bytes.',
    },
    {
      title: 'Let the mail library write the headers',
      detail:
        'Pass names and subjects as values to nodemailer (or your library) instead of writing header strings by hand, so they are encoded and folded.',
    },
  ],
  prevention:
    'Generate headers with a mail library and test new templates against a strict receiver before bulk sends.',
  related: ['550-5.7.1-rfc5322-noncompliant', '554-5.6.0-malformed', '550-5.7.1-multiple-from-addresses'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same headers are rejected again; fix them first.',
  },
  stage: 'DATA',
  signature: {
    phrases: ['header error'],
  },
  sources: ['https://github.com/sisimai/rb-sisimai', 'https://www.rfc-editor.org/rfc/rfc5322'],
  checked: '2026-12-03',
};
