import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.32-from-not-aligned-rate-limited',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.32',
  providerText:
    "Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. Learn more about DMARC alignment. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
  fromGoogleList: true,
  title: 'Rate limited because the From domain is not aligned with SPF or DKIM',
  severity: 'high',
  summary:
    'SPF or DKIM passed, but for another domain than the one in From:. Gmail requires the From domain to align with the SPF or DKIM domain (DMARC alignment) for bulk mail. Sign with DKIM as the From domain or use a Return-Path on it; resends are deferred until they align.',
  whatYouSee: [
    "421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't",
    '421-4.7.32 aligned with either the authenticated SPF or DKIM organizational domain.',
    '421 4.7.32 d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Authentication passed for a domain, just not yours: an ESP signed with its own DKIM domain and used its own bounce domain, so SPF and DKIM pass for esp.example.net while From: says example.com. Google’s sender guidelines require bulk senders’ From domain to align with the SPF or the DKIM domain, which is what DMARC (RFC 7489) checks; alignment is by organizational domain, so news.example.com aligns with example.com. The permanent form is 5.7.32. A resend carries the same headers and gets the same answer.',
  causes: [
    'An ESP or SaaS tool sending with its own DKIM d= domain and its own Return-Path',
    'A From address on a domain other than the one set up for signing (a new brand domain, a customer domain)',
    'DKIM set up for a subdomain under another organizational domain than the From domain',
  ],
  fixes: [
    {
      title: 'Sign with DKIM as the From domain',
      detail:
        'Set up the service’s custom domain authentication so its signature carries d=example.com (or a subdomain of it), publishing the CNAME or TXT records it gives you. Check the d= tag in Show original.',
    },
    {
      title: 'Or give the service a Return-Path on your domain',
      detail:
        'A custom bounce domain such as bounce.example.com, with SPF for the service, aligns SPF with a From on example.com.',
    },
    {
      title: 'Publish DMARC',
      detail:
        'A DMARC record (`v=DMARC1; p=none; rua=…`) on the From domain shows in its reports which services send unaligned mail.',
    },
  ],
  prevention:
    'For every service that sends as your domain, set up DKIM with your domain and a Return-Path on it before it sends, and keep DMARC reports coming.',
  related: [
    '421-4.7.40-dmarc-missing-rate-limited',
    '421-4.7.30-dkim-not-pass-rate-limited',
    '550-5.7.26-dmarc-policy',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Waiting alone will not help: a resend with the same From and signing domains is deferred again. Align DKIM or SPF with the From domain, then resend.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    phrases: ["isn't aligned with either the authenticated spf or dkim organizational domain"],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126#authentication',
    'https://www.rfc-editor.org/rfc/rfc7489#section-3.1',
    'https://github.com/sisimai/go-sisimai/issues/104',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
