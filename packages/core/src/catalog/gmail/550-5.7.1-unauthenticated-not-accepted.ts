import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-unauthenticated-not-accepted',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText: 'Unauthenticated email is not accepted from this domain.',
  fromGoogleList: true,
  title: 'Unauthenticated email is not accepted from this domain',
  severity: 'high',
  summary:
    "Gmail rejected the message because it claims a sender domain that is known to authenticate all its mail, and this copy passed neither SPF nor DKIM for it. Send through that domain's own servers, or use your own domain in From.",
  whatYouSee: [
    '550 5.7.1 Unauthenticated email is not accepted from this domain.',
    '550-5.7.1 Unauthenticated email is not accepted from this domain. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "This is the short 5.7.1 form, without a domain name and without the word DMARC. Gmail refuses unauthenticated mail that claims to come from domains that always sign their mail (gmail.com itself and large brands that asked Google to enforce this) and from domains with a blocking policy. It differs from '550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy', which names the domain and cites DMARC, and from 550 5.7.26 'does not have authentication information', which is about your own domain lacking SPF/DKIM. The usual trigger is sending with a From: address on someone else's domain (for example @gmail.com) through a server that domain does not authorise.",
  causes: [
    'An app, website form or server sends with From: someone@gmail.com (or another big mailbox provider) through its own SMTP server or direct delivery',
    "Contact forms that put the visitor's address in From: instead of Reply-To:",
    'A forwarding or list server re-sending mail and breaking the original DKIM signature',
    'Your own domain sends from a server that is not in SPF and does not DKIM-sign, while the domain publishes an enforcing policy',
  ],
  fixes: [
    {
      title: "Don't send as a domain you don't control",
      detail:
        "Use an address on your own domain in From:, and put the visitor's or customer's address in Reply-To:. In nodemailer: `{ from: 'Site <noreply@example.com>', replyTo: visitorEmail }`.",
    },
    {
      title: 'Send @gmail.com mail through Gmail',
      detail:
        'If the From: really must be a Gmail address, submit the mail through smtp.gmail.com:587 logged in as that account (app password or XOAUTH2), so Google signs it.',
    },
    {
      title: 'Authenticate your own domain',
      detail:
        "If the domain in From: is yours, add the sending server to SPF (`v=spf1 ip4:203.0.113.7 include:_spf.google.com ~all`), turn on DKIM signing for it, and check 'Show original' on a delivered test shows SPF or DKIM PASS with your domain.",
    },
    {
      title: 'Fix forwarding paths',
      detail:
        'For forwarding servers, do not modify the message body or subject (that breaks DKIM) and use SRS so SPF is evaluated for your domain.',
    },
  ],
  prevention:
    'Only put domains you control and authenticate in From:, with SPF and DKIM aligned to them; use Reply-To for third-party addresses.',
  related: ['550-5.7.26-dmarc-policy', '550-5.7.26-unauthenticated', '550-5.7.26-sender-unauthenticated'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same message from the same path will always fail; change the From domain or the sending path first.',
  },
  stage: 'DATA',
  // Worded 'is not accepted from this domain', unlike the 5.7.26 DMARC reply ('...from <domain> is not accepted due to domain's DMARC policy').
  signature: {
    phrases: ['unauthenticated email is not accepted from this domain', 'is not accepted from this domain'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/nodemailer/nodemailer/issues/469',
  ],
  checked: '2026-11-23',
};
