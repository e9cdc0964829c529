import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '530-5.7.0-authentication-required',
  provider: 'gmail',
  replyCode: 530,
  enhancedCode: '5.7.0',
  providerText:
    'Authentication Required. For more information, go to https://support.google.com/mail/?p=WantAuthError',
  fromGoogleList: false,
  googleListRows: [
    "Authentication required. For more information, go to Can't sign in to your Google Account.",
  ],
  title: 'Authentication Required (WantAuthError)',
  severity: 'high',
  summary:
    'The client sent MAIL FROM to smtp.gmail.com without logging in first. Configure SMTP authentication (app password or OAuth2) so AUTH happens before the envelope.',
  whatYouSee: [
    '530-5.7.0 Authentication Required. For more information, go to',
    '530 5.7.0  https://support.google.com/mail/?p=WantAuthError d2e1a72fcca58-4a0 - gsmtp',
    "smtplib.SMTPSenderRefused: (530, b'5.7.0 Authentication Required. For more information, go to\\n5.7.0  https://support.google.com/mail/?p=WantAuthError ...', 'webmaster@localhost')",
    'The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication Required.',
  ],
  whatsHappening:
    'smtp.gmail.com is a submission server: it only relays for clients that have authenticated. Your client connected (and usually completed STARTTLS), then skipped AUTH and went straight to MAIL FROM, so Gmail refused the envelope with 530 5.7.0. The send never reached the password check. Typical culprits are an empty username/password in configuration, a library that silently skips login when credentials are missing, or .NET\'s SmtpClient sending without credentials because UseDefaultCredentials was set after Credentials. Older replies used 530 5.5.1 with "Learn more at"; this is the current form.',
  causes: [
    'Username or password missing from configuration, so the library never issues AUTH (Django EMAIL_HOST_USER/EMAIL_HOST_PASSWORD empty, Flask-Mail MAIL_USERNAME unset)',
    '.NET SmtpClient with UseDefaultCredentials = true, or set after Credentials, which drops the explicit credentials',
    'Authentication turned off in the client (PHPMailer `$mail->SMTPAuth` never set on the mailer object, "My server requires authentication" unchecked)',
    'Pointing an unauthenticated relay setup at smtp.gmail.com instead of smtp-relay.gmail.com with an IP allowlist',
  ],
  fixes: [
    {
      title: 'Give the client credentials and make it log in',
      detail:
        'Set the full address as the username and an app password (or OAuth2) as the password. In nodemailer: `{ host: "smtp.gmail.com", port: 587, secure: false, requireTLS: true, auth: { user, pass } }`. In Python: call `server.starttls()` then `server.login(user, app_password)` before `sendmail()`.',
    },
    {
      title: 'Fix .NET SmtpClient ordering',
      detail:
        'Set `UseDefaultCredentials = false` first, then `Credentials = new NetworkCredential(user, appPassword)`, and `EnableSsl = true` on port 587. Setting UseDefaultCredentials afterwards wipes the credentials and produces this reply.',
    },
    {
      title: 'Check the environment really reaches the app',
      detail:
        'Log whether the username and password variables are non-empty at start-up. Frameworks such as Django and Laravel fall back to sending without AUTH when they are empty, and the first sign is this 530.',
    },
    {
      title: 'Use the relay service for IP-based sending',
      detail:
        'If a device cannot authenticate (scanner, legacy app), use Google Workspace SMTP relay (smtp-relay.gmail.com) with the device IP allowed in the Admin console, not smtp.gmail.com.',
    },
  ],
  prevention:
    'Validate SMTP credentials at start-up and fail fast when they are missing, rather than letting the library try to send unauthenticated.',
  related: [
    '530-5.5.1-authentication-required',
    '530-5.7.0-starttls-first',
    '535-5.7.8-bad-credentials',
    '534-5.7.9-app-password-required',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Configure authentication; the same unauthenticated session will always be refused.',
  },
  stage: 'MAIL',
  helpUrl: 'https://support.google.com/mail/?p=WantAuthError',
  signature: {
    // "authentication required" is shared with the list row 530-5.5.1-authentication-required; the enhanced code
    // (5.7.0 vs 5.5.1) and the WantAuthError link separate them.
    phrases: ['p=wantautherror', 'authentication required'],
  },
  sources: [
    'https://github.com/PHPMailer/PHPMailer/issues/2077',
    'https://support.google.com/a/answer/3726730',
  ],
  checked: '2026-11-23',
};
