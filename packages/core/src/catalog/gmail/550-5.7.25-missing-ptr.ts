import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.25-missing-ptr',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.25',
  providerText:
    'The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. Please visit https://support.google.com/mail/answer/81126#ip-practices for more information.',
  fromGoogleList: false,
  googleListRows: [
    "This message was blocked because the sending IP address doesn't have a PTR record, or the forwarding DNS entry doesn't reference the sending IP address. Gmail requires that sending IP addresses have a PTR record. Learn more about requirements for sending IP addresses. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
  ],
  title: 'Sending IP has no PTR record, or it does not match forward DNS',
  severity: 'critical',
  summary:
    'Gmail refuses all mail from an IP without valid reverse DNS. Ask whoever owns the IP (your host or ISP) for a PTR record pointing to your mail hostname, and make that hostname resolve back to the same IP.',
  whatYouSee: [
    '550-5.7.25 [203.0.113.7] The IP address sending this message does not have a',
    '550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not',
    '550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages',
    '550 5.7.25 from IPs with missing PTR records. d2e1a72fcca58-4a0 - gsmtp (in reply to end of DATA command)',
  ],
  whatsHappening:
    'Gmail checks forward-confirmed reverse DNS for every connecting IP: the IP must have a PTR record naming a host, and that host must have an A (IPv4) or AAAA (IPv6) record pointing back to the same IP. When either half is missing, Gmail rejects the message at the end of DATA with 550 5.7.25. Because it is a property of the IP, every message from that server to Gmail and Google Workspace fails. It often appears on new VPSs, home connections and, very often, on IPv6: a server that prefers IPv6 to reach Gmail but only has a PTR for its IPv4 address. An older form of the reply omits the forward-DNS clause.',
  causes: [
    'No PTR record on the sending IP; PTR records are set by the owner of the IP block (the hosting provider or ISP), not in your domain DNS',
    'The PTR points to a hostname whose A/AAAA record does not resolve back to the same IP',
    'The server sends to Gmail over IPv6 but the IPv6 address has no PTR (common on VPS providers)',
    'Mail leaves from a different IP than expected (NAT, a second interface, a cloud egress address)',
    'The PTR was just created and has not propagated yet',
  ],
  fixes: [
    {
      title: 'Set the PTR record at the IP owner',
      detail:
        'In your VPS or hosting control panel (often called "Reverse DNS"), set the PTR for the sending IP to your mail hostname, e.g. mail.example.com. If there is no such setting, open a ticket with the provider or ISP.',
    },
    {
      title: 'Make forward DNS match',
      detail:
        'Publish an A record (and AAAA for IPv6) for mail.example.com that points to exactly that IP. Check both directions: `dig -x 203.0.113.7 +short` must return the hostname and `dig mail.example.com +short` must return the IP.',
    },
    {
      title: 'Fix or disable IPv6 sending',
      detail:
        'If the rejected IP is IPv6, add a PTR and AAAA for it, or make the MTA send over IPv4 only (Postfix: `inet_protocols = ipv4` or `smtp_address_preference = ipv4`; Exim: `dns_ipv4_lookup = *`).',
    },
    {
      title: 'Use the name as HELO and retry',
      detail:
        'Set the MTA hostname/HELO to the same name (Postfix `myhostname = mail.example.com`), wait for DNS to propagate, then flush the queue.',
    },
  ],
  prevention:
    'Before a server sends any mail, confirm forward-confirmed reverse DNS for every address it can send from, IPv4 and IPv6 alike.',
  related: [
    '550-5.7.1-ip-not-authorized',
    '550-5.7.26-unauthenticated',
    '501-5.5.4-invalid-helo-argument',
    '550-5.7.1-likely-unsolicited',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Every message from this IP will fail until the PTR and the matching forward record exist.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#ip-practices',
  signature: {
    phrases: [
      'does not have a ptr record setup',
      'from ips with missing ptr records',
      'forward dns entry does not point to the sending ip',
    ],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126#ip-practices',
    'https://github.com/docker-mailserver/docker-mailserver/issues/2991',
    'https://github.com/mail-in-a-box/mailinabox/issues/2211',
    'https://github.com/mail-in-a-box/mailinabox/issues/1746',
    'https://github.com/jeboehm/docker-mailserver/issues/234',
  ],
  checked: '2026-11-23',
};
