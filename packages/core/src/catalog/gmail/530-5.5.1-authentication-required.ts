import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '530-5.5.1-authentication-required',
  provider: 'gmail',
  replyCode: 530,
  enhancedCode: '5.5.1',
  providerText: "Authentication Required. For more information, visit Can't sign in to your Google Account.",
  fromGoogleList: true,
  title: 'Authentication required (sent without logging in)',
  severity: 'high',
  summary:
    'Your client tried to send through smtp.gmail.com without logging in first. Nothing was wrong with a password: none was sent. Turn on SMTP authentication in the client and give it the address plus an app password or an OAuth2 token.',
  whatYouSee: [
    '530-5.5.1 Authentication Required. Learn more at',
    '530 5.5.1  https://support.google.com/mail/?p=WantAuthError d2e1a72fcca58-4a0 - gsmtp',
    'Error: Mail command failed: 530-5.5.1 Authentication Required. Learn more at',
    "530 5.5.1 Authentication Required. For more information, visit Can't sign in to your Google Account.",
  ],
  whatsHappening:
    'smtp.gmail.com (ports 465 and 587) is a submission server: it accepts MAIL FROM only on a session that has completed AUTH. If the client goes straight from EHLO to MAIL FROM, Gmail answers 530 "Authentication Required". This is the 5.5.1 form from Google\'s published list and older replies; Gmail\'s current live reply says the same with 5.7.0 (`530-5.7.0 Authentication Required ... ?p=WantAuthError`), which has its own page. Either way the fix is on the client: it did not attempt to log in, typically because authentication is switched off, the credentials are empty, or a code bug set the option on the wrong object.',
  causes: [
    'SMTP authentication disabled in the client or library (no `auth` block, `SMTPAuth = false`, "My server requires authentication" unticked)',
    'Credentials read from environment variables or CI secrets that are empty or undefined, so the library skips AUTH',
    'A configuration bug that sets the auth option on the wrong object (e.g. `$this->SMTPAuth = true` instead of `$this->mail->SMTPAuth = true`)',
    'The client skipped AUTH because it did not upgrade with STARTTLS first, so Gmail never advertised AUTH',
    'Sending through smtp.gmail.com when the intention was unauthenticated delivery to Gmail MX or to the Workspace SMTP relay (smtp-relay.gmail.com with IP allowlisting)',
  ],
  fixes: [
    {
      title: 'Enable authentication with the right credentials',
      detail:
        "nodemailer: `auth: { user: 'you@gmail.com', pass: process.env.GMAIL_APP_PASSWORD }`. PHPMailer: `$mail->SMTPAuth = true; $mail->Username = ...; $mail->Password = ...;`. Python: `server.login(user, app_password)` before `send_message`. Use the full address as the username.",
    },
    {
      title: 'Use an app password or OAuth2',
      detail:
        'With 2-Step Verification on, create an app password at https://myaccount.google.com/apppasswords. For services, XOAUTH2 with the `https://mail.google.com/` scope is the long-term option. "Less secure app access" no longer exists, so the plain account password will not work.',
    },
    {
      title: 'Check that secrets are actually loaded',
      detail:
        'Log (redacted) whether user and password are non-empty at runtime. In GitHub Actions an unknown secret expands to an empty string rather than failing.',
    },
    {
      title: 'Upgrade to TLS before AUTH',
      detail:
        'Port 587: STARTTLS then AUTH (nodemailer `secure: false, requireTLS: true`; PHPMailer `SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS`). Port 465: implicit TLS (`secure: true` / `ENCRYPTION_SMTPS`).',
    },
  ],
  prevention:
    'Fail fast at start-up when SMTP credentials are missing, and run a `transporter.verify()` (or a login-only check) during deployment.',
  related: [
    '530-5.7.0-authentication-required',
    '530-5.7.0-starttls-first',
    '535-5.7.1-bad-credentials',
    '534-5.7.9-app-password-required',
    '554-5.7.0-too-many-unauthenticated-commands',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Every unauthenticated attempt is refused; configure AUTH, then resend.',
  },
  stage: 'MAIL',
  helpUrl: 'https://support.google.com/mail/?p=WantAuthError',
  signature: {
    // Same phrase as 530-5.7.0-authentication-required (live 5.7.0 reply); the enhanced code separates them.
    phrases: ['authentication required'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/node-red/node-red/issues/1199',
    'https://github.com/PHPMailer/PHPMailer/issues/2077',
    'https://github.com/dawidd6/action-send-mail/issues/186',
  ],
  checked: '2026-11-23',
};
