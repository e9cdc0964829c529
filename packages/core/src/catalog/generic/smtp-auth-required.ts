import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'smtp-auth-required',
  provider: 'generic',
  replyCode: 530,
  enhancedCode: '5.7.0',
  providerText: 'Authentication required / Client was not authenticated / SMTP authentication is required',
  fromGoogleList: false,
  title: 'Authentication required (any server)',
  severity: 'high',
  summary:
    'The server will not relay this message without a login. Configure the client to authenticate (user and password or OAuth2) before MAIL FROM, or send from an address/IP the server allows without login.',
  whatYouSee: [
    '530 5.7.0 Authentication required',
    '530 Authentication required (in reply to MAIL FROM command)',
    '530 5.7.1 Client was not authenticated',
    '530 5.7.57 Client not authenticated to send mail',
    '530 SMTP authentication is required.',
    '5.7.1 Authentication required',
  ],
  whatsHappening:
    'Mail servers accept unauthenticated mail only for their own domains; to send elsewhere a client must log in (AUTH) after EHLO/STARTTLS. A 530 at MAIL FROM or RCPT TO means no AUTH happened on this connection: the client has no credentials configured, its login silently failed or was skipped (no AUTH offered before STARTTLS), or it talks to a submission port that requires login while expecting an open relay.',
  causes: [
    'No credentials configured (auth option missing or empty)',
    'The client skipped AUTH because it was not offered (before STARTTLS) or because `SMTPAuth`/`mail.smtp.auth` is false',
    'Using a relay that requires login as if it were an open relay',
  ],
  fixes: [
    {
      title: 'Turn authentication on',
      detail:
        'nodemailer `auth: { user, pass }`; PHPMailer `SMTPAuth = true`; Java `mail.smtp.auth=true`; Python `server.login()` after `starttls()`.',
    },
    {
      title: 'Start TLS first',
      detail: 'Most servers only offer AUTH after STARTTLS; enable it so the login actually happens.',
    },
    {
      title: 'Check the debug output',
      detail: 'Confirm an AUTH command is sent and answered 235 before MAIL FROM.',
    },
  ],
  prevention:
    'Test the mail settings at startup with a login (nodemailer `verify()`), so a missing login fails before real mail is sent.',
  related: [
    '530-5.7.0-authentication-required',
    '530-5.5.1-authentication-required',
    'smtp-starttls-required',
    'auth-missing-credentials',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Every message is refused until the client logs in.',
  },
  stage: 'MAIL',
  signature: {
    phrases: [
      'authentication required',
      'authentication is required',
      'client was not authenticated',
      'client not authenticated',
    ],
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc4954#section-6',
    'https://github.com/node-red/node-red/issues/1199',
  ],
  checked: '2026-12-03',
};
