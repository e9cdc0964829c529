import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'conn-permission-denied',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'connect EACCES / Permission denied (13) / An attempt was made to access a socket in a way forbidden by its access permissions',
  fromGoogleList: false,
  title: 'Connection not permitted on this machine (EACCES / EPERM)',
  severity: 'high',
  summary:
    "The operating system refused to open the connection before it left your machine: a local firewall, security software, SELinux or the host's sandbox forbids outbound SMTP for this process. Nothing reached the mail server.",
  whatYouSee: [
    "{ [Error: connect EACCES 203.0.113.9:25] code: 'EACCES', errno: 'EACCES', syscall: 'connect', port: 25 }",
    'Error: connect EACCES 142.250.102.108:587 at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1113:14)',
    'stream_socket_client(): unable to connect to ssl://smtp.gmail.com:465 (Permission denied)',
    'System.Net.Sockets.SocketException: An attempt was made to access a socket in a way forbidden by its access permissions',
    'Error: EPERM, Operation not permitted at Socket._onConnect (net.js:576:18)',
  ],
  whatsHappening:
    "EACCES/EPERM on connect() is a local decision, unlike a refusal (ECONNREFUSED, the remote end said no) or a timeout (packets dropped on the way). Windows returns WSAEACCES (10013) when a firewall rule or antivirus blocks the program's outbound port; Linux returns EACCES/EPERM when an iptables/nftables owner rule, SELinux (httpd_can_sendmail / httpd_can_network_connect off for PHP under Apache) or a sandbox forbids it. Some PaaS hosts block port 25 this way.",
  causes: [
    "Windows Firewall or antivirus blocks the app's outbound connections on 25/465/587",
    'SELinux denies the web server network connections (PHP under Apache/nginx on RHEL/CentOS)',
    'A local firewall rule restricting outbound SMTP to the mail user',
    'The platform forbids outbound SMTP (port 25) for the app',
  ],
  fixes: [
    {
      title: 'Find the local blocker',
      detail:
        'Windows: check the firewall and antivirus logs for the node/php/java process. Linux: `getsebool httpd_can_network_connect httpd_can_sendmail` and the audit log; list firewall rules with owner matches.',
    },
    {
      title: 'Allow the port for this app',
      detail:
        'Add an outbound rule for 465/587, or `setsebool -P httpd_can_network_connect 1` (or httpd_can_sendmail) for PHP under SELinux.',
    },
    {
      title: 'Use the submission ports',
      detail: 'If only port 25 is blocked, send to smtp.gmail.com on 465 (implicit TLS) or 587 (STARTTLS).',
    },
  ],
  prevention:
    'Open outbound 465/587 for the service account that sends mail, in the same change that deploys it.',
  related: ['conn-refused', 'conn-timeout', 'conn-network-unreachable'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The OS refuses every attempt until the local rule is changed.',
  },
  stage: 'connect',
  signature: {
    phrases: ['connect eacces', 'forbidden by its access permissions'],
    errorCodes: ['EACCES', 'EPERM'],
  },
  sources: [
    'https://nodejs.org/api/errors.html#common-system-errors',
    'https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2',
    'https://github.com/nodemailer/nodemailer/issues/519',
    'https://github.com/nodejs/help/issues/1973',
    'https://github.com/nodemailer/nodemailer/issues/14',
  ],
  checked: '2026-12-03',
};
