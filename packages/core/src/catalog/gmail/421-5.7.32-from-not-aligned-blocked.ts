import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-5.7.32-from-not-aligned-blocked',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '5.7.32',
  providerText:
    "Your email was blocked because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. Learn more about DMARC alignment. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
  fromGoogleList: true,
  title: 'Blocked because the From domain is not aligned with SPF or DKIM',
  severity: 'high',
  summary:
    'SPF or DKIM passed, but for another domain than the one in From:, and Gmail blocked the message (the permanent form of 4.7.32). Sign with DKIM as the From domain or use a Return-Path on it; every message sent the same way is blocked.',
  whatYouSee: [
    "421-5.7.32 Your email was blocked because the From: header (RFC5322) in this message isn't",
    '421-5.7.32 aligned with either the authenticated SPF or DKIM organizational domain.',
    '421 5.7.32 d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Google’s sender guidelines require bulk senders’ From domain to align with the domain that passed SPF (the Return-Path domain) or DKIM (the d= domain), by organizational domain, which is what DMARC (RFC 7489) checks. When it does not, Gmail first rate-limits with 421 4.7.32 and blocks with 5.7.32. Google’s list pairs this block with reply code 421, which closes the connection, but the enhanced code’s class 5 says the refusal is permanent for this message: a resend with the same headers is blocked again. Typical senders: an ESP or SaaS tool signing with its own domain and using its own bounce domain while From: carries yours.',
  causes: [
    'An ESP or SaaS tool sending with its own DKIM d= domain and its own Return-Path',
    'A From address on a domain other than the one set up for signing',
    'DKIM set up for a domain under another organizational domain than the From domain',
  ],
  fixes: [
    {
      title: 'Sign with DKIM as the From domain',
      detail:
        'Set up the service’s custom domain authentication so its signature carries d=example.com (or a subdomain), publishing the records it gives you; check the d= tag in Show original.',
    },
    {
      title: 'Or give the service a Return-Path on your domain',
      detail:
        'A custom bounce domain such as bounce.example.com, with SPF for the service, aligns SPF with a From on example.com.',
    },
    {
      title: 'Publish DMARC and read its reports',
      detail:
        'A DMARC record on the From domain shows in its aggregate reports which services send unaligned mail.',
    },
  ],
  prevention:
    'For every service that sends as your domain, set up DKIM with your domain and a Return-Path on it before it sends.',
  related: [
    '421-4.7.32-from-not-aligned-rate-limited',
    '550-5.7.26-dmarc-policy',
    '550-5.7.30-dkim-not-pass',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Resending with the same From and signing domains will not help; align DKIM or SPF with the From domain, then resend.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    // The alignment phrase is shared with 421-4.7.32 (the rate-limit form); "was blocked" and the codes tell them apart.
    phrases: [
      "isn't aligned with either the authenticated spf or dkim organizational domain",
      'your email was blocked because the from: header',
    ],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126#authentication',
    'https://www.rfc-editor.org/rfc/rfc7489#section-3.1',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
