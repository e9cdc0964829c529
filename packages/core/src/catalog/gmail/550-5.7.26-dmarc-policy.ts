import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.26-dmarc-policy',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.26',
  providerText:
    "Unauthenticated email from domain-name is not accepted due to domain's DMARC policy. Please contact the administrator of domain-name domain. If this was a legitimate mail please visit Control unauthenticated mail from your domain to learn about the DMARC initiative. If the messages are valid and aren't spam, contact the administrator of the receiving mail server to determine why your outgoing messages don't pass authentication checks.",
  fromGoogleList: true,
  googleListRows: [
    "Unauthenticated email from domain-name is not accepted due to domain's DMARC policy. Contact the administrator of domain-name domain if this was legitimate email. To learn about the DMARC initiative, go to Control unauthenticated email from your domain.",
  ],
  title: "Unauthenticated email is not accepted due to domain's DMARC policy",
  severity: 'critical',
  summary:
    'The domain in your From: header publishes DMARC p=reject, and this message passed neither SPF nor DKIM aligned with that domain. Sign with DKIM for the From domain or fix SPF alignment, or stop using that domain in From:.',
  whatYouSee: [
    "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's",
    '550-5.7.26 DMARC policy. Please contact the administrator of example.com domain if',
    '550-5.7.26 this was a legitimate mail. To learn about the DMARC initiative, go to',
    '550 5.7.26 https://support.google.com/mail/?p=DmarcRejection d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "DMARC ties the visible From: domain to authentication: a message passes only if SPF passes for a Return-Path domain that aligns with From:, or a DKIM signature with d= aligned with From: verifies. This message managed neither, and the From domain's DMARC record tells receivers to reject failures, so Gmail refused it at end of DATA. Unlike '550 5.7.26 This message does not have authentication information', the reply names the domain and cites its DMARC policy; unlike the short 5.7.1 'Unauthenticated email is not accepted from this domain', it comes with 5.7.26. A 451 4.7.26 variant says temporary DNS failures prevented the check.",
  causes: [
    'A third-party service (CRM, helpdesk, ESP, Heroku app) sends with your domain in From: but signs DKIM with its own domain and uses its own Return-Path',
    "Sending as someone else's domain (yahoo.com, gmail.com, a customer's domain) whose DMARC policy is p=reject",
    'Forwarding or mailing lists that alter the subject or body, breaking DKIM, while SPF fails for the forwarder',
    'DKIM not yet enabled for the domain, or the DKIM DNS record missing or truncated',
    'A server recently added but not listed in SPF, or SPF exceeding 10 DNS lookups',
  ],
  fixes: [
    {
      title: 'Read the DMARC result on a delivered copy',
      detail:
        "Send a test to a Gmail account that accepts it (or use DMARC aggregate reports) and open 'Show original': check that DKIM shows PASS with d= your From domain or SPF shows PASS with a Return-Path domain aligned to it. Which one failed tells you what to fix.",
    },
    {
      title: 'Set up DKIM for the From domain on every sender',
      detail:
        'Enable DKIM in each service that sends as your domain so it signs with d=example.com (publish its CNAME/TXT selector records). For Workspace: Admin console > Apps > Google Workspace > Gmail > Authenticate email, generate the key, publish it, and click Start authentication.',
    },
    {
      title: 'Align SPF through a custom Return-Path',
      detail:
        'Configure a custom bounce/return-path domain (e.g. bounce.example.com) at the sending provider and include the provider in SPF, so SPF passes with a domain aligned to From:. Keep SPF under 10 lookups.',
    },
    {
      title: "Stop sending as domains you don't control",
      detail:
        "Put your own domain in From: and the third-party address in Reply-To:. If the From address must stay on that domain, send through that domain's own authenticated SMTP server instead of your server or direct delivery.",
    },
    {
      title: 'Relax policy only while fixing',
      detail:
        'If it is your domain and legitimate mail is failing, you can set `p=none` temporarily with `rua=` reports to find every sender, then return to quarantine/reject once all pass.',
    },
  ],
  prevention:
    'Inventory every service that sends as your domain, give each aligned DKIM (and SPF via a custom Return-Path), and read DMARC aggregate reports before tightening policy.',
  related: [
    '550-5.7.26-unauthenticated',
    '550-5.7.26-spf-hard-fail',
    '550-5.7.1-unauthenticated-not-accepted',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Fix DKIM/SPF alignment or the From domain; the same message will fail every time.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=DmarcRejection',
  // Distinct from 550-5.7.1-unauthenticated-not-accepted ('is not accepted from this domain'); a 451 4.7.26 DNS-failure variant shares these phrases and is told apart by its 4xx code.
  signature: {
    phrases: ["is not accepted due to domain's dmarc policy", 'to learn about the dmarc initiative'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/docker-mailserver/docker-mailserver/issues/2953',
    'https://github.com/Purelymail/purelymail-issues/issues/394',
    'https://github.com/melaniearbor/FiveUp/issues/25',
  ],
  checked: '2026-11-23',
};
