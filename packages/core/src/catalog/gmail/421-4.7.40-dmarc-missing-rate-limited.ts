import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.40-dmarc-missing-rate-limited',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.40',
  providerText:
    "Your email has been rate limited because the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record to their sending domain. See Set up DMARC. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
  fromGoogleList: true,
  title: 'Rate limited because the sending domain has no DMARC record or policy',
  severity: 'high',
  summary:
    'Gmail is deferring bulk mail because the From domain publishes no DMARC record, or one without a policy (p=). Publish `v=DMARC1; p=none` (at least) at _dmarc of the domain; resends are deferred until it exists.',
  whatYouSee: [
    "421-4.7.40 Your email has been rate limited because the sending domain doesn't have a DMARC",
    "421-4.7.40 record, or the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk",
    '421 4.7.40 email senders to add a DMARC record to their sending domain. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Google’s sender guidelines require bulk senders (close to 5,000 or more messages a day to personal Gmail accounts, counted over the whole primary domain) to publish DMARC for the From domain; the policy may be none. Gmail looks up the TXT record at _dmarc of the From domain (and, failing that, of its organizational domain, as RFC 7489 describes) and defers the message when there is none or it has no p= tag. The code arrived in Google’s list in 2025; the permanent form is 550 5.7.40. Nothing about the message changes on a resend, so it is deferred again until the record is published.',
  causes: [
    'No TXT record at _dmarc.example.com (nor at the organizational domain for a subdomain sender)',
    'A record without the required p= tag, or with a typo that makes it invalid (v=DMARC1 must come first)',
    'More than one DMARC record at the same name, which makes both invalid',
    'Mail sent with a From domain you do not control (a freemail address or a customer domain) through your bulk system',
  ],
  fixes: [
    {
      title: 'Publish a DMARC record',
      detail:
        'Add a TXT record at _dmarc.example.com: `v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com`. p=none satisfies Gmail’s requirement; the reports show who sends as the domain before you move to quarantine or reject.',
    },
    {
      title: 'Check it is served and valid',
      detail:
        '`dig TXT _dmarc.example.com +short` must return exactly one record starting with `v=DMARC1;` and containing `p=`.',
    },
    {
      title: 'Make SPF or DKIM align with From',
      detail:
        'DMARC passes only when SPF or DKIM passes for a domain that aligns with the From domain: sign with DKIM as the From domain (d=example.com) or use a Return-Path on it.',
    },
    {
      title: 'Send only from domains you control',
      detail: 'Bulk mail must carry a From address on a domain where you can publish DMARC.',
    },
  ],
  prevention:
    'Publish DMARC with SPF and DKIM for every domain and subdomain that sends bulk mail, and monitor the aggregate reports before tightening the policy.',
  related: [
    '550-5.7.40-dmarc-missing',
    '550-5.7.26-dmarc-policy',
    '421-4.7.0-spf-and-dkim-fail',
    '421-4.7.27-spf-not-pass-rate-limited',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Waiting alone will not help: a resend from the same From domain is deferred again. Publish a DMARC record with a policy, confirm it is served, then resend.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    phrases: ["the sending domain doesn't have a dmarc record"],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126#authentication',
    'https://support.google.com/a/answer/14229414',
    'https://www.rfc-editor.org/rfc/rfc7489#section-6.6.3',
    'https://github.com/sisimai/go-sisimai/issues/104',
  ],
  checked: '2026-12-03',
};
