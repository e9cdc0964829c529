import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'conn-refused',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'connect ECONNREFUSED / Connection refused / No connection could be made because the target machine actively refused it',
  fromGoogleList: false,
  title: 'Connection refused',
  severity: 'high',
  summary:
    'Something actively rejected the TCP connection. With Gmail this is rarely Google: most often your client is not connecting to smtp.gmail.com at all (host unset, so it falls back to localhost) or a local or hosting firewall rejects the port. Check the address in the error first.',
  whatYouSee: [
    "Error: connect ECONNREFUSED 127.0.0.1:587 ... errno: -111, code: 'ESOCKET', syscall: 'connect', address: '127.0.0.1', port: 587, command: 'CONN'",
    "Error sending email: Error: connect ECONNREFUSED ::1:587 ... code: 'ESOCKET', address: '::1', port: 587, command: 'CONN'",
    'SMTP ERROR: Failed to connect to server: Connection refused (111)',
    'No connection could be made because the target machine actively refused it',
  ],
  whatsHappening:
    'A refusal means a TCP reset came back for the connection attempt: the address you dialed has nothing listening on that port, or a firewall is configured to reject instead of drop. Look at the address in the error. 127.0.0.1 or ::1 means your code connected to your own machine: nodemailer falls back to localhost when host is missing, for example when the host environment variable is not loaded or when service is set to "smtp.gmail.com" instead of "gmail". A real Google address with ECONNREFUSED points to a firewall or an intercepting proxy on your side. Google documents smtp.gmail.com on 465 (implicit TLS) and 587 (STARTTLS); smtp-relay.gmail.com takes 587 with TLS, and 25, 465 or 587 without TLS (then only IP-address authentication, no SMTP AUTH).',
  causes: [
    'host is undefined or empty (env var not loaded, typo in the key), so the client connects to localhost',
    'service: "smtp.gmail.com" or another unknown service name; nodemailer only knows well-known names such as "gmail", so it falls back to localhost',
    'Inside Docker or a VM, localhost points to the container, where no mail server runs',
    'A hosting firewall rejects outbound SMTP (shared hosts that allow only their own mail server)',
    'A local antivirus or firewall rejects the port, or the wrong port number is configured',
  ],
  fixes: [
    {
      title: 'Read the address in the error',
      detail:
        'If it shows 127.0.0.1, ::1 or a private address, fix the configuration: set host: "smtp.gmail.com" explicitly (or service: "gmail"), and log the host and port the process actually uses.',
    },
    {
      title: 'Use the Gmail host and a matching port',
      detail:
        'host: "smtp.gmail.com", port: 465 with secure: true, or port: 587 with secure: false and requireTLS: true. For the Google Workspace relay use smtp-relay.gmail.com on 587 with TLS (secure: false, requireTLS: true): without TLS the relay accepts no SMTP AUTH.',
    },
    {
      title: 'Check firewalls between you and Google',
      detail:
        'From the same machine run nc -vz smtp.gmail.com 587 (Windows: Test-NetConnection smtp.gmail.com -Port 587). If it is refused there too, ask the host or network admin to allow outbound 465/587, or send through the Gmail API over HTTPS.',
    },
  ],
  prevention:
    'Validate mail settings at startup (transporter.verify() in nodemailer) and refuse to start with an empty host.',
  related: ['conn-timeout', 'conn-dns-failure', 'conn-greeting-never-received'],
  retry: {
    kind: 'fix-then-retry',
    note: 'A refused connection repeats until the host, port or firewall is corrected.',
  },
  stage: 'connect',
  helpUrl: 'https://support.google.com/a/answer/176600',
  signature: {
    phrases: ['econnrefused', 'connection refused', 'actively refused it'],
    errorCodes: ['ECONNREFUSED'],
  },
  sources: [
    'https://support.google.com/mail/answer/7126229',
    'https://support.google.com/a/answer/2956491',
    'https://nodejs.org/api/errors.html#common-system-errors',
    'https://github.com/nodemailer/nodemailer/issues/889',
    'https://github.com/forwardemail/email-templates/issues/359',
    'https://github.com/nodemailer/nodemailer/issues/745',
    'https://github.com/nodemailer/nodemailer/issues/292',
    'https://github.com/PHPMailer/PHPMailer/issues/2027',
  ],
  checked: '2026-12-03',
};
