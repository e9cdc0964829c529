import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'auth-missing-credentials',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Missing credentials for "PLAIN"',
  fromGoogleList: false,
  title: 'Missing credentials: the mailer had no user or password to send',
  severity: 'high',
  summary:
    'nodemailer refused to log in because the user or password it was given is empty, before talking to the server about it. Almost always an environment variable that is not loaded or a misspelt option (`password` instead of `pass`).',
  whatYouSee: [
    "Error: Missing credentials for \"PLAIN\" at SMTPConnection._formatError (node_modules/nodemailer/lib/smtp-connection/index.js:790:19) at SMTPConnection.login (node_modules/nodemailer/lib/smtp-connection/index.js:444:38) { code: 'EAUTH', command: 'API' }",
    '"message": "Missing credentials for \\"PLAIN\\""',
    'Error: Missing credentials for "LOGIN"',
  ],
  whatsHappening:
    "nodemailer picks an AUTH mechanism from the server's EHLO list (PLAIN or LOGIN for a password) and checks it has `auth.user` and `auth.pass` first. If either is undefined or empty it fails with EAUTH and command 'API' without sending anything, so the server (Gmail or another) never saw a login. The usual reasons: the .env file is not loaded in that environment (production, Docker, serverless), a typo in the variable name, or an option spelt `password`/`username` where nodemailer expects `pass`/`user`. It also appears when a relay needs no login at all but an empty `auth` object is still passed.",
  causes: [
    'process.env values undefined at the time the transport is created (dotenv not loaded, variable not set in the host or container)',
    'Option names wrong: `password`, `username` or `pwd` instead of `user` and `pass`',
    'An `auth` object passed with empty values to a relay that needs no authentication',
    "OAuth2 settings given without `type: 'OAuth2'`, so nodemailer looks for a password",
  ],
  fixes: [
    {
      title: 'Log what the transport receives',
      detail:
        'Before createTransport, log whether `auth.user` and `auth.pass` are set (not their values). Fix the environment so both are present where the app runs.',
    },
    {
      title: 'Use the option names nodemailer expects',
      detail:
        "auth: { user: 'you@gmail.com', pass: APP_PASSWORD } for a password; auth: { type: 'OAuth2', user, clientId, clientSecret, refreshToken } for OAuth2.",
    },
    {
      title: 'Leave auth out for an open relay',
      detail:
        'If the server accepts mail without login (an internal relay, smtp-relay.gmail.com with IP allowlisting), omit `auth` entirely instead of passing empty strings.',
    },
  ],
  prevention:
    'Validate mail settings at startup and fail fast with a clear message when credentials are missing.',
  related: [
    '535-5.7.8-bad-credentials',
    'auth-phpmailer-could-not-authenticate',
    '530-5.7.0-authentication-required',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Nothing is sent until the credentials are supplied.',
  },
  stage: 'AUTH',
  signature: {
    phrases: ['missing credentials for'],
  },
  sources: [
    'https://github.com/nodemailer/nodemailer/blob/master/lib/smtp-connection/index.js',
    'https://github.com/nodemailer/nodemailer/issues/1255',
    'https://github.com/nodemailer/nodemailer/issues/1698',
    'https://github.com/baptisteArno/typebot.io/issues/1556',
    'https://nodemailer.com/smtp/',
  ],
  checked: '2026-12-03',
};
