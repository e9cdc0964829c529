import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.30-dkim-not-pass',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.30',
  providerText:
    "This message was blocked because it didn't pass DKIM authentication. Gmail requires bulk email senders to authenticate their email with DKIM. Authentication results: DKIM = did not pass To set up DKIM for your sending domains, visit Set up DKIM. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
  fromGoogleList: true,
  title: "Blocked because DKIM didn't pass",
  severity: 'high',
  summary:
    'Gmail refused the message for good because it carried no DKIM signature that verifies, which Gmail requires of bulk senders. Turn on DKIM signing and publish the key, then send the message again.',
  whatYouSee: [
    "550-5.7.30 This message was blocked because it didn't pass DKIM authentication. Gmail",
    '550-5.7.30 requires bulk email senders to authenticate their email with DKIM.',
    '550 5.7.30 Authentication results: DKIM = did not pass d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'The permanent form of 421 4.7.30. Google’s sender guidelines require bulk senders to sign with DKIM, with a key of at least 1024 bits (2048 recommended). Gmail found no DKIM signature on the message, or none that verifies (key missing from DNS, message changed after signing), and bounced it.',
  causes: [
    'DKIM signing not turned on for the domain or for the service that sent the message',
    'The public key not published, or under another selector than the signature names',
    'A gateway that changed the message after signing (footer, rewritten links or Subject)',
    'A key shorter than 1024 bits',
  ],
  fixes: [
    {
      title: 'Turn on DKIM signing',
      detail:
        'Google Workspace: Admin console > Apps > Google Workspace > Gmail > Authenticate email (2048-bit key). ESPs: their domain authentication. Own MTA: OpenDKIM.',
    },
    {
      title: 'Check the key',
      detail:
        'Look up `dig TXT selector._domainkey.example.com +short` with the s= and d= of the signature; it must return the public key.',
    },
    {
      title: 'Send the bounced messages again',
      detail: 'Once a test message shows DKIM PASS in Show original, send the bounced messages again.',
    },
  ],
  prevention:
    'Sign all mail with DKIM for the From domain and make signing the last step before mail leaves.',
  related: [
    '421-4.7.30-dkim-not-pass-rate-limited',
    '550-5.7.26-sender-unauthenticated',
    '550-5.7.27-spf-not-pass',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Not retried: the message bounced. Make DKIM pass, confirm it on a test message, then send the message again.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    phrases: ["blocked because it didn't pass dkim authentication"],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126#authentication',
    'https://www.rfc-editor.org/rfc/rfc6376',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
