import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.26-unauthenticated-rate-limited',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.26',
  providerText:
    'This email has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF domain-name with ip: ip-address = did not pass. To resolve this issue, go to Email sender guidelines.',
  fromGoogleList: true,
  title: 'Rate limited because the email is unauthenticated (neither SPF nor DKIM passed)',
  severity: 'high',
  summary:
    'Gmail is deferring the message because neither SPF nor DKIM passed for it, and every sender to Gmail must pass at least one. Make SPF pass for the envelope domain or sign with DKIM; resends are deferred the same way until one of them passes.',
  whatYouSee: [
    '421-4.7.26 This email has been rate limited because it is unauthenticated. Gmail',
    '421-4.7.26 requires all senders to authenticate with either SPF or DKIM.',
    '421-4.7.26 Authentication results: DKIM = did not pass SPF [example.com] with ip:',
    '421 4.7.26 [203.0.113.7] = did not pass. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Since February 2024 Google’s sender guidelines require every sender to Gmail to authenticate with SPF or DKIM (bulk senders with both). Gmail checked both for this message: no valid DKIM signature, and the envelope (Return-Path) domain in brackets does not list the connecting IP in SPF. This is the temporary form; the permanent one is 550 5.7.26 (“blocked because the sender is unauthenticated”). The reply names the domain and IP that were checked, which is where to start: the message keeps failing the same check on every resend until DNS or signing changes.',
  causes: [
    'No DKIM signing on the server or service that sent the message',
    'The sending IP is not in the SPF record of the envelope domain (a new server, relay or ESP not added)',
    'A forwarder or mailing list that changed the message (breaking DKIM) and kept the original envelope sender (breaking SPF)',
    'DNS for SPF or the DKIM key not published, mistyped, or on the wrong name (selector._domainkey)',
  ],
  fixes: [
    {
      title: 'Sign with DKIM',
      detail:
        'Turn on DKIM signing for the domain in the sending service (Google Workspace: Admin console > Apps > Gmail > Authenticate email; Postfix: OpenDKIM) and publish the public key at selector._domainkey.example.com.',
    },
    {
      title: 'Make SPF pass for the envelope domain',
      detail:
        'Add the IP in the reply (or its provider’s include) to the SPF record of the domain in brackets: `dig TXT example.com +short`. The domain checked is the Return-Path domain, not necessarily the From domain.',
    },
    {
      title: 'Forward without breaking both',
      detail:
        'If the message was forwarded, rewrite the envelope sender to the forwarding domain (SRS) and leave the body and signed headers untouched so the original DKIM signature still verifies.',
    },
    {
      title: 'Check a delivered copy',
      detail:
        'Send to a Gmail address you own and read Show original: SPF and DKIM must show PASS before the queued mail is released.',
    },
  ],
  prevention:
    'Sign every outgoing message with DKIM for the From domain, keep SPF current when servers or providers change, and watch authentication results in Postmaster Tools.',
  related: [
    '550-5.7.26-sender-unauthenticated',
    '421-4.7.0-spf-and-dkim-fail',
    '421-4.7.27-spf-not-pass-rate-limited',
    '421-4.7.30-dkim-not-pass-rate-limited',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Waiting alone will not help: every resend meets the same SPF and DKIM results. Make one of them pass, confirm it on a test message, then resend.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    phrases: ['has been rate limited because it is unauthenticated'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126#authentication',
    'https://www.rfc-editor.org/rfc/rfc7208',
    'https://www.rfc-editor.org/rfc/rfc6376',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
