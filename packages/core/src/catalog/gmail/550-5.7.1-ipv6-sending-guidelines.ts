import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-ipv6-sending-guidelines',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    'Our system has detected that this message does not meet IPv6 sending guidelines regarding PTR records and authentication. Please review https://support.google.com/mail/?p=ipv6_authentication_error for more information.',
  fromGoogleList: false,
  googleListRows: [
    'This message does not meet IPv6 sending guidelines regarding PTR records and authentication. For more information, go to Email sender guidelines.',
  ],
  title: 'Does not meet IPv6 sending guidelines regarding PTR records and authentication',
  severity: 'high',
  summary:
    'Your server reached Gmail over IPv6, and Gmail demands more of IPv6 senders: a matching PTR record and SPF or DKIM that passes. Add both for the IPv6 address, or send to Gmail over IPv4.',
  whatYouSee: [
    '550-5.7.1 [2001:db8::25] Our system has detected that this message does',
    '550-5.7.1 not meet IPv6 sending guidelines regarding PTR records and',
    '550-5.7.1 authentication. Please review',
    '550 5.7.1 https://support.google.com/mail/?p=ipv6_authentication_error for more information. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "Gmail's MX hosts have IPv6 addresses, so a dual-stack server often delivers over IPv6 without anyone noticing. Gmail applies stricter rules there: the IPv6 address must have a PTR record whose hostname resolves back to it, and the message must pass SPF or DKIM. If either is missing, the message is rejected after DATA with this 550 5.7.1. The same server may deliver fine over IPv4 because its IPv4 address has a PTR and is listed in SPF.",
  causes: [
    'No PTR record for the server IPv6 address (many VPS providers do not set one by default)',
    'The SPF record lists only the IPv4 address (`ip4:`) and not the IPv6 one (`ip6:`)',
    'No DKIM signing, so nothing else authenticates the message',
    'The PTR hostname has no AAAA record pointing back to the same address',
  ],
  fixes: [
    {
      title: 'Add a PTR and AAAA for the IPv6 address',
      detail:
        'Set reverse DNS for the IPv6 address in the provider panel to your mail hostname and publish a matching AAAA record; check with `dig -x 2001:db8::25 +short`.',
    },
    {
      title: 'Add the IPv6 address to SPF and sign with DKIM',
      detail:
        'Extend SPF with `ip6:2001:db8::25` (or the /64) and enable DKIM so the message authenticates regardless of address family.',
    },
    {
      title: 'Or deliver over IPv4',
      detail:
        'If you cannot fix IPv6 DNS, make the MTA prefer IPv4: Postfix `smtp_address_preference = ipv4` (or `inet_protocols = ipv4`), Exim `dns_ipv4_lookup = *`.',
    },
  ],
  prevention:
    'Treat every address family the server can send from as a separate sender: each needs PTR, forward DNS and an SPF entry.',
  related: [
    '550-5.7.25-missing-ptr',
    '550-5.7.26-unauthenticated',
    '550-5.7.1-low-reputation-ip',
    '550-5.7.26-sender-unauthenticated',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Fix IPv6 PTR and authentication, or switch delivery to IPv4, before resending.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=ipv6_authentication_error',
  signature: {
    phrases: ['ipv6 sending guidelines', 'p=ipv6_authentication_error'],
  },
  sources: [
    'https://github.com/nodemailer/nodemailer/issues/236',
    'https://dwaves.org/2017/02/02/everyone-uses-google-mail-of-course-unencrypted-why-does-google-mail-hate-my-mailserver/',
    'https://support.google.com/a/answer/3726730',
  ],
  checked: '2026-11-23',
};
