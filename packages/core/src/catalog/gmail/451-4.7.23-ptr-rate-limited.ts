import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '451-4.7.23-ptr-rate-limited',
  provider: 'gmail',
  replyCode: 451,
  enhancedCode: '4.7.23',
  providerText:
    "The sending IP address for this message doesn't have a PTR record, or the PTR record's forward DNS entry doesn't match the sending IP address. To protect users from spam, your email has been temporarily rate limited. To learn more about IP address requirements for sending to Gmail, visit the IP addresses section of our sender guidelines. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
  fromGoogleList: true,
  googleListRows: [
    "ip-address The sending IP address for this message doesn't have a PTR record, or the PTR record's forward DNS entry doesn't match the sending IP address. To protect users from spam, your email has been temporarily rate limited. To learn more about IP address requirements for sending to Gmail, visit the IP addresses section of our sender guidelines. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
  ],
  title: 'Rate limited because the sending IP has no matching PTR record',
  severity: 'high',
  summary:
    'Gmail is deferring mail from your server because its IP address has no reverse DNS (PTR) name, or that name does not resolve back to the same IP. Ask whoever owns the IP to set a PTR record whose name resolves to it; until then every resend is deferred again.',
  whatYouSee: [
    "451-4.7.23 [203.0.113.7] The sending IP address for this message doesn't have a PTR record,",
    "451-4.7.23 or the PTR record's forward DNS entry doesn't match the sending IP address.",
    '451 4.7.23 To protect users from spam, your email has been temporarily rate limited. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Gmail looks up the PTR record of the connecting IP and then the A or AAAA record of the name it finds; both must exist and lead back to the same address (forward-confirmed reverse DNS). Google’s sender guidelines require it of every server sending to Gmail. This reply is the temporary form of that check: the message is deferred and stays in your queue, but nothing on Gmail’s side changes until the DNS does. The permanent form is 550 5.7.25. A PTR record is set by whoever controls the IP block (your hosting or cloud provider, or your ISP), not in your domain’s DNS zone. The first mail from a new VPS, a server that moved to a new IP, or IPv6 delivery from an address with no PTR are the usual ways to meet it.',
  causes: [
    'The sending IP has no PTR record at all (new VPS, new IP, IPv6 address never configured)',
    'The PTR name has no A/AAAA record, or it points to another IP (forward-confirmed reverse DNS fails)',
    'The server sends over IPv6 from an address whose PTR was only set for IPv4',
    'Mail leaves through a NAT or firewall address other than the one whose PTR was set',
  ],
  fixes: [
    {
      title: 'Set a PTR record that resolves back',
      detail:
        'In your provider’s control panel (or by ticket to the ISP), set the PTR of the sending IP to a name such as mail.example.com, and publish an A (or AAAA) record for that name pointing to the same IP. Check both: `dig -x 203.0.113.7 +short` then `dig mail.example.com +short`.',
    },
    {
      title: 'Check which address actually sends',
      detail:
        'Look at the bracketed IP in the reply: that is the one Gmail checked. If it is IPv6 and you cannot give it a PTR, make the MTA deliver to Gmail over IPv4 (Postfix `smtp_address_preference = ipv4`).',
    },
    {
      title: 'Use the PTR name as HELO',
      detail:
        'Set the MTA’s HELO/EHLO name to the same host name (Postfix `myhostname`), so reverse DNS, forward DNS and HELO agree.',
    },
    {
      title: 'Relay through a provider if you cannot control PTR',
      detail:
        'Residential and some cloud IPs cannot get a custom PTR: send through your mailbox provider’s or a transactional service’s relay instead of delivering directly.',
    },
  ],
  prevention:
    'Make PTR and forward DNS part of provisioning any mail server, for every IPv4 and IPv6 address it may send from, and test both after every IP change.',
  related: [
    '550-5.7.25-missing-ptr',
    '550-5.7.1-ipv6-sending-guidelines',
    '421-4.7.0-suspicious-rate-limited',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Waiting alone will not help: a resend from the same IP is deferred again. Set a PTR record whose name resolves back to the IP, then resend.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#ip-practices',
  signature: {
    phrases: ["the ptr record's forward dns entry doesn't match the sending ip address"],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126#ip-practices',
    'https://www.rfc-editor.org/rfc/rfc1912#section-2.1',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
