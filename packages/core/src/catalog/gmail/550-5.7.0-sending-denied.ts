import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.0-sending-denied',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.0',
  providerText:
    'Mail Sending denied. This error occurs if the sender account is disabled or not registered within your Google Workspace domain.',
  fromGoogleList: true,
  googleListRows: ['Email sending denied. For more information, go to SMTP relay service error messages.'],
  title: 'Mail Sending denied: sender account disabled or not in the domain',
  severity: 'high',
  summary:
    'The Workspace relay accepted your connection but refuses to send as this sender: the account is suspended or deleted, or the address does not exist in your Google Workspace domain. Use an active user (or allow any sender in the relay rule).',
  whatYouSee: [
    '550 5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or not registered within your Google Workspace domain.',
    '550-5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or',
    '550 5.7.0 not registered within your Google Workspace domain. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "Your client reached smtp-relay.gmail.com (or a Workspace sending path) and was allowed to relay, but Google checks the sender against the domain's directory. When the envelope sender or the SMTP AUTH user is a suspended user, a deleted user, or an address that is not a user, group or alias in the Workspace account, and the relay rule only permits addresses in your domains, the message is refused. It is a permanent refusal for that sender, not a temporary block.",
  causes: [
    "The user the application sends as was suspended or deleted (an ex-employee's address left in a device or app config)",
    "The envelope sender is an address that does not exist in Workspace (e.g. noreply@ or scanner@) while the relay rule allows 'Only addresses in my domains'",
    'The account was suspended by Google for suspected abuse or by an admin for policy reasons',
    'A typo or old domain in the From/envelope address after a domain change',
  ],
  fixes: [
    {
      title: 'Check the sender in the Admin console',
      detail:
        'Search for the sender address under Directory > Users. If the user is suspended, reactivate it (or find out why Google suspended it); if it was deleted, pick an active user. If the address is meant to be a shared sender, create it as a user, group or alias.',
    },
    {
      title: 'Point the app at an active sender',
      detail:
        "Update the From and envelope sender in the application, printer or server (for example Postfix `sender_canonical_maps`, or nodemailer's `from` and `envelope.from`) to an address that exists and is active in Workspace.",
    },
    {
      title: 'Allow non-user senders on the relay if that is intended',
      detail:
        "In Apps > Google Workspace > Gmail > Routing > SMTP relay service, set 'Allowed senders' to 'Any addresses' for the rule that covers this device's IP, so notification addresses that are not users can relay. Keep the IP allowlist tight when you do this.",
    },
    {
      title: 'If the account was suspended for abuse, fix that first',
      detail:
        'Check the Admin console alert center and Email Log Search for what the account sent, rotate its password and app passwords, and remove the compromised device or script before reactivating.',
    },
  ],
  prevention:
    'Send system mail from a dedicated, documented Workspace user or alias that is excluded from offboarding, and review relay sender settings whenever users are suspended or domains change.',
  related: [
    '550-5.7.0-relay-denied',
    '550-5.7.1-invalid-relay-credentials',
    '550-5.2.1-account-disabled',
    '535-5.7.8-bad-credentials',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Retry only after the sender account is active or the relay rule allows this sender.',
  },
  stage: 'MAIL',
  helpUrl: 'https://support.google.com/a/answer/6140680#maildenied',
  signature: {
    phrases: ['mail sending denied', 'sender account is disabled or not registered'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://support.google.com/a/answer/6140680'],
  checked: '2026-11-23',
};
