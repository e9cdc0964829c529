import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-missing-message-id',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    'Messages missing a valid Message-ID header are not accepted. For more information, go to https://support.google.com/mail/?p=RfcMessageNonCompliant and review RFC 5322 specifications.',
  fromGoogleList: false,
  googleListRows: [
    'Messages missing a valid Message-ID: header are not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
  ],
  title: 'Messages missing a valid Message-ID header are not accepted',
  severity: 'high',
  summary:
    'Gmail rejects messages without a well-formed Message-ID header. Generate one per message in the sending application (or let your MTA add it) in the form <unique@your-domain>.',
  whatYouSee: [
    '550-5.7.1 [203.0.113.7] Messages missing a valid Message-ID header are not',
    '550-5.7.1 accepted. For more information, go to',
    '550-5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant and review',
    '550 5.7.1 RFC 5322 specifications. d2e1a72fcca58-4a0 - gsmtp (in reply to end of DATA command)',
  ],
  whatsHappening:
    'Since mid-2022 Gmail refuses, at the end of DATA, any message whose header block has no Message-ID or one that is not of the form <id-left@id-right>. Mail clients and most libraries add it automatically, so this usually hits hand-built messages: small SMTP libraries, scripts that write headers themselves, or an MTA configured not to add missing headers (Postfix does not add one to mail relayed from other hosts by default). The 2022 wording said "Messages missing a valid messageId header are not accepted"; newer replies spell it Message-ID and add the RfcMessageNonCompliant link.',
  causes: [
    'A library or script that does not generate Message-ID (mailsend, Go net/smtp with hand-written headers, minimal SMTP clients)',
    'An application that builds the raw message itself and forgets the header',
    'A malformed value: no angle brackets, no @, spaces, or an empty right-hand side',
    'A relay that receives the message from another host and is not set to add missing headers',
  ],
  fixes: [
    {
      title: 'Generate a Message-ID in the app',
      detail:
        'Add `Message-ID: <random-unique@your-domain>` once per message. Python: `msg["Message-ID"] = email.utils.make_msgid(domain="example.com")`. Node (nodemailer) adds one automatically; for custom raw messages set `messageId`. Go: add the header yourself.',
    },
    {
      title: 'Let the MTA fill it in',
      detail:
        'Postfix: `always_add_missing_headers = yes` (and make sure `local_header_rewrite_clients` covers the submitting hosts). This is a safety net, not a substitute for fixing the application.',
    },
    {
      title: 'Check the format',
      detail:
        'Inspect a sent copy: the value must be in angle brackets with a single @ and no spaces, e.g. `<20250101.abc123@example.com>`. Use your own domain on the right-hand side.',
    },
  ],
  prevention:
    'Use a MIME library that sets Message-ID and Date itself, and include a Gmail address in release tests for any code that builds messages.',
  related: ['550-5.7.1-rfc5322-noncompliant', '550-5.7.1-missing-from', '554-5.6.0-malformed'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Resend only after the message carries a valid Message-ID header.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=RfcMessageNonCompliant',
  signature: {
    // Covers both "valid Message-ID header" (current) and "valid messageId header" (2022).
    phrases: ['messages missing a valid message'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/?p=RfcMessageNonCompliant',
    'https://github.com/element-hq/matrix-authentication-service/issues/4747',
    'https://github.com/agilare/ladecadanse/issues/58',
    'https://github.com/muquit/mailsend-go/issues/51',
    'https://github.com/openreplay/openreplay/issues/3005',
  ],
  checked: '2026-11-23',
};
