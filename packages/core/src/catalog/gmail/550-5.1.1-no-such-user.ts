import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.1.1-no-such-user',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.1.1',
  providerText:
    "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, visit Fix bounced or rejected emails.",
  fromGoogleList: true,
  googleListRows: [
    "The email account that you tried to reach does not exist. Please double-check the recipient's email address for typos or unnecessary spaces. For more information, go to Fix bounced or rejected emails.",
  ],
  title: 'The email account that you tried to reach does not exist',
  severity: 'medium',
  summary:
    'Hard bounce: there is no Gmail or Google Workspace mailbox at that address. Check the address for typos; if it is correct, the account was deleted. Remove it from your lists and do not retry.',
  whatYouSee: [
    '550-5.1.1 The email account that you tried to reach does not exist. Please try',
    "550-5.1.1 double-checking the recipient's email address for typos or",
    '550-5.1.1 unnecessary spaces. For more information, go to',
    '550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Gmail answers RCPT TO with 550 5.1.1 when the domain is hosted by Google but the mailbox part does not exist: a misspelt name, a deleted consumer account, or a Workspace user that was removed without an alias or catch-all taking over. It is permanent for that address; nothing on your side (authentication, reputation, content) caused it, and nothing you change will make it deliverable. Sending repeatedly to addresses that bounce like this does hurt your sender reputation, so the address should leave your lists.',
  causes: [
    'A typo in the local part (e.g. `jhon@` for `john@`, or a missing or extra dot in a Workspace address)',
    'Leading/trailing spaces or invisible characters copied into the address',
    'The Google account was deleted, or the Workspace user was removed or renamed',
    'An old or purchased list containing addresses that never existed',
  ],
  fixes: [
    {
      title: 'Check the address carefully',
      detail:
        'Trim spaces, check spelling and the domain, and confirm the address with the recipient through another channel. Note that dots in the local part are ignored for @gmail.com but not for Workspace domains.',
    },
    {
      title: 'Suppress it',
      detail:
        'Mark the address as a hard bounce and stop sending to it (nodemailer: inspect `err.rejected` / `info.rejected`; ESPs: add to the suppression list).',
    },
    {
      title: 'For Workspace recipients, ask their admin',
      detail:
        "If a colleague's address bounces after a rename or departure, the recipient's Workspace admin can add it as an alias or set up routing for former users.",
    },
  ],
  prevention:
    'Validate addresses at sign-up (double opt-in), trim input, and automatically suppress any address that returns 5.1.1.',
  related: ['550-5.2.1-account-disabled', '553-5.1.2-domain-not-found', '503-5.5.1-rcpt-first'],
  retry: {
    kind: 'never',
    note: 'The mailbox does not exist; retrying cannot succeed. Correct the address or remove it.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/mail/?p=NoSuchUser',
  signature: {
    phrases: [
      'tried to reach does not exist',
      'double-checking the recipient',
      'the email account that you tried to reach',
    ],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://support.google.com/mail/answer/6596'],
  checked: '2026-11-23',
};
