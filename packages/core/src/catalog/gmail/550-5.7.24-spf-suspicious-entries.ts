import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.24-spf-suspicious-entries',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.24',
  providerText:
    'The SPF record of the sending domain has one or more suspicious entries. For more information, go to Email sender guidelines.',
  fromGoogleList: true,
  title: 'Blocked because the SPF record has suspicious entries',
  severity: 'high',
  summary:
    'Gmail refused the message for good because the SPF record of the sending domain authorises more than it should, in a way Gmail treats as suspicious. Tighten the SPF record to the servers that really send for you, then send the message again.',
  whatYouSee: [
    '550-5.7.24 The SPF record of the sending domain has one or more suspicious entries.',
    '550 5.7.24 For more information, go to Email sender guidelines. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'The permanent form of 451 4.7.24: Gmail inspects the SPF record of the envelope (Return-Path) domain and bounced the message because entries in it look suspicious. Google does not publish which entries it means; a record that lets everyone pass, or authorises far more hosts than send for the domain, is what to look at first. The message is not queued for another try.',
  causes: [
    'A qualifier that lets everyone pass or stay neutral: `+all` or `?all`',
    'Very wide ranges (an ip4 /8 or wider, a whole cloud provider’s space)',
    'Includes of shared hosting or of services you no longer use',
    'The `ptr` mechanism, which RFC 7208 says not to use',
  ],
  fixes: [
    {
      title: 'List only the servers that send for the domain',
      detail:
        'Read the record (`dig TXT example.com +short`) and every include it pulls in; keep your own servers and the providers that really send as you, and remove the rest.',
    },
    {
      title: 'End with -all or ~all',
      detail:
        'Replace `+all` or `?all` with `~all` or `-all`, drop `ptr`, and narrow any range wider than your own address block.',
    },
    {
      title: 'Send the bounced messages again',
      detail: 'Once the new record is served (after its TTL), send the bounced messages again.',
    },
  ],
  prevention:
    'Review the SPF record whenever a provider is added or dropped, keep it narrow, and end it with -all or ~all.',
  related: ['451-4.7.24-spf-suspicious-entries', '550-5.7.27-spf-not-pass', '550-5.7.26-spf-hard-fail'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Not retried: the message bounced. Remove the suspicious SPF entries, wait for the DNS TTL, then send the message again.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    // Shares its first sentence with 451-4.7.24-spf-suspicious-entries; the 5.7.24 code separates them.
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
