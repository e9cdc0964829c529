import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'notice-message-blocked',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Message rejected. For more information, go to https://support.google.com/mail/answer/69585',
  fromGoogleList: false,
  title: 'Message blocked: Gmail refused to send your message',
  severity: 'high',
  summary:
    "Gmail itself stopped your outgoing message because it looks like spam, phishing or abuse (it never left Google). Change the content or the way you send, and check your account's security; resending the same message will be blocked again.",
  whatYouSee: [
    '** Message blocked **',
    'Your message to info@example.com has been blocked. See technical details below for more information.',
    'Learn more here: https://support.google.com/mail/answer/69585',
    'The response was:',
    'Message rejected. For more information, go to https://support.google.com/mail/answer/69585',
  ],
  whatsHappening:
    "Google scans mail sent from Gmail and Google Workspace accounts, not only mail it receives. When an outgoing message looks like spam or abuse (many similar messages to people who never wrote to you, link shorteners or links with a poor reputation, phishing-like wording, a compromised account sending bulk mail), Gmail refuses to send it and answers with this notice. The notice comes from Google (mailer-daemon@googlemail.com), in your language, and links to answer 69585. No remote server was involved, so the recipient's settings do not matter.",
  causes: [
    'Bulk or repetitive messages sent through a personal Gmail account',
    'Links or attachments with a poor reputation (URL shorteners, newly registered domains, executables)',
    'Wording or formatting typical of phishing or spam',
    'The account was compromised and used to send spam, so Google now scrutinises everything it sends',
  ],
  fixes: [
    {
      title: 'Change what you send',
      detail:
        'Remove link shorteners and suspicious attachments, write a plain personal message, and send it to fewer people at a time.',
    },
    {
      title: 'Use a bulk sender for bulk mail',
      detail:
        'Newsletters and notifications belong to a sending service with your own authenticated domain, not to a Gmail mailbox.',
    },
    {
      title: 'Secure the account',
      detail:
        'Check recent security activity, change the password, review app passwords and connected apps, and turn on 2-Step Verification.',
    },
  ],
  prevention:
    "Keep bulk and automated mail off personal Gmail accounts and follow Google's sender guidelines for content and volume.",
  related: ['550-5.7.1-likely-unsolicited', '552-5.7.0-security-issue', '550-5.4.5-daily-user-limit'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same message will be blocked again; change the content or sending pattern first.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/69585',
  signature: {
    phrases: [
      'support.google.com/mail/answer/69585',
      'has been blocked. see technical details below',
      'message rejected. for more information, go to',
    ],
  },
  sources: ['https://support.google.com/mail/answer/69585', 'https://github.com/jbevain/cecil/issues/561'],
  checked: '2026-12-03',
};
