import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.40-dmarc-missing',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.40',
  providerText:
    "Your message was blocked because the sending domain doesn't have a DMARC record or the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record to their sending domain. See Set up DMARC. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
  fromGoogleList: true,
  title: 'Blocked because the sending domain has no DMARC record or policy',
  severity: 'high',
  summary:
    'Gmail refused the message for good because the From domain publishes no DMARC record, or one without a policy. Publish `v=DMARC1; p=none` (at least) at _dmarc of the domain, then send the message again.',
  whatYouSee: [
    "550-5.7.40 Your message was blocked because the sending domain doesn't have a DMARC record or",
    "550-5.7.40 the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email",
    '550 5.7.40 senders to add a DMARC record to their sending domain. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'The permanent form of 421 4.7.40. Google’s sender guidelines require bulk senders to publish DMARC for the sending domain; the policy may be none. Gmail found no TXT record at _dmarc of the From domain (nor of its organizational domain) or one without a p= tag, and bounced the message.',
  causes: [
    'No TXT record at _dmarc.example.com',
    'A record without p=, with a typo, or two records at the same name',
    'Bulk mail sent with a From domain you do not control',
  ],
  fixes: [
    {
      title: 'Publish a DMARC record',
      detail:
        'Add `v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com` as a TXT record at _dmarc.example.com.',
    },
    {
      title: 'Check it',
      detail:
        '`dig TXT _dmarc.example.com +short` must return exactly one record starting with `v=DMARC1;` and containing `p=`.',
    },
    {
      title: 'Send the bounced messages again',
      detail: 'Once the record is served, send the bounced messages again.',
    },
  ],
  prevention:
    'Publish DMARC with SPF and DKIM for every domain that sends bulk mail and read the aggregate reports.',
  related: [
    '421-4.7.40-dmarc-missing-rate-limited',
    '550-5.7.26-dmarc-policy',
    '421-4.7.32-from-not-aligned-rate-limited',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Not retried: the message bounced. Publish a DMARC record with a policy, confirm it is served, then send the message again.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    phrases: ["your message was blocked because the sending domain doesn't have a dmarc record"],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126#authentication',
    'https://www.rfc-editor.org/rfc/rfc7489',
    'https://github.com/sisimai/go-sisimai/issues/104',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
