import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '451-4.3.0-multiple-destination-domains',
  provider: 'gmail',
  replyCode: 451,
  enhancedCode: '4.3.0',
  providerText: 'Multiple destination domains per transaction is unsupported. Please try again.',
  fromGoogleList: true,
  googleListRows: [
    'Multiple destination domains per transaction is unsupported. Please try again. For more information, go to About SMTP error messages and review RFC 5321 specifications.',
  ],
  title: 'Multiple destination domains in one transaction',
  severity: 'low',
  summary:
    'Your server put recipients from different domains into one SMTP transaction to Google’s MX, and Google deferred the ones from the extra domains. Send one transaction per recipient domain; the deferred recipients go through on a separate retry.',
  whatYouSee: [
    '451 4.3.0 Multiple destination domains per transaction is unsupported. Please try again. d2e1a72fcca58-4a0 - gsmtp',
    'user@example.org,user@example.net: 451 4.3.0 Multiple destination domains per transaction is unsupported.',
  ],
  whatsHappening:
    'Many different domains are hosted on Google Workspace, so they share the same MX hosts (aspmx.l.google.com and its alternates). A sender that groups recipients by MX host rather than by domain opens one connection to Google and sends RCPT TO for, say, a@example.org and b@example.net in the same transaction. Google’s inbound servers take one recipient domain per transaction and answer the RCPT for the other domains with 451 4.3.0. Recipients of the first domain are accepted normally. The deferred ones succeed as soon as they are sent in their own transaction.',
  causes: [
    'A custom or embedded mail sender that batches recipients by MX host instead of by domain',
    'An app that delivers straight to recipients’ MX servers and sends one message with To and Cc across several Google-hosted domains',
    'A relay or gateway configured to send many domains to Google in one transaction (for example a shared smart host route)',
  ],
  fixes: [
    {
      title: 'One transaction per recipient domain',
      detail:
        'Group recipients by domain before opening a transaction: send MAIL FROM, the RCPT TOs for one domain, and DATA; then RSET or start a new MAIL FROM for the next domain. Connections can be reused, transactions cannot be shared.',
    },
    {
      title: 'Retry the deferred recipients',
      detail:
        'Treat the 451 per recipient: the accepted recipients are done, and the deferred ones should be retried at once in a separate transaction. Standard MTAs such as Postfix and Exim do this automatically.',
    },
    {
      title: 'Submit through a mail server instead of direct-to-MX',
      detail:
        'If app code delivers directly to MX hosts, hand the mail to a real MTA or a submission service (your own Postfix, smtp.gmail.com, the Workspace relay or an email provider), which splits recipients per domain and handles retries.',
    },
  ],
  prevention:
    'Never group recipients of different domains into one transaction, even when their MX hosts are the same, and let an MTA do direct-to-MX delivery.',
  related: ['452-4.5.3-domain-policy-size', '452-4.5.3-too-many-recipients', '451-4.5.0-protocol-violation'],
  retry: {
    kind: 'backoff',
    initialDelayMs: 1_000,
    maxDelayMs: 300_000,
    note: 'Resend the deferred recipients right away in their own transaction, one recipient domain per transaction.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    phrases: ['multiple destination domains per transaction'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://github.com/dcposch/scramble/issues/88'],
  checked: '2026-11-23',
};
