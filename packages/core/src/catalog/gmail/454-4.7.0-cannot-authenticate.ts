import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '454-4.7.0-cannot-authenticate',
  provider: 'gmail',
  replyCode: 454,
  enhancedCode: '4.7.0',
  providerText: 'Cannot authenticate due to temporary system problem. Try again later.',
  fromGoogleList: true,
  googleListRows: [
    'Cannot authenticate due to a temporary system problem. Try again later. For more information, go to About SMTP error messages.',
  ],
  title: 'Cannot authenticate due to a temporary system problem',
  severity: 'medium',
  summary:
    'Gmail refused AUTH for now: too many concurrent sessions on the account, or a run of failed logins tripped a short lockout. Back off and retry; do not reconnect in a loop.',
  whatYouSee: [
    '454 4.7.0 Cannot authenticate due to temporary system problem. Try again later.',
    '454-4.7.0 Cannot authenticate due to a temporary system problem. Try again later.',
    '454-4.7.0 https://support.google.com/mail/?p=client-login',
  ],
  whatsHappening:
    'Your client connected and sent AUTH, and Gmail answered 454 instead of accepting or rejecting the credentials. The 4 means temporary: nothing has bounced and the same login will work again once the condition clears. Google publishes no limit on concurrent SMTP sessions per account (the 15 often quoted is a limit on simultaneous IMAP connections, not SMTP sessions, and comes from third-party guides; Google’s own old help page said 10 for IMAP), but senders see this reply when one account opens many sessions at once, and Gmail also briefly blocks AUTH for an account after several failed logins in a row. Since the cap is not published, a client has to find it: @smtpfix/sender starts at 10 sessions per account, and when a 454 arrives while some of its sessions are logged in, it takes the number it holds as the cap and grows back one session at a time later. A script that opens a new connection per message, or many workers sharing one account, hits the cap; a client retrying a stale password hits the lockout, and every further attempt extends it.',
  causes: [
    'More concurrent SMTP sessions on the account than Gmail will take at that moment (Google publishes no number); the next AUTH gets 454',
    'A burst of failed logins (stale or wrong password, expired token) triggered a short anti-abuse lockout',
    'The account password sent instead of an app password while 2-Step Verification is on, retried in a loop',
    'Several devices, replicas or scripts sharing one account and re-authenticating constantly',
    'A reconnect loop: every failure opens a new connection and sends AUTH again at once',
  ],
  fixes: [
    {
      title: 'Back off and retry with exponential delay',
      detail:
        'Treat 454 as transient. Wait 30 to 60 seconds, then retry, doubling the wait each time (60 s, 120 s, 240 s) up to a cap of about 10 minutes. Never retry AUTH in a tight loop: every attempt during a lockout extends it.',
    },
    {
      title: 'Cut concurrent connections',
      detail:
        'Pool and reuse authenticated connections instead of opening one per message, and keep the total for the account low across every process that uses it (10 is a safe start; lower it to the number of sessions that were open when the 454 came). With nodemailer, use `pool: true` with `maxConnections` of 5 or fewer per process.',
    },
    {
      title: 'Use an app password or OAuth2',
      detail:
        'With 2-Step Verification on, the account password never works for SMTP. Create a 16-character app password at https://myaccount.google.com/apppasswords, or use XOAUTH2 with a token for the `https://mail.google.com/` scope.',
    },
    {
      title: 'Make sure every client has the current credentials',
      detail:
        'After a password change, old clients keep sending the old password and keep the lockout alive. Update every device, job and secret store, stop the stale ones, then let the lockout window pass before trying again.',
    },
  ],
  prevention:
    'Share one pool of authenticated connections per account, cap it across all processes (start at 10 and lower it on a 454), stop retrying AUTH after a clear credential failure, and use app passwords or OAuth2.',
  related: [
    '454-4.7.0-too-many-login-attempts',
    '535-5.7.8-bad-credentials',
    '534-5.7.9-app-password-required',
    '421-4.7.0-try-again-later-closing-connection',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 30_000,
    maxDelayMs: 600_000,
    note: 'Back off exponentially with jitter and reduce concurrent sessions before retrying AUTH.',
  },
  stage: 'AUTH',
  helpUrl: 'https://support.google.com/mail/?p=client-login',
  signature: {
    phrases: [
      'cannot authenticate due to temporary system problem',
      'cannot authenticate due to a temporary system problem',
    ],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/?p=client-login',
    'https://github.com/bfosberry/GameSocial/issues/179',
    'https://github.com/yasyf/vc/issues/124',
  ],
  checked: '2026-12-03',
};
