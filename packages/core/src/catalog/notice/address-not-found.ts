import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'notice-address-not-found',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText:
    "Your message wasn't delivered to user@example.com because the address couldn't be found, or is unable to receive mail.",
  fromGoogleList: false,
  title: "Address not found: the address couldn't be found, or is unable to receive mail",
  severity: 'medium',
  summary:
    "Gmail's notice that the recipient's own mail server refused the address (the domain exists and has a mail server, but that mailbox does not). Check the address for typos; if it is right, the mailbox was removed. Do not retry.",
  whatYouSee: [
    '** Address not found **',
    "Your message wasn't delivered to user@example.com because the address couldn't be found or is unable to receive email.",
    'The response from the remote server was:',
    '550 5.1.1 <user@example.com>: Recipient address rejected: User unknown',
  ],
  whatsHappening:
    'Gmail (or Google Workspace) handed your message to the recipient domain\'s mail server, and that server answered that the mailbox does not exist. Gmail wraps the other server\'s reply in its own "Address not found" notice; the line after "The response from the remote server was:" is the other server\'s own wording (`550 5.1.1 … User unknown`, `550 #5.1.0 Address rejected`, `550 User unknown`). It is not the same as Gmail\'s "domain couldn\'t be found" notice: here the domain exists and answered, only the mailbox is unknown.',
  causes: [
    'A typo in the part before the @',
    'The mailbox was deleted, or the person left the organisation',
    'The recipient server only accepts a fixed list of addresses and this one is not on it',
    'The address is a distribution list or alias that was removed',
  ],
  fixes: [
    {
      title: 'Check the address',
      detail:
        'Compare the address in the notice with the one you meant, character by character; confirm it with the recipient another way.',
    },
    {
      title: 'Suppress it',
      detail:
        'Treat it as a hard bounce: remove the address from your lists (or mark it in your sender) so you stop sending to it.',
    },
    {
      title: 'If the address should exist, tell its administrator',
      detail:
        "Send the remote server's line from the notice to the recipient's IT: their server rejects an address they believe is valid.",
    },
  ],
  prevention: 'Validate addresses at sign-up (double opt-in) and suppress addresses that hard-bounce.',
  related: ['550-5.1.1-no-such-user', '553-5.1.2-domain-not-found', 'notice-recipient-server-did-not-accept'],
  retry: {
    kind: 'never',
    note: 'The recipient server says the mailbox does not exist; correct the address or remove it.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/mail/answer/6596',
  signature: {
    // Gmail has written the sentence both ways: "…couldn't be found, or is unable to receive mail"
    // and, in current notices, "…couldn't be found or is unable to receive email".
    phrases: [
      "couldn't be found, or is unable to receive mail",
      "couldn't be found or is unable to receive email",
      "because the address couldn't be found",
    ],
  },
  sources: [
    'https://support.google.com/mail/answer/6596',
    'https://github.com/dwyl/learn-to-send-email-via-google-script-html-no-server/issues/371',
  ],
  checked: '2026-12-03',
};
