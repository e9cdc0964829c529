import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'conn-dns-failure',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'getaddrinfo ENOTFOUND smtp.gmail.com / getaddrinfo EAI_AGAIN / [Errno -2] Name or service not known / java.net.UnknownHostException / No such host is known',
  fromGoogleList: false,
  title: 'Cannot resolve the SMTP hostname (ENOTFOUND / EAI_AGAIN)',
  severity: 'high',
  summary:
    'Your machine could not turn the SMTP hostname into an IP address, so no connection was attempted. Usually the configured host is not exactly smtp.gmail.com (quotes, spaces, smtp.google.com, a URL); otherwise the DNS resolver of the host or container is broken. Check the hostname printed in the error.',
  whatYouSee: [
    "{ [Error: getaddrinfo ENOTFOUND smtp.gmail.com] code: 'ENOTFOUND', errno: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: 'smtp.gmail.com' }",
    "Error: getaddrinfo ENOTFOUND \"smtp.gmail.com\"; ... errno: -3008, code: 'EDNS', syscall: 'getaddrinfo', hostname: '\"smtp.gmail.com\";'",
    "{ [Error: getaddrinfo EAI_AGAIN smtp.gmail.com:587] code: 'EAI_AGAIN', errno: 'EAI_AGAIN', syscall: 'getaddrinfo' }",
    'socket.gaierror: [Errno -2] Name or service not known',
    "Error: getaddrinfo ENOTFOUND smtp.gmail.com ... code: 'EDNS', command: 'CONN'",
  ],
  whatsHappening:
    'Before connecting, the client asks the system resolver for the address of the configured host. ENOTFOUND (Node), "Name or service not known" (Python on Linux), UnknownHostException (Java) and "No such host is known" (.NET) mean the resolver got a definite "no such name". EAI_AGAIN means the resolver could not get an answer right now. smtp.gmail.com always resolves on a working network, so ENOTFOUND nearly always means the string you pass is not smtp.gmail.com; look at the hostname field for quotes, a semicolon, a trailing space, smtp:// or a wrong domain. EAI_AGAIN points at the DNS setup of the machine or container.',
  causes: [
    'Quotes, a semicolon or whitespace copied into the host value (for example SMTP_HOST="smtp.gmail.com"; in a file that does not strip quotes)',
    'The wrong name: smtp.google.com, gmail.com, smtp.gmail.com with a typo, or a URL such as smtp://smtp.gmail.com or http in the host field',
    'The DNS resolver of the container, VM or CI runner is broken, unreachable or blocked by a firewall (EAI_AGAIN, EDNS)',
    'The machine is offline or behind a proxy that allows only HTTP and resolves names itself',
  ],
  fixes: [
    {
      title: 'Use the exact hostname',
      detail:
        'Set host to smtp.gmail.com (or smtp-relay.gmail.com for Workspace relay) with no quotes, scheme, port or spaces. Log JSON.stringify(host) to reveal hidden characters.',
    },
    {
      title: 'Test resolution on the same machine',
      detail:
        "Run nslookup smtp.gmail.com or dig smtp.gmail.com (inside the container: docker exec <container> getent hosts smtp.gmail.com). If that fails too, fix the resolver: /etc/resolv.conf, the Docker --dns option, or the network's DNS server.",
    },
    {
      title: 'Retry EAI_AGAIN after a short pause',
      detail:
        'EAI_AGAIN is a temporary resolver failure; retry after a few seconds with backoff. If it persists, treat it like a broken resolver.',
    },
  ],
  prevention:
    'Validate the SMTP host at startup (reject quotes, schemes and whitespace) and check DNS resolution in your container health check.',
  related: ['conn-refused', 'conn-timeout', '553-5.1.2-domain-not-found'],
  retry: {
    kind: 'fix-then-retry',
    note: 'ENOTFOUND means the hostname is wrong and will not resolve until it is fixed; EAI_AGAIN alone is transient and worth a few retries with backoff.',
  },
  stage: 'connect',
  signature: {
    phrases: ['getaddrinfo', 'name or service not known', 'unknownhostexception', 'no such host is known'],
    errorCodes: ['EDNS', 'ENOTFOUND', 'EAI_AGAIN'],
  },
  sources: [
    'https://nodejs.org/api/errors.html#common-system-errors',
    'https://github.com/nodemailer/nodemailer/issues/409',
    'https://github.com/nodemailer/nodemailer/issues/1422',
    'https://github.com/eleith/emailjs/issues/136',
    'https://github.com/nodemailer/nodemailer/issues/679',
    'https://github.com/RocketChat/Rocket.Chat/issues/16519',
  ],
  checked: '2026-11-23',
};
