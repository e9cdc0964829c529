import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'conn-timeout',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'connect ETIMEDOUT / Connection timeout / Connection timed out / A connection attempt failed because the connected party did not properly respond after a period of time',
  fromGoogleList: false,
  title: 'Connection timed out reaching the SMTP server',
  severity: 'high',
  summary:
    'The TCP connection to smtp.gmail.com never completed: something between you and Google silently drops packets on the SMTP port. On cloud servers this is almost always the provider blocking outbound 25/465/587. Test the port from the same machine, then get it unblocked or send through the Gmail API over HTTPS.',
  whatYouSee: [
    "Error: connect ETIMEDOUT 203.0.113.10:465 ... code: 'ESOCKET', errno: 'ETIMEDOUT', syscall: 'connect', port: 465, command: 'CONN'",
    "{ [Error: Connection timeout] code: 'ETIMEDOUT' }",
    'SMTP ERROR: Failed to connect to server: Connection timed out (110)',
    'System.Net.Sockets.SocketException: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond 203.0.113.10:587',
    'Net::OpenTimeout: execution expired',
    'System.Net.Mail.SmtpException: The operation has timed out.',
    '{ [Error: timedout while connecting to smtp server] code: 4, smtp: undefined }',
    'socket.error: [Errno 10060] A connection attempt failed',
  ],
  whatsHappening:
    'Your client sent a TCP SYN to smtp.gmail.com on port 465 or 587 and got no answer at all, neither an accept nor a refusal, until its timer ran out (nodemailer reports connect ETIMEDOUT or "Connection timeout", PHPMailer "Connection timed out (110)", Python TimeoutError, Java "Couldn\'t connect to host ... Connection timed out", .NET "connected party did not properly respond"). Gmail itself answers on 465 and 587 around the clock, so a timeout almost always means a firewall on the path drops the traffic. Cloud and hosting providers do this on purpose to stop spam: DigitalOcean blocks outbound 25, 465 and 587 on Droplets, Google Cloud blocks outbound 25 (465 and 587 work), AWS EC2 restricts 25 until you request removal, Azure blocks 25 for most subscriptions, and many shared hosts only allow their own mail servers. Your code and credentials have not been tested yet; the connection never opened.',
  causes: [
    'The hosting or cloud provider blocks outbound SMTP ports (DigitalOcean 25/465/587; Google Cloud and Azure port 25; AWS port 25 until unblocked; shared hosts that force their own relay)',
    'A corporate, school or ISP firewall allows web traffic only, or blocks SMTP from consumer connections',
    'The configured port is one you are not allowed out on, e.g. port 25, where 465 or 587 would pass',
    'The machine prefers IPv6 but its IPv6 route silently drops traffic',
    'A local firewall, antivirus or VPN drops the connection before it leaves the machine',
  ],
  fixes: [
    {
      title: 'Test the port from the failing machine',
      detail:
        'Run nc -vz smtp.gmail.com 587 and nc -vz smtp.gmail.com 465 (or on Windows: Test-NetConnection smtp.gmail.com -Port 587). On a working path, telnet smtp.gmail.com 587 prints 220 smtp.gmail.com ESMTP ... - gsmtp within a second. If both ports hang, the network blocks you; no code change will help.',
    },
    {
      title: 'Use 587 with STARTTLS or 465 with implicit TLS',
      detail:
        'Gmail listens on 587 (STARTTLS; nodemailer secure: false, requireTLS: true) and 465 (TLS from the first byte; nodemailer secure: true). If one port is blocked try the other, with the matching TLS mode. Avoid port 25 from cloud hosts. smtp.gmail.com offers no alternative port such as 2525.',
    },
    {
      title: 'Get the block lifted or use an allowed path',
      detail:
        'Ask your provider to unblock outbound SMTP (AWS has a request form for port 25; DigitalOcean generally refuses), or send through a provider-approved relay. Google Cloud allows 465 and 587 to smtp.gmail.com.',
    },
    {
      title: 'Send through the Gmail API over HTTPS',
      detail:
        'Where SMTP ports cannot be opened, call users.messages.send on https://gmail.googleapis.com with OAuth2 (scope https://www.googleapis.com/auth/gmail.send); it uses port 443, which is open almost everywhere.',
    },
    {
      title: 'Set sane timeouts',
      detail:
        'Lower connection timeouts so failures surface quickly (nodemailer connectionTimeout: 10000, Python smtplib.SMTP(..., timeout=20), JavaMail mail.smtp.connectiontimeout) instead of hanging requests for two minutes.',
    },
  ],
  prevention:
    'Check outbound SMTP from every new host or platform before going live, and prefer the Gmail API on platforms that block mail ports.',
  related: ['conn-refused', 'conn-greeting-never-received', 'conn-dns-failure', 'conn-reset'],
  retry: {
    kind: 'backoff',
    initialDelayMs: 30_000,
    maxDelayMs: 900_000,
    note: 'A one-off timeout can be a network blip, so the message is retried; when every attempt times out the port is blocked, and the mail goes through once the network path is fixed.',
  },
  stage: 'connect',
  helpUrl: 'https://support.google.com/a/answer/176600',
  signature: {
    phrases: [
      'connect etimedout',
      'connection timeout',
      'connection timed out',
      'connected party did not properly respond',
      'execution expired',
      'net::opentimeout',
      'the operation has timed out',
      'timedout while connecting',
      'errno 10060',
    ],
    errorCodes: ['ETIMEDOUT'],
  },
  sources: [
    'https://nodejs.org/api/errors.html#common-system-errors',
    'https://github.com/nodemailer/nodemailer/issues/955',
    'https://github.com/nodemailer/nodemailer/issues/473',
    'https://github.com/nodemailer/nodemailer/issues/1736',
    'https://github.com/PHPMailer/PHPMailer/issues/2634',
    'https://github.com/baptisteArno/typebot.io/issues/2183',
    'https://docs.digitalocean.com/support/why-is-smtp-blocked/',
    'https://cloud.google.com/compute/docs/tutorials/sending-mail',
  ],
  checked: '2026-11-23',
};
