import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.0-spf-and-dkim-fail',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.0',
  providerText:
    'This message does not pass authentication checks (SPF and DKIM both do not pass). SPF check for [example.com] does not pass with ip: [203.0.113.7].To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/81126#authentication for more information.',
  fromGoogleList: false,
  title: 'Deferred: SPF and DKIM both do not pass',
  severity: 'high',
  summary:
    'Gmail deferred the message because it carried no passing SPF or DKIM. The text says "blocked", but the 421 code means your queue will retry; fix SPF or DKIM now or it will turn into a permanent 550 5.7.26.',
  whatYouSee: [
    '421-4.7.0 This message does not pass authentication checks (SPF and DKIM both do',
    '421-4.7.0 not pass). SPF check for [example.com] does not pass with ip:',
    '421-4.7.0 [203.0.113.7].To best protect our users from spam, the message has',
    '421 4.7.0 been blocked. Please visit https://support.google.com/mail/answer/81126#authentication for more information. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'The same authentication failure as the 550 5.7.26 version, delivered as a temporary reply: Gmail checked SPF for the bracketed envelope domain and IP, found no passing DKIM signature, and deferred the message instead of rejecting it outright. Retries will keep failing while nothing changes, and after enough attempts your MTA will bounce the message. Gmail tends to defer rather than reject when the sender has some history or the failure might be temporary (for example an SPF DNS error).',
  causes: [
    'The envelope domain has no SPF record, or it does not list the sending IP',
    'No DKIM signature, or one that no longer verifies',
    'Forwarded mail that lost SPF and was never DKIM-signed',
    'A temporary DNS failure when Gmail looked up SPF or the DKIM key',
  ],
  fixes: [
    {
      title: 'Fix SPF for the bracketed domain and IP',
      detail:
        'Publish or extend the SPF record of the domain after "SPF check for" to include the IP after "with ip:", and check that every authoritative name server answers.',
    },
    {
      title: 'Add DKIM signing',
      detail:
        'Enable DKIM at your MTA or ESP for your domain and publish the selector record; a valid DKIM signature alone is enough to pass this check.',
    },
    {
      title: 'Flush the queue after the fix',
      detail:
        'Once a test message to Gmail shows spf=pass or dkim=pass in "Show original", flush the queue (`postqueue -f`) so deferred messages go out before they expire.',
    },
  ],
  prevention: 'Authenticate every sending path with DKIM and SPF before it carries real traffic.',
  related: [
    '550-5.7.26-sender-unauthenticated',
    '550-5.7.26-unauthenticated',
    '421-4.7.27-spf-not-pass-rate-limited',
    '421-4.7.28-unusual-rate-limited',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Waiting alone will not help: resends keep failing while nothing changes, and the queue ends in a bounce. Make SPF or DKIM pass (ideally both, aligned with From), then resend.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    // Same sentence as 550-5.7.26-spf-and-dkim-fail; the 421 4.7.0 code separates them.
    phrases: ['spf and dkim both do not pass'],
  },
  sources: [
    'https://support.google.com/mail/answer/81126#authentication',
    'https://github.com/docker-mailserver/docker-mailserver/issues/2996',
    'https://mikas.at/?p=361326',
  ],
  checked: '2026-11-23',
};
