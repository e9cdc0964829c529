import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '535-5.5.4-optional-argument-not-permitted',
  provider: 'gmail',
  replyCode: 535,
  enhancedCode: '5.5.4',
  providerText: 'Optional Argument not permitted for that AUTH mode.',
  fromGoogleList: true,
  title: 'Optional argument not permitted for that AUTH mode',
  severity: 'high',
  summary:
    'Your client put extra data after the AUTH mechanism name that Gmail does not accept for that mechanism, typically the username as an initial response to AUTH LOGIN. Let the client answer the 334 prompts instead, or use AUTH PLAIN.',
  whatYouSee: [
    '535 5.5.4 Optional Argument not permitted for that AUTH mode. d2e1a72fcca58-4a0 - gsmtp',
    'SMTP ERROR: AUTH command failed: 535 5.5.4 Optional Argument not permitted for that AUTH mode.',
  ],
  whatsHappening:
    'RFC 4954 lets a client append an "initial response" to the AUTH command to save a round trip (`AUTH PLAIN <base64>`, `AUTH XOAUTH2 <base64>`). Whether that is allowed depends on the mechanism. For the LOGIN mechanism, which was never formally standardised, Gmail expects the classic exchange: `AUTH LOGIN`, then `334 VXNlcm5hbWU6` (Username:), the base64 user, `334 UGFzc3dvcmQ6` (Password:), the base64 password. When the client sends `AUTH LOGIN <something>` or adds stray arguments, Gmail refuses with 535 5.5.4 before checking any credentials. It shows up with hand-written SMTP code, some embedded or appliance clients, and clients configured for an "initial response" LOGIN variant.',
  causes: [
    'Client sends the username inline: `AUTH LOGIN <base64-username>` (LOGIN with initial response)',
    'Extra arguments after the mechanism, e.g. both username and password on the AUTH line',
    'Hand-rolled SMTP code that copies the AUTH PLAIN one-line pattern to AUTH LOGIN',
    'A device or library option such as "LOGIN-INITIAL" turned on for Gmail',
  ],
  fixes: [
    {
      title: 'Use AUTH PLAIN with an initial response',
      detail:
        "PLAIN accepts the credentials on one line: `AUTH PLAIN ` + base64(`\\0user@gmail.com\\0app-password`). nodemailer: `authMethod: 'PLAIN'`; PHPMailer: `$mail->AuthType = 'PLAIN';`.",
    },
    {
      title: 'Or do LOGIN as a challenge-response',
      detail:
        'Send `AUTH LOGIN` alone, wait for each `334` prompt, then send the base64 username and base64 password on separate lines. Disable any "send username with AUTH LOGIN" option in the device or library.',
    },
    {
      title: 'Check the credentials afterwards',
      detail:
        'Once the syntax is fixed you may get the real credential verdict (e.g. app password required or username and password not accepted); handle that next.',
    },
  ],
  prevention:
    'Use the AUTH code of a maintained SMTP library, prefer PLAIN or XOAUTH2 for Gmail, and test AUTH once when configuration changes.',
  related: [
    '504-5.7.4-unrecognized-auth-type',
    '501-5.5.2-cannot-decode-response',
    '535-5.7.8-bad-credentials',
    '555-5.5.2-syntax-error',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The AUTH command is malformed for that mechanism; change how the client authenticates, then retry.',
  },
  stage: 'AUTH',
  signature: {
    phrases: ['optional argument not permitted'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://www.rfc-editor.org/rfc/rfc4954'],
  checked: '2026-11-23',
};
