import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.0-ptr-rate-limited',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.0',
  providerText:
    'The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, email sent from your IP address has been temporarily rate limited. For more information, go to Email sender guidelines.',
  fromGoogleList: true,
  title: 'Rate limited because the sending IP has no PTR record pointing back to it',
  severity: 'high',
  summary:
    'Gmail is deferring mail from your server because its IP has no reverse DNS (PTR) name, or the name does not resolve back to the IP. Have the owner of the IP set a PTR record whose name resolves to it; until then each resend is deferred again.',
  whatYouSee: [
    '421-4.7.0 [203.0.113.7] The IP address sending this message does not have a PTR record, or the',
    '421-4.7.0 corresponding forward DNS entry does not point to the sending IP. To protect our users',
    '421 4.7.0 from spam, email sent from your IP address has been temporarily rate limited. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'The same forward-confirmed reverse DNS check as 451 4.7.23 and the permanent 550 5.7.25, in the wording Google lists under 421 4.7.0: Gmail looked up the PTR record of the connecting IP, then the address of the name it found, and they did not lead back to the same IP. Google’s sender guidelines require valid forward and reverse DNS for every sending IP. A 421 closes the session and the message stays queued, but the DNS, not time, decides whether the next attempt passes.',
  causes: [
    'No PTR record on the sending IP (new VPS or IP, IPv6 address never configured)',
    'A PTR name without an A/AAAA record, or one pointing to a different IP',
    'Mail leaving through another address (NAT, a second interface, IPv6) than the one whose PTR was set',
  ],
  fixes: [
    {
      title: 'Set a PTR record that resolves back',
      detail:
        'Ask the owner of the IP block (hosting or cloud provider, ISP) to set the PTR of the bracketed IP to your mail host name, and publish an A/AAAA record for that name pointing to the same IP. Check with `dig -x 203.0.113.7 +short` and `dig mail.example.com +short`.',
    },
    {
      title: 'Deliver over the address that has it',
      detail:
        'If only IPv4 has a PTR, make the MTA prefer IPv4 for Gmail (Postfix `smtp_address_preference = ipv4`).',
    },
    {
      title: 'Relay if you cannot set PTR',
      detail:
        'Send through your provider’s or a transactional service’s relay instead of delivering directly.',
    },
  ],
  prevention:
    'Make PTR and matching forward DNS part of provisioning for every IPv4 and IPv6 address a mail server may send from.',
  related: ['451-4.7.23-ptr-rate-limited', '550-5.7.25-missing-ptr', '550-5.7.1-ipv6-sending-guidelines'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Waiting alone will not help: a resend from the same IP is deferred again. Set a PTR record whose name resolves back to the IP, then resend.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#ip-practices',
  signature: {
    // Shares "forward DNS entry does not point to the sending IP" with 550-5.7.25-missing-ptr, whose
    // text says "PTR record setup"; this wording and the 4.7.0 code separate the deferral.
    phrases: ['does not have a ptr record, or the corresponding forward dns entry'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126#ip-practices',
    'https://www.rfc-editor.org/rfc/rfc1912#section-2.1',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
