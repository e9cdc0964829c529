import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-policy-prohibited',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    'The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details. For more information, visit Sorry, a policy is in place that prevents your message from being sent.',
  fromGoogleList: true,
  googleListRows: [
    'The user or domain that you are sending to (or from) has a policy that prohibits the email that you sent. Contact your domain administrator for assistance. For more information, go to Sorry, a policy is in place that prevents your message from being sent.',
  ],
  title: 'A policy prohibited the mail that you sent',
  severity: 'medium',
  summary:
    "A Google Workspace administrator's rule, on the recipient's domain or on your own, blocked this message (sender blocklist, content compliance, attachment or routing rule). Only that domain's admin can say which rule; ask them.",
  whatYouSee: [
    '550-5.7.1 The user or domain that you are sending to (or from) has a policy that',
    '550-5.7.1 prohibited the mail that you sent. Please contact your domain',
    '550-5.7.1 administrator for further details. For more information, go to',
    '550 5.7.1 https://support.google.com/a/answer/172179 d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "Workspace lets admins add Gmail rules: blocked senders, content compliance, objectionable content, attachment compliance, restricted delivery (only certain domains may send to or receive from a group of users). When a rule set to reject matches, Google returns this generic 5.7.1 text, either to the outside sender (rule on the recipient's domain) or to your own users (rule on your outbound mail). Errors from custom rules often carry 'gcdp' in the reply. Nothing is wrong with your server; the message or sender matched a rule.",
  causes: [
    "The recipient's Workspace admin has blocked your address or domain, or allows mail only from listed domains",
    'A content compliance rule matched (keywords, credit-card numbers, attachment types such as .zip or executables)',
    'Your own organisation restricts whom users may send to (e.g. students may email only inside the school domain)',
    'A routing rule rejects mail to or from a particular group or organisational unit',
  ],
  fixes: [
    {
      title: 'Work out whose policy it is',
      detail:
        'If the recipient is in another organisation and other recipients elsewhere received the mail, the rule is theirs: contact the recipient by another channel and ask their admin to allow your address or domain. If colleagues get the same error sending to many domains, the rule is in your own Workspace.',
    },
    {
      title: 'For admins: find the rule in Email Log Search',
      detail:
        'In the Admin console open Reporting > Email Log Search, find the message, and open its details; triggered settings show which compliance, routing or blocked-sender rule rejected it. Edit the rule or its exceptions under Apps > Google Workspace > Gmail > Compliance or Routing.',
    },
    {
      title: 'Remove what triggered the rule',
      detail:
        'If the rule targets content, resend without the blocked attachment type (share a Drive link instead) or the sensitive data pattern.',
    },
  ],
  prevention:
    'Admins should give custom rejection messages to their rules so senders see what was blocked, and test new compliance rules on a small organisational unit first.',
  related: [
    '552-5.7.0-security-issue',
    '421-4.7.0-ip-not-in-whitelist',
    '550-5.7.1-likely-unsolicited',
    '550-5.7.1-unauthenticated-not-accepted',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The rule will match again; resend only after the admin changes the policy or the content changes.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/a/answer/172179',
  signature: {
    phrases: [
      'has a policy that prohibited the mail that you sent',
      'policy that prohibited the mail',
      'has a policy that prohibits the email that you sent',
    ],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://support.google.com/a/answer/7282433'],
  checked: '2026-11-23',
};
