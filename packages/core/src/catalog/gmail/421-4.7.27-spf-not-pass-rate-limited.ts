import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.27-spf-not-pass-rate-limited',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.27',
  providerText: 'This mail has been rate limited because SPF does not pass.',
  fromGoogleList: false,
  googleListRows: [
    "Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF. Authentication results: SPF domain-name with IP address: ip-address = Did not pass. To set up SPF for your sending domains, visit Set up SPF. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
  ],
  title: 'Rate limited because SPF does not pass',
  severity: 'high',
  summary:
    "Gmail is deferring the message because SPF did not pass for its envelope (Return-Path) domain; Gmail's sender rules require SPF to pass for bulk senders. Fix SPF for that domain; the queued mail then goes through on retry.",
  whatYouSee: [
    '421-4.7.27 This mail has been rate limited because SPF does not pass. d2e1a72fcca58-4a0 - gsmtp',
    "421-4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message.",
  ],
  whatsHappening:
    'Gmail evaluated SPF for the MAIL FROM (Return-Path) domain and got fail, softfail, none, or an error such as a temporary DNS failure or too many DNS lookups. Since February 2024 Gmail requires every sender to pass SPF or DKIM, and bulk senders (over 5,000 messages a day to Gmail) to pass both, so instead of accepting the message Gmail defers it with 421 4.7.27. The permanent form of the same check is 550 5.7.27. Because it is temporary, the message stays in your queue; it is delivered once SPF passes on a later attempt. Senders report it even when SPF looks fine in a checker: the domain Gmail checks is the envelope domain, which can differ from the From domain, and a flaky or slow DNS server behind one of the includes makes SPF evaluate as an error.',
  causes: [
    'The sending IP is not authorised by the SPF record of the envelope (Return-Path) domain',
    'No SPF record on the bounce domain an ESP or server actually uses (a hostname like server1.example.net)',
    'The record exceeds 10 DNS lookups (permerror) or has syntax errors, duplicate SPF records, or a missing include',
    'DNS for the domain or for one of its includes answers slowly or fails, so Gmail gets temperror',
    'The message was forwarded, so the forwarder IP is checked against your SPF',
  ],
  fixes: [
    {
      title: 'Find the domain Gmail checked',
      detail:
        'Look at the Return-Path / MAIL FROM of the rejected message (or a copy delivered elsewhere: "Show original" shows spf=... smtp.mailfrom=...). That is the domain whose SPF must authorise the sending IP.',
    },
    {
      title: 'Authorise the real sending IPs',
      detail:
        'Add the server IPs (`ip4:`, `ip6:`) or the provider include (e.g. `include:_spf.google.com`) to a single TXT record starting `v=spf1` on that domain, ending in `~all` or `-all`.',
    },
    {
      title: 'Stay within 10 lookups and fix syntax',
      detail:
        'Count the include, a, mx, ptr, exists and redirect mechanisms recursively; remove unused vendors or flatten to IP ranges. Publish exactly one SPF record per name.',
    },
    {
      title: 'Check DNS health',
      detail:
        'Query the record from several resolvers (`dig TXT example.com @8.8.8.8`, `@1.1.1.1`) and make sure every authoritative name server answers quickly and identically.',
    },
    {
      title: 'Add DKIM as a safety net',
      detail:
        'Sign with DKIM for the same domain and publish DMARC; aligned DKIM keeps DMARC passing when SPF breaks on forwarding, although Gmail still wants SPF itself to pass for bulk mail.',
    },
  ],
  prevention:
    'Keep one tidy SPF record per sending domain, re-check it whenever you add a sending service, and monitor DMARC reports for SPF failures.',
  related: [
    '550-5.7.27-spf-not-pass',
    '550-5.7.26-sender-unauthenticated',
    '550-5.7.26-spf-hard-fail',
    '421-4.7.28-unusual-rate-limited',
    '550-5.7.26-unauthenticated',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Waiting alone will not help unless the SPF failure was a passing DNS error: fix SPF for the envelope (Return-Path) domain, confirm it passes for the sending IP, then resend.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/a/answer/81126',
  signature: {
    // Matches both the older "SPF does not pass" and the newer "SPF authentication didn't pass" wording.
    phrases: ['rate limited because spf'],
  },
  sources: [
    'https://support.google.com/a/answer/14229414',
    'https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-am-i-seeing-gmail-spf-error-messages-and-how-do-i-fix-it',
    'https://relaymetry.com/gmail-5-7-27-spf-failed',
    'https://support.google.com/a/answer/3726730',
  ],
  checked: '2026-12-03',
};
