import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '451-4.7.24-spf-suspicious-entries',
  provider: 'gmail',
  replyCode: 451,
  enhancedCode: '4.7.24',
  providerText:
    'The SPF record of the sending domain has one or more suspicious entries. To protect our users from spam, email sent from your IP address has been temporarily rate limited. For more information, go to Email sender guidelines.',
  fromGoogleList: true,
  title: 'Rate limited because the SPF record has suspicious entries',
  severity: 'high',
  summary:
    'Gmail is deferring your mail because the SPF record of the sending domain authorises more than it should, in a way Gmail treats as suspicious. Tighten the SPF record to the servers that really send for you; resends are deferred until it changes.',
  whatYouSee: [
    '451-4.7.24 The SPF record of the sending domain has one or more suspicious entries.',
    '451-4.7.24 To protect our users from spam, email sent from your IP address has been',
    '451 4.7.24 temporarily rate limited. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'SPF passing is not enough if the record itself looks like it authorises anyone: Gmail inspects the SPF record of the envelope (Return-Path) domain and defers mail when entries in it look suspicious. Google does not publish which entries it means. The permanent form of the same check is 550 5.7.24. Until the record changes, every resend meets the same record and the same deferral.',
  causes: [
    'A qualifier that lets everyone pass or stay neutral: `+all` or `?all` instead of `~all` or `-all`',
    'Very wide ranges (an ip4 /8 or wider, a whole cloud provider’s space) that authorise far more hosts than send your mail',
    'Includes of shared hosting or of services you no longer use, which authorise other customers’ servers',
    'The `ptr` mechanism, which RFC 7208 says not to use',
  ],
  fixes: [
    {
      title: 'List only the servers that send for the domain',
      detail:
        'Read the record (`dig TXT example.com +short`) and every include it pulls in. Keep ip4/ip6 entries for your own servers and the includes of providers that really send as you; remove the rest.',
    },
    {
      title: 'End with -all or ~all',
      detail:
        'Replace `+all` or `?all` with `~all` (soft fail) or `-all` (fail). Drop `ptr` mechanisms and narrow any range wider than your own address block.',
    },
    {
      title: 'Give each sender its own subdomain',
      detail:
        'Send through an ESP with a Return-Path on a subdomain it controls (bounce.example.com) instead of adding its include to the apex record, so one provider’s addresses do not authorise all your mail.',
    },
    {
      title: 'Resend once DNS has updated',
      detail:
        'Wait for the record’s TTL to pass, confirm the new record is served, then let the queue retry.',
    },
  ],
  prevention:
    'Review the SPF record whenever a provider is added or dropped, keep it narrow, and end it with -all or ~all.',
  related: [
    '550-5.7.24-spf-suspicious-entries',
    '421-4.7.27-spf-not-pass-rate-limited',
    '550-5.7.26-spf-hard-fail',
    '421-4.7.28-unusual-rate-domain-limited',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Waiting alone will not help: resends meet the same SPF record. Remove the suspicious entries, wait for the DNS TTL, then resend.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    phrases: ['spf record of the sending domain has one or more suspicious entries'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126#authentication',
    'https://www.rfc-editor.org/rfc/rfc7208#section-5.5',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
