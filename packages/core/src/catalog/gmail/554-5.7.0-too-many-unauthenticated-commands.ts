import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '554-5.7.0-too-many-unauthenticated-commands',
  provider: 'gmail',
  replyCode: 554,
  enhancedCode: '5.7.0',
  providerText: 'Too Many Unauthenticated commands.',
  fromGoogleList: true,
  googleListRows: [
    'Too many unauthenticated commands. For more information, go to About SMTP error messages.',
  ],
  title: 'Too many unauthenticated commands',
  severity: 'medium',
  summary:
    'Gmail closed the session because the client kept sending commands without logging in. Make the client authenticate (after STARTTLS) before MAIL FROM, and stop it ignoring earlier errors.',
  whatYouSee: [
    '554 5.7.0 Too Many Unauthenticated commands.',
    '554 5.7.0 Too many unauthenticated commands. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "smtp.gmail.com requires AUTH before it accepts MAIL FROM. A client that never authenticates gets '530 5.7.0 Authentication Required' for each attempt; if it carries on issuing commands anyway (MAIL, RCPT, RSET, NOOP, repeated EHLO) Gmail counts them and ends the session with 554 5.7.0. The error is the symptom; the cause is the missing or failed login earlier in the same session.",
  causes: [
    'Client configured without credentials (auth disabled, empty user/password) talking to smtp.gmail.com',
    'The client never issued STARTTLS on port 587, so AUTH was not offered and it skipped login',
    'AUTH failed (wrong password, app password needed) but the client went on to MAIL FROM regardless',
    'A health check or monitoring probe that loops MAIL/RSET/NOOP on one connection without logging in',
    'A device using smtp.gmail.com as if it were an open relay (it should use smtp-relay.gmail.com with an IP allowlist)',
  ],
  fixes: [
    {
      title: 'Enable authentication in the client',
      detail:
        "Set the username (full address) and an app password (requires 2-Step Verification) or XOAUTH2 token with the `https://mail.google.com/` scope. nodemailer: `{ host: 'smtp.gmail.com', port: 587, secure: false, requireTLS: true, auth: { user, pass } }`.",
    },
    {
      title: 'Make sure TLS comes first',
      detail:
        "On port 587 the client must send STARTTLS before AUTH; on 465 it must connect with implicit TLS (`secure: true`). Without TLS, Gmail does not offer AUTH and clients that 'auth if offered' silently skip it.",
    },
    {
      title: 'Stop on the first error',
      detail:
        'Look earlier in the transcript for 530 or 535 replies and fix that (credentials, app password). Clients should abort the session on an AUTH failure rather than continue.',
    },
    {
      title: 'Use the relay for unauthenticated devices',
      detail:
        'Printers and appliances that cannot log in should use smtp-relay.gmail.com with their IP registered in the Workspace SMTP relay service.',
    },
  ],
  prevention:
    'Test new mail configurations with a session log (`openssl s_client -starttls smtp -connect smtp.gmail.com:587`) and make clients fail fast on AUTH errors.',
  related: [
    '530-5.7.0-authentication-required',
    '530-5.5.1-authentication-required',
    '530-5.7.0-starttls-first',
    '535-5.7.8-bad-credentials',
    '502-5.5.1-too-many-unrecognized-commands',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Reconnecting with the same configuration repeats the failure; configure authentication first.',
  },
  stage: 'any',
  signature: {
    phrases: ['too many unauthenticated commands'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://github.com/sisimai/rb-sisimai'],
  checked: '2026-11-23',
};
