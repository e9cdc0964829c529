import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '451-4.7.26-dmarc-dns-temporary-failure',
  provider: 'gmail',
  replyCode: 451,
  enhancedCode: '4.7.26',
  providerText:
    "Unauthenticated email from domain-name is not accepted due to domain's DMARC policy, but temporary DNS failures prevent authentication. Please contact the administrator of domain-name domain if this was a legitimate email. To learn about the DMARC initiative, go to Control unauthenticated mail from your domain.",
  fromGoogleList: true,
  title: 'Deferred: DMARC policy applies, but DNS failures prevented authentication',
  severity: 'medium',
  summary:
    'The From domain has a DMARC policy and Gmail could not authenticate the message because DNS lookups for SPF or DKIM failed for now, so it deferred the message instead of rejecting it. A queued retry usually gets through; if it keeps happening, fix the DNS servers of the domain.',
  whatYouSee: [
    "451-4.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy,",
    '451-4.7.26 but temporary DNS failures prevent authentication. Please contact the administrator',
    '451 4.7.26 of example.com domain if this was a legitimate email. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Gmail tried to check SPF and DKIM for a message whose From domain publishes a DMARC policy of quarantine or reject, and the DNS lookups (the SPF record or one of its includes, or the DKIM key) returned a temporary error. RFC 7208 and RFC 6376 call that a temperror. Rather than apply the DMARC policy to a message it could not judge, Gmail defers it with 451 4.7.26; the same reply with 550 5.7.26 is the rejection of a message that was judged and failed. A slow or unreachable authoritative DNS server, or a lookup chain that times out, is behind it.',
  causes: [
    'An authoritative DNS server of the domain (or of an SPF include) that is slow, unreachable or answering SERVFAIL',
    'An SPF record whose nested includes take too long to resolve',
    'A DKIM key published on a DNS host that is failing',
    'DNSSEC misconfiguration that makes validating resolvers fail the lookup',
  ],
  fixes: [
    {
      title: 'Let the queue retry',
      detail:
        'The message was not rejected. Keep it queued; a later attempt is authenticated once the lookups answer.',
    },
    {
      title: 'Check the DNS of the domain when it repeats',
      detail:
        'Query each authoritative server directly: `dig +norecurse TXT example.com @ns1.example.com` and the same for `selector._domainkey.example.com` and for every SPF include; every server must answer quickly and with the same data.',
    },
    {
      title: 'Flatten long SPF chains',
      detail:
        'Replace deep include chains with fewer lookups so SPF resolves well inside the time receivers allow.',
    },
  ],
  prevention:
    'Host the domain on at least two reliable DNS providers or anycast servers, monitor SERVFAIL and latency for the SPF, DKIM and DMARC names, and keep SPF lookups few.',
  related: [
    '550-5.7.26-dmarc-policy',
    '421-4.7.26-unauthenticated-rate-limited',
    '421-4.7.27-spf-not-pass-rate-limited',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 300_000,
    maxDelayMs: 3_600_000,
    note: 'Keep the message queued and retry with growing delays; the lookups usually answer on a later attempt. If deferrals persist for hours, fix the domain’s DNS.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=DmarcRejection',
  signature: {
    // Shares the DMARC sentence with 550-5.7.26-dmarc-policy; this phrase and the 4.7.26 code set it apart.
    phrases: ['but temporary dns failures prevent authentication'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://www.rfc-editor.org/rfc/rfc7489',
    'https://www.rfc-editor.org/rfc/rfc7208#section-2.6.6',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
