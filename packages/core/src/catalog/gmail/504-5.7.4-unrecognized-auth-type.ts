import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '504-5.7.4-unrecognized-auth-type',
  provider: 'gmail',
  replyCode: 504,
  enhancedCode: '5.7.4',
  providerText: 'Unrecognized Authentication Type.',
  fromGoogleList: true,
  googleListMisprints: [
    {
      enhancedCode: '5.7.40',
      text: 'Unrecognized authentication type. For more information, go to About SMTP error messages.',
      reason:
        "The same row, word for word, read 504 5.7.4 in Google’s list as archived on 2025-05-08; Gmail sends 504 5.7.4 for this (the pastes in sources); Google's older copy of the list printed 504 5.7.4 for the same words, and sisimai's table of Google's replies reads the row as 5.7.4; the five rows at the end of the list (2026-02-12) all carry a 0 appended to their codes (5.7.40, 5.7.80, 5.7.90).",
    },
    {
      enhancedCode: '5.7.40',
      text: 'XOAUTH is no longer supported. For more information, go to OAuth 2.0 Mechanism for Google Developers.',
      reason:
        "The same row, word for word, read 504 5.7.4 in Google’s list as archived on 2025-05-08; The reply to the retired OAuth 1.0 XOAUTH mechanism is the same 504 5.7.4 refusal of an AUTH mechanism (sisimai's table of Google's replies reads the row as 504 5.7.4); the five rows at the end of the list (2026-02-12) all carry a 0 appended to their codes (5.7.40, 5.7.80, 5.7.90).",
    },
  ],
  title: 'Unrecognized authentication type',
  severity: 'high',
  summary:
    'Your client asked for an AUTH mechanism the server does not offer. Gmail supports PLAIN, LOGIN and XOAUTH2/OAUTHBEARER; switch the client to one of those. The same text from Microsoft 365/Exchange means basic SMTP AUTH is not available there.',
  whatYouSee: [
    '504 5.7.4 Unrecognized Authentication Type. d2e1a72fcca58-4a0 - gsmtp',
    '504 5.7.4 XOAUTH is no longer supported. d2e1a72fcca58-4a0 - gsmtp',
    'Error: Invalid login: 504 5.7.4 Unrecognized authentication type',
    'SMTP ERROR: AUTH command failed: 504 5.7.4 Unrecognized authentication type',
  ],
  whatsHappening:
    'After EHLO, the server lists the SASL mechanisms it accepts in the `250-AUTH ...` line. smtp.gmail.com offers PLAIN and LOGIN (password or app password) and XOAUTH2 / OAUTHBEARER (OAuth 2.0 tokens). A client that forces another mechanism (CRAM-MD5, DIGEST-MD5, NTLM, GSSAPI) gets 504 5.7.4; the old OAuth 1.0 `XOAUTH` mechanism gets the variant "XOAUTH is no longer supported". Credentials are not checked at all. Note that Microsoft Exchange and Microsoft 365 send the same wording (lower-case "type"), commonly when basic authentication is disabled or AUTH is attempted before STARTTLS; if the log does not end in `- gsmtp`, the server is not Gmail.',
  causes: [
    'Client forced to an AUTH method Gmail does not offer (CRAM-MD5, DIGEST-MD5, NTLM, GSSAPI)',
    'Legacy OAuth 1.0 `XOAUTH` code, retired by Google in favour of XOAUTH2',
    'AUTH attempted before STARTTLS on a server that advertises no mechanism yet (Microsoft 365/Exchange; Gmail answers that case with 530 5.7.0 Must issue a STARTTLS command first)',
    'The server is not actually Gmail (e.g. Microsoft 365/Exchange with SMTP AUTH or basic auth disabled)',
  ],
  fixes: [
    {
      title: 'Use a mechanism Gmail offers',
      detail:
        "Let the library pick from the EHLO list, or set it explicitly: nodemailer `authMethod: 'PLAIN'` (or `auth: { type: 'OAuth2', ... }` for XOAUTH2); PHPMailer `$mail->AuthType = 'LOGIN';` (or `'XOAUTH2'`); Postfix `smtp_sasl_mechanism_filter = plain, login`.",
    },
    {
      title: 'Move from XOAUTH to XOAUTH2',
      detail:
        'OAuth 1.0 is gone. Obtain an OAuth 2.0 access token with the `https://mail.google.com/` scope and authenticate with XOAUTH2 or OAUTHBEARER.',
    },
    {
      title: 'Upgrade to TLS before AUTH',
      detail:
        'On port 587 send STARTTLS and EHLO again before AUTH (nodemailer `secure: false, requireTLS: true`); or use port 465 with implicit TLS (`secure: true`).',
    },
    {
      title: 'Check which server answered',
      detail:
        'If the banner is not `smtp.gmail.com ESMTP ... - gsmtp`, you are talking to another provider; for Microsoft 365 follow its SMTP AUTH / OAuth guidance instead.',
    },
  ],
  prevention:
    'Do not hard-code AUTH mechanisms; let the client choose from the EHLO list, and use XOAUTH2 for long-running integrations.',
  related: [
    '535-5.5.4-optional-argument-not-permitted',
    '501-5.5.2-cannot-decode-response',
    '530-5.7.0-starttls-first',
    '534-5.7.9-app-password-required',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same mechanism is refused every time; change the AUTH method, then retry.',
  },
  stage: 'AUTH',
  signature: {
    // Microsoft Exchange/365 sends the same text with the same 504 5.7.4 code; the "- gsmtp" tail tells them apart.
    phrases: ['unrecognized authentication type', 'xoauth is no longer supported'],
  },
  sources: [
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/e5d8b9abcfbf9d69cfb678399e06191e6cb2e88d/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2025-05-08.txt',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
    'https://support.google.com/a/answer/3726730',
    'https://github.com/nodemailer/nodemailer/issues/189',
    'https://github.com/nodemailer/nodemailer/issues/1060',
    'https://developers.google.com/gmail/imap/xoauth2-protocol',
  ],
  checked: '2026-12-03',
};
