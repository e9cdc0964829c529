import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'conn-network-unreachable',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText: 'connect ENETUNREACH / Network is unreachable (101)',
  fromGoogleList: false,
  title: 'Network is unreachable (ENETUNREACH)',
  severity: 'high',
  summary:
    "The operating system has no route to the address it tried for smtp.gmail.com. Usually the host tried Google's IPv6 address without working IPv6, or the hosting provider blocks outbound SMTP at the routing level. Force IPv4 or get outbound SMTP allowed.",
  whatYouSee: [
    'SMTP ERROR: Failed to connect to server: Network is unreachable (101)',
    'Connection failed. Error #2: stream_socket_client(): unable to connect to smtp.gmail.com:587 (Network is unreachable)',
    "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.gmail.com, 465; timeout -1; nested exception is: java.net.ConnectException: failed to connect to smtp.gmail.com/2001:db8::6c (port 465) after 90000ms: isConnected failed: ENETUNREACH (Network is unreachable)",
    "Error: connect ENETUNREACH 2001:db8::6c:587 - Local (:::0) { code: 'ESOCKET', syscall: 'connect', command: 'CONN' }",
    'dial tcp 74.125.71.26:25: getsockopt: no route to host',
  ],
  whatsHappening:
    'smtp.gmail.com resolves to both IPv4 and IPv6 addresses. "Network is unreachable" (errno 101, ENETUNREACH) comes from your own kernel before any packet leaves: it has no route for that address. When the address in the error is IPv6, the machine or container advertises IPv6 but has no working IPv6 route, and the client did not fall back to IPv4. When it is IPv4, or with PHP on shared hosting, the provider typically blocks outbound SMTP by routing, which PHPMailer\'s maintainers list as the usual meaning of this error. Gmail never saw the attempt.',
  causes: [
    "The client picked smtp.gmail.com's IPv6 address on a host, container or mobile network without IPv6 connectivity",
    'The hosting provider blocks outbound SMTP to external servers and reports it as unreachable',
    'A VPN, firewall rule or container network without a default route',
    'The machine is offline or its default gateway is down',
  ],
  fixes: [
    {
      title: 'Force IPv4',
      detail:
        'Node: run with NODE_OPTIONS=--dns-result-order=ipv4first or call dns.setDefaultResultOrder("ipv4first") at startup. Java: -Djava.net.preferIPv4Stack=true. Docker: disable IPv6 for the network or add working IPv6. Keep the hostname smtp.gmail.com so the certificate still matches.',
    },
    {
      title: 'Ask the host about outbound SMTP',
      detail:
        'If the address is IPv4 or you are on shared hosting, ask the provider whether outbound 465/587 is allowed. If it is not, use their relay, move hosts, or send through the Gmail API over HTTPS (port 443).',
    },
    {
      title: 'Check the route from the machine',
      detail:
        'Run ip route (and ip -6 route), then nc -4 -vz smtp.gmail.com 587 and nc -6 -vz smtp.gmail.com 587 to see which family works.',
    },
  ],
  prevention:
    'On hosts without IPv6, prefer IPv4 in the runtime configuration, and verify outbound SMTP when moving to a new host.',
  related: ['conn-timeout', 'conn-refused', 'conn-dns-failure'],
  retry: {
    kind: 'fix-then-retry',
    note: 'No route exists; retries fail until the address family or the network block is fixed.',
  },
  stage: 'connect',
  helpUrl: 'https://support.google.com/a/answer/176600',
  signature: {
    phrases: ['enetunreach', 'network is unreachable', 'no route to host'],
    errorCodes: ['ENETUNREACH', 'EHOSTUNREACH'],
  },
  sources: [
    'https://nodejs.org/api/errors.html#common-system-errors',
    'https://github.com/PHPMailer/PHPMailer/issues/1811',
    'https://github.com/PHPMailer/PHPMailer/issues/2199',
    'https://github.com/PHPMailer/PHPMailer/issues/149',
    'https://github.com/brandonjenniges/JavaMail-API-Android/issues/3',
  ],
  checked: '2026-11-23',
};
