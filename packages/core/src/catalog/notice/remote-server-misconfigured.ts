import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'notice-remote-server-misconfigured',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText:
    "Your message couldn't be delivered to user@example.com because the remote server is misconfigured. See technical details below for more information.",
  fromGoogleList: false,
  title: 'Message not delivered: the remote server is misconfigured',
  severity: 'medium',
  summary:
    "Gmail reached the mail server named by the recipient domain's MX records, and that server refused mail for the domain as if it were not its own (typically \"Relay access denied\"). The fault is in the recipient's DNS or mail server set-up, not in your message: only the recipient's administrator can fix it.",
  whatYouSee: [
    '** Message not delivered **',
    "Your message couldn't be delivered to user@example.com because the remote server is misconfigured. See technical details below for more information.",
    'The response from the remote server was:',
    '554 5.7.1 <user@example.com>: Relay access denied',
  ],
  whatsHappening:
    'To deliver to user@example.com, Gmail looks up the MX records of example.com and hands the message to the server they name. A server only accepts mail for the domains it is configured to receive; for any other domain it answers like an open-relay guard ("554 5.7.1 Relay access denied", "550 relay not permitted"). When the server the MX records point at answers that way for the recipient\'s own domain, Gmail calls the remote server misconfigured: the MX records point at the wrong host (often an old provider after a move), or the right host does not list the domain among the ones it receives (Postfix `mydestination` / `virtual_mailbox_domains`, a mail panel where the domain was never added or was removed). The line after "The response from the remote server was:" is that server\'s own refusal.',
  causes: [
    "The domain's MX records still point at a former mail provider or a server that no longer hosts it",
    'The mail server does not list the domain among the domains it receives mail for',
    'A mailing-list or forwarding host was reinstalled and lost its domain configuration',
    'A new domain whose MX records were published before its mail hosting was set up',
  ],
  fixes: [
    {
      title: "Tell the recipient's administrator",
      detail:
        'Send them the line after "The response from the remote server was:" and the time it happened; their server refuses mail for their own domain, which only they can fix. Reach the person another way meanwhile.',
    },
    {
      title: 'Check where the MX records point',
      detail:
        "Run `dig MX example.com` (or an online MX lookup) and include the result: if the host is not the domain's current mail provider, the MX records are stale.",
    },
    {
      title: 'If it is your own domain, add it to the server',
      detail:
        "Add the domain to the server's received domains (Postfix `virtual_mailbox_domains` or `mydestination`, the hosting panel's mail domains) or point the MX records at the host that does receive it, then send a test from Gmail.",
    },
  ],
  prevention:
    'When moving mail hosting, set the domain up on the new server before changing the MX records, and keep the old server accepting mail until the records have expired everywhere.',
  related: ['550-5.7.0-relay-denied', 'notice-address-not-found', 'notice-recipient-server-did-not-accept'],
  retry: {
    kind: 'fix-then-retry',
    note: "The recipient's server refuses every message for the domain until its set-up is fixed.",
  },
  stage: 'RCPT',
  signature: {
    phrases: ['because the remote server is misconfigured'],
  },
  sources: [
    'https://github.com/Purelymail/purelymail-issues/issues/236',
    'https://github.com/ledgersmb/LedgerSMB/issues/7810',
    'https://support.google.com/a/answer/140034',
    'https://www.rfc-editor.org/rfc/rfc5321',
  ],
  checked: '2026-12-03',
};
