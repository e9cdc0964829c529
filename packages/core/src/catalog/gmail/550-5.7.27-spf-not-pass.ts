import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.27-spf-not-pass',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.27',
  providerText:
    "This message was blocked because it didn't pass SPF authentication. Gmail requires bulk email senders to authenticate their email with SPF. Authentication results: SPF with ip-address = did not pass To set up SPF for your sending domains, visit Set up SPF. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
  fromGoogleList: true,
  title: "Blocked because SPF didn't pass",
  severity: 'high',
  summary:
    'Gmail refused the message for good because SPF did not pass for its envelope (Return-Path) domain, which Gmail requires of bulk senders. Fix the SPF record for that domain, then send the message again.',
  whatYouSee: [
    "550-5.7.27 This message was blocked because it didn't pass SPF authentication. Gmail",
    '550-5.7.27 requires bulk email senders to authenticate their email with SPF.',
    '550 5.7.27 Authentication results: SPF with [203.0.113.7] = did not pass d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'The permanent form of 421 4.7.27: Gmail evaluated SPF for the MAIL FROM (Return-Path) domain from the connecting IP and got fail, softfail, none or an error, and bounced the message instead of deferring it. Google’s sender guidelines require bulk senders (close to 5,000 or more messages a day to personal Gmail accounts) to pass SPF and DKIM. The message is not queued for another try; it has to be sent again once SPF passes.',
  causes: [
    'The sending IP (shown in the reply) is not in the SPF record of the envelope domain',
    'No SPF record, or more than one, on the envelope domain',
    'An SPF record that needs more than 10 DNS lookups (permerror) or depends on a failing DNS server',
    'An ESP or relay added without adding its include to the envelope domain’s record',
  ],
  fixes: [
    {
      title: 'Make SPF pass for the envelope domain',
      detail:
        'Find the Return-Path domain of the bounced message and add the sending IP or its provider’s include to that domain’s SPF record: `dig TXT example.com +short`. Keep it to one record and under 10 lookups.',
    },
    {
      title: 'Confirm on a test message',
      detail:
        'Send to a Gmail address you own and read Show original: SPF must show PASS for the envelope domain.',
    },
    {
      title: 'Send the bounced messages again',
      detail: 'A 5xx is final for that copy: resend the message (a new attempt, same content) after the fix.',
    },
  ],
  prevention:
    'Keep SPF in step with every server and service that sends as the domain, and sign with DKIM as well, so one failing check does not bounce mail.',
  related: [
    '421-4.7.27-spf-not-pass-rate-limited',
    '550-5.7.26-spf-hard-fail',
    '550-5.7.26-sender-unauthenticated',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Not retried: the message bounced. Fix SPF for the envelope domain, confirm it passes, then send the message again.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    phrases: ["blocked because it didn't pass spf authentication"],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126#authentication',
    'https://www.rfc-editor.org/rfc/rfc7208',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
