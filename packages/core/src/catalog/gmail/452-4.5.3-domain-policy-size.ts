import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '452-4.5.3-domain-policy-size',
  provider: 'gmail',
  replyCode: 452,
  enhancedCode: '4.5.3',
  providerText:
    'Domain policy size per transaction exceeded, please try this recipient in a separate transaction. This message means the email policy size (size of policies, number of policies, or both) for the recipient domain has been exceeded.',
  fromGoogleList: true,
  googleListRows: [
    'Domain policy size per transaction exceeded, please try this recipient in a separate transaction. For more information, go to Message bounced due to a policy rule.',
  ],
  title: 'Domain policy size per transaction exceeded',
  severity: 'low',
  summary:
    'The recipient’s Google Workspace domain has so many or such large mail policies that Gmail cannot apply them to all your recipients in one transaction. Send the deferred recipients in a separate transaction.',
  whatYouSee: [
    '452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction. d2e1a72fcca58-4a0 - gsmtp',
    '452-4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction.',
  ],
  whatsHappening:
    'For every recipient in a transaction, Gmail has to load the recipient domain’s policies: content compliance rules, routing, attachment and spam settings, often different per organizational unit or group. There is a cap on how much policy one transaction may carry. When your RCPT TO would push the transaction over it, Gmail defers that recipient with 452 4.5.3 and asks for a separate transaction; the recipients already accepted are fine. Sending the deferred recipients on their own succeeds.',
  causes: [
    'One message to many recipients at the same Workspace domain whose users sit in different organizational units with their own Gmail policies',
    'The recipient domain has many, or very large, content compliance and routing rules (long word lists or regular expressions)',
    'A mailing-list expansion or heavily CC’d message to one organization, sent as a single transaction',
  ],
  fixes: [
    {
      title: 'Retry the deferred recipients separately',
      detail:
        'Treat the 452 per recipient: keep the accepted ones, then send the message again in a new transaction (new MAIL FROM, or RSET first) to the recipients that got 452. Postfix, Exim and other MTAs already do this from their queue.',
    },
    {
      title: 'Send fewer recipients per transaction to that domain',
      detail:
        'For Postfix, route the domain through its own transport and set a low recipient limit, e.g. in transport_maps `example.com  smallbatch:` with `smallbatch_destination_recipient_limit = 10` in main.cf (and a `smallbatch` smtp entry in master.cf). In app code, split the recipient list for that domain into small batches.',
    },
    {
      title: 'If you run the recipient domain, trim policies',
      detail:
        'Review Gmail compliance, routing and content rules per organizational unit in the Admin console; merge duplicates, shorten long lists, and remove rules that are no longer needed.',
    },
  ],
  prevention:
    'Split large mailings to one organization into several transactions, and let an MTA handle per-recipient 452 retries.',
  related: [
    '452-4.5.3-too-many-recipients',
    '451-4.3.0-multiple-destination-domains',
    '550-5.7.1-policy-prohibited',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 1_000,
    maxDelayMs: 300_000,
    note: 'Resend only the deferred recipients, straight away, in a separate transaction.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    phrases: ['domain policy size per transaction exceeded'],
  },
  sources: ['https://support.google.com/a/answer/3726730'],
  checked: '2026-11-23',
};
