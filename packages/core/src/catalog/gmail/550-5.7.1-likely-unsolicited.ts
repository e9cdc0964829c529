import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-likely-unsolicited',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    'Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, visit Why has Gmail blocked my messages?',
  fromGoogleList: true,
  googleListRows: [
    'This message is likely unsolicited email. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Why has Gmail blocked my messages?',
  ],
  title: 'Message is likely unsolicited mail: blocked',
  severity: 'high',
  summary:
    "Gmail's filters judged this message (its content, links, sender reputation and authentication together) as spam and rejected it. Fix authentication and reputation first, then the content; changing words alone rarely helps.",
  whatYouSee: [
    '550-5.7.1 [203.0.113.7      12] Our system has detected that this message is',
    '550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,',
    '550-5.7.1 this message has been blocked. Please visit',
    '550 5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError for more information. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Unlike the IP-wide block, this verdict is about the message: Gmail scored it at end of DATA and refused it instead of delivering it to spam. The score combines the sending IP and domain reputation, SPF/DKIM/DMARC results, the URLs and domains in the body, attachments, and how similar mail was received. Other messages from the same server may still be accepted. Repeated identical sends after a rejection look even more like spam.',
  causes: [
    'Links to domains or URL shorteners with poor reputation, or tracking domains shared with spammers',
    'Missing or failing SPF/DKIM, or a From domain that does not align with them',
    'A new or low-reputation sending domain or IP sending volume to Gmail',
    'Content typical of spam or phishing: only an image, misleading subject, credential or payment lures',
    'Recipients who did not ask for the mail and mark it as spam',
  ],
  fixes: [
    {
      title: 'Check authentication on a delivered copy',
      detail:
        "Send a test to a Gmail account that accepts it, open 'Show original' and confirm SPF, DKIM and DMARC all say PASS for your From domain. Fix any failure before touching content.",
    },
    {
      title: 'Audit links and tracking domains',
      detail:
        'Replace URL shorteners and shared tracking domains with links on your own domain, check the linked domains in Google Safe Browsing and public blocklists, and remove links to anything you do not control.',
    },
    {
      title: 'Check the domain in Postmaster Tools',
      detail:
        "Verify your domain at postmaster.google.com and read what v2 shows: compliance status with Gmail's sender guidelines, user-reported spam rate, SPF/DKIM/DMARC pass rates, TLS and delivery errors (the Domain and IP Reputation dashboards were retired with v1 on 30 September 2025). A domain with a bad record needs a period of low-volume sending to engaged recipients to recover.",
    },
    {
      title: 'Send only wanted mail',
      detail:
        'Mail only opted-in recipients, include one-click unsubscribe (`List-Unsubscribe` + `List-Unsubscribe-Post`) on bulk mail, and stop sending to people who never open. Do not resend the rejected message unchanged in a loop.',
    },
  ],
  prevention:
    "Keep SPF, DKIM and DMARC aligned, link only to reputable domains you control, and keep Gmail's reported spam rate well below 0.3%.",
  related: [
    '550-5.7.1-unusual-rate-ip-blocked',
    '550-5.7.1-low-reputation-domain',
    '421-4.7.0-suspicious-rate-limited',
    '550-5.7.26-sender-unauthenticated',
    '552-5.7.0-security-issue',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same message will be refused again; change what made it look like spam (authentication, links, recipients) before sending anything similar.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=UnsolicitedMessageError',
  signature: {
    phrases: [
      'this message is likely unsolicited mail',
      'is likely unsolicited mail',
      'this message is likely unsolicited email',
    ],
  },
  sources: [
    'https://support.google.com/mail/answer/81126',
    'https://support.google.com/a/answer/3726730',
    'https://github.com/root-io/vmail/issues/89',
    'https://github.com/postalserver/postal/issues/266',
    'https://support.google.com/mail/answer/6227174',
    'https://developers.google.com/workspace/gmail/postmaster',
    'https://www.practicalecommerce.com/?p=1556723',
  ],
  checked: '2026-12-03',
};
