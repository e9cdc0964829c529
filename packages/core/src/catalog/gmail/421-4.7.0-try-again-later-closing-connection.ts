import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.0-try-again-later-closing-connection',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.0',
  providerText:
    'Try again later, closing connection. This usually indicates a Denial of Service (DoS) for the SMTP relay at the HELO stage.',
  fromGoogleList: true,
  googleListRows: [
    'Try again later, closing connection. (command) For more information, go to About SMTP error messages.',
  ],
  title: 'Try again later, closing connection (EHLO)',
  severity: 'high',
  summary:
    'Google’s SMTP relay refused your greeting and closed the connection. Most often the client announces itself as `localhost`, `[127.0.0.1]` or another non-qualified name; set a real EHLO hostname, and check the relay’s IP and authentication settings.',
  whatYouSee: [
    '421 4.7.0 Try again later, closing connection. (EHLO) d2e1a72fcca58-4a0 - gsmtp',
    'Server terminates connection. response=421 4.7.0 Try again later, closing connection. (EHLO) d2e1a72fcca58-4a0 - gsmtp',
    'Expected response code "250" but got code "421", with message "421 4.7.0 Try again later, closing connection. (EHLO) d2e1a72fcca58-4a0 - gsmtp".',
    '421-4.7.0 Try again later, closing connection. (EHLO)',
  ],
  whatsHappening:
    'Right after the 220 greeting your client sent EHLO, and smtp-relay.gmail.com (sometimes smtp.gmail.com) answered 421 with "(EHLO)" and dropped the connection, before any login or message. Google describes it as denial-of-service protection at the HELO stage, and in practice the trigger is usually the EHLO argument: Google asks relay clients to present their own domain or server name, not generic identifiers such as localhost. Libraries fall back to the machine hostname or a bracketed IP, which inside Docker or on a host with a short name becomes `[127.0.0.1]`, a container ID or a bare word. Because the reply says "try again later", people retry and sometimes get through, which hides the real cause.',
  causes: [
    'The EHLO name is `localhost`, `[127.0.0.1]`, a container ID or an unqualified hostname such as `crm` (nodemailer, smtplib and PHP mailers default to the machine hostname)',
    'A Docker or Kubernetes deployment where the app’s hostname is random and not a domain name',
    'The relay cannot tie the connection to your Workspace account: the IP is not in the SMTP relay allowlist and the client does not authenticate',
    'Too many connections opened at once or in quick succession from one IP, which trips the relay’s DoS protection',
    'A retry loop that reconnects immediately after every 421',
  ],
  fixes: [
    {
      title: 'Send a real EHLO hostname',
      detail:
        "Use a fully qualified name in one of your domains, e.g. `mail.example.com`. nodemailer: `name: 'mail.example.com'` in the transport options. Python: `smtplib.SMTP(host, 587, local_hostname='mail.example.com')`. PHPMailer: `$mail->Hostname = 'mail.example.com';`. Symfony Mailer: add `?local_domain=mail.example.com` to the DSN. Laravel: set `local_domain` on the SMTP mailer in config/mail.php.",
    },
    {
      title: 'Check the SMTP relay service settings',
      detail:
        'In the Admin console go to Apps > Google Workspace > Gmail > Routing > SMTP relay service. Make sure the public egress IP of the sender is in the allowed IP list, or turn on "Require SMTP Authentication" and log in with a Workspace account (app password or OAuth2). Note the egress IP of containers and cloud functions can differ from the host’s.',
    },
    {
      title: 'Limit connection bursts',
      detail:
        'Reuse pooled connections (nodemailer `pool: true`, `maxConnections` 2 to 5) rather than one connection per message, and spread scheduled jobs so many workers do not greet the relay at the same second.',
    },
    {
      title: 'Back off instead of hammering',
      detail:
        'Retry after a minute, doubling up to about 30 minutes. If it keeps failing after a few attempts, it is not load: capture the session (nodemailer `logger: true`, `debug: true`; smtplib `set_debuglevel(1)`) and look at the exact EHLO line being sent.',
    },
  ],
  prevention:
    'Configure an explicit EHLO name in every app and container that sends mail, register relay IPs or use SMTP AUTH, and keep connection counts low.',
  related: [
    '501-5.5.4-invalid-helo-argument',
    '550-5.7.0-relay-denied',
    '550-5.7.1-invalid-relay-credentials',
    '421-4.4.5-server-busy',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 60_000,
    maxDelayMs: 1_800_000,
    note: 'Retry slowly; if it persists past a few attempts, fix the EHLO name or relay registration instead of retrying.',
  },
  stage: 'EHLO',
  helpUrl: 'https://support.google.com/a/answer/2956491',
  signature: {
    phrases: ['try again later, closing connection'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/2956491',
    'https://github.com/calcom/cal.diy/issues/5254',
    'https://github.com/calcom/cal.diy/issues/13769',
    'https://github.com/repoze/repoze.sendmail/issues/50',
    'https://github.com/invoiceninja/dockerfiles/issues/492',
  ],
  checked: '2026-11-23',
};
