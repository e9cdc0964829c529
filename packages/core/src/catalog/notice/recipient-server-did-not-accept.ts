import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'notice-recipient-server-did-not-accept',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720',
  fromGoogleList: false,
  title: 'The recipient server did not accept our requests to connect',
  severity: 'medium',
  summary:
    "Gmail could not open an SMTP connection to the recipient domain's mail server (timed out, refused or dropped). Nothing is wrong with your message or account: the recipient's mail server or its MX records must be fixed by the recipient's side.",
  whatYouSee: [
    'Technical details of temporary failure:',
    'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720',
    '[mail.lt.g4s.com 193.150.40.9: timed out]',
    'The recipient server did not accept our requests to connect. Learn more at http://mail.google.com/support/bin/answer.py?answer=7720',
    '[andrewmonks.net (1): Connection dropped]',
  ],
  whatsHappening:
    'This is Gmail\'s own delivery notice, not a reply from the other server: Gmail looked up the recipient domain\'s MX records and tried to connect to port 25 of each host, and every attempt timed out, was refused or was dropped before the SMTP greeting. The bracketed part names the host and what happened (`timed out`, `Connection refused`, `Connection dropped`). Gmail first sends a "delayed" notice and keeps retrying for up to about two days; the final notice says the delivery failed permanently. The usual causes are a mail server that is down, a firewall or ISP blocking inbound port 25, or MX records that point at a host that does not run a mail server.',
  causes: [
    "The recipient's mail server is down, overloaded or not listening on port 25",
    'A firewall, or a home ISP, blocks inbound connections to port 25 of the MX host',
    'The MX record points at the wrong host (an old server, the web server, a dynamic IP)',
    'The receiving server drops connections from Google on purpose (a block list or geo filter)',
  ],
  fixes: [
    {
      title: 'Tell the recipient through another channel',
      detail:
        'Only the recipient domain can fix this. Send them the bracketed host and error from the notice so their administrator can check the server.',
    },
    {
      title: 'If it is your own domain, test port 25 from outside',
      detail:
        'Run `dig MX yourdomain` and `nc -vz <mx-host> 25` from a machine outside your network; open port 25 in the firewall and ask the ISP whether it blocks inbound SMTP.',
    },
    {
      title: 'Check the MX records',
      detail:
        'Every MX host must resolve to a server that answers with a 220 greeting on port 25; remove MX records for hosts that no longer receive mail.',
    },
  ],
  prevention:
    'Monitor inbound SMTP on port 25 from outside your network, and keep MX records in step with the servers that really receive mail.',
  related: ['conn-timeout', 'conn-refused', 'notice-address-not-found'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Gmail already retries for about two days; send again only after the recipient server accepts connections.',
  },
  stage: 'connect',
  helpUrl: 'https://support.google.com/mail/answer/7720',
  signature: {
    // Not Google's help link (answer 7720): Gmail's notices also use it as their generic "Learn
    // more here" link around any temporary failure, so it names this page only as a last fallback
    // (google-notice.ts), never over the quoted reply's own reason.
    phrases: ['did not accept our requests to connect'],
  },
  sources: [
    'https://support.google.com/mail/answer/7720',
    'https://github.com/DOAJ/doaj/issues/963',
    'https://github.com/ruffrey/mailsac/issues/21',
  ],
  checked: '2026-12-03',
};
