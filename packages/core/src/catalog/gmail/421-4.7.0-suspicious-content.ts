import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.0-suspicious-content',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.0',
  providerText:
    'Our system has detected that this message is suspicious due to the nature of the content and/or the links within. To best protect our users from spam, the message has been blocked.',
  fromGoogleList: false,
  googleListRows: [
    'This message is suspicious due to the nature of the content or the links within. To best protect our users from spam, the message has been blocked. For more information, go to Why has Gmail blocked my messages?.',
  ],
  title: 'Suspicious due to the nature of the content and/or the links within',
  severity: 'high',
  summary:
    'Gmail deferred the message because of what is in it, mostly its links: domains or shorteners seen in spam, mismatched or redirecting URLs, or spam-like wording. Change the content; retrying the same message rarely helps.',
  whatYouSee: [
    '421-4.7.0 [203.0.113.7      15] Our system has detected that this message is',
    '421-4.7.0 suspicious due to the nature of the content and/or the links within.',
    '421-4.7.0 To best protect our users from spam, the message has been blocked.',
    '421 4.7.0 Please visit https://support.google.com/mail/answer/188131 for more information. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Unlike the reputation deferrals, this one is about the message body. Gmail\'s filters found links or content that match current spam or phishing, most often a URL domain with a bad reputation (public shorteners, shared tracking domains, a compromised site you link to) or text that looks like known abuse. The reply says "blocked" but carries the temporary 421 code; identical retries usually meet the same verdict. Newer replies start "Gmail has detected that this message is suspicious...".',
  causes: [
    'Links through public URL shorteners or shared click-tracking domains used by spammers',
    'A linked website that is compromised or listed on URL blocklists',
    'Link text showing one domain while the href points to another',
    'Content resembling phishing (login requests, urgent payment wording, lookalike brand names)',
  ],
  fixes: [
    {
      title: 'Check every linked domain',
      detail:
        'List all URLs in the HTML and text parts (including images and tracking pixels) and check the domains against public URL blocklists (for example Spamhaus DBL, SURBL); replace or remove any that are listed.',
    },
    {
      title: 'Use your own branded links',
      detail:
        'Replace public shorteners with full URLs on your own domain, and use a custom tracking domain at your ESP rather than the shared default.',
    },
    {
      title: 'Make links honest',
      detail: 'Ensure visible link text matches the destination domain and avoid long redirect chains.',
    },
    {
      title: 'Test before resending',
      detail:
        'Send the revised message to a Gmail test account and confirm it is accepted before releasing the queue or the campaign.',
    },
  ],
  prevention:
    'Link only to your own or reputable domains, use branded tracking domains, and scan templates for blocklisted URLs before sending.',
  related: [
    '550-5.7.1-likely-unsolicited',
    '421-4.7.0-suspicious-rate-limited',
    '552-5.7.0-security-issue',
    '421-4.7.28-unusual-rate-limited',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Waiting alone will not help: resends of the unchanged message usually meet the same verdict. Change the links or content, then send it again.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/188131',
  signature: {
    phrases: ['suspicious due to the nature of the content'],
  },
  sources: [
    'https://smtpfieldmanual.com/provider/google',
    'https://perciocastelo.com.br/blog/en/beyond-spf-dkim-decoding-gmail-blocks-dmarc-importance.html',
    'https://support.google.com/a/answer/3726730',
  ],
  checked: '2026-11-23',
};
