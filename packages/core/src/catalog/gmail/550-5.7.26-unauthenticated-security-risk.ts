import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.26-unauthenticated-security-risk',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.26',
  providerText:
    'This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM. For this message, DKIM checks did not pass and SPF check for [example.com] did not pass with ip: [203.0.113.7]. The sender should visit https://support.google.com/mail/answer/81126#authentication for instructions on setting up authentication.',
  fromGoogleList: false,
  title: 'This mail is unauthenticated, which poses a security risk',
  severity: 'critical',
  summary:
    'Gmail blocked the message because neither DKIM nor SPF passed for it. Authorise the sending IP in SPF for the bracketed domain or sign with DKIM (ideally both), then resend.',
  whatYouSee: [
    '550-5.7.26 This mail is unauthenticated, which poses a security risk to the',
    '550-5.7.26 sender and Gmail users, and has been blocked. The sender must',
    '550-5.7.26 authenticate with at least one of SPF or DKIM. For this message,',
    '550 5.7.26 DKIM checks did not pass and SPF check for [example.com] did not pass with ip: [203.0.113.7]. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'This 2023 wording of the unauthenticated-sender rejection (the later one reads "Your email has been blocked because the sender is unauthenticated") means the same thing: Gmail found no passing DKIM signature and SPF for the envelope domain in brackets did not authorise the connecting IP. Gmail requires every sender to pass at least one of the two, so the message is refused after DATA. Servers that send notifications directly (monitoring tools, self-hosted apps, cron mail) with a hostname-based envelope sender are the usual victims.',
  causes: [
    'The envelope domain in the brackets has no SPF record or does not list the sending IP',
    'No DKIM signing configured on the server or application',
    'Mail sent with a default envelope sender such as root@hostname whose domain has no SPF',
    'A forwarder or relay in between, which breaks SPF for mail that was never DKIM-signed',
  ],
  fixes: [
    {
      title: 'Publish SPF for the bracketed domain',
      detail:
        'Add `v=spf1 ip4:<sending IP> ~all` (plus includes for any providers) on the domain shown after "SPF check for", or change the envelope sender to a domain that already authorises the server.',
    },
    {
      title: 'Sign with DKIM',
      detail:
        'Enable DKIM signing (OpenDKIM, rspamd, or your provider) with your own domain and publish the key at selector._domainkey.',
    },
    {
      title: 'Or relay through an authenticated provider',
      detail:
        'Point the server at a smarthost (your mailbox provider or a transactional service) that signs DKIM and is covered by your SPF, instead of delivering directly.',
    },
  ],
  prevention:
    'Before any server sends mail to the internet, give its envelope domain SPF and its messages a DKIM signature, and publish DMARC to be told about new failures.',
  related: [
    '550-5.7.26-sender-unauthenticated',
    '550-5.7.26-unauthenticated',
    '550-5.7.26-dmarc-policy',
    '550-5.7.25-missing-ptr',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Make SPF or DKIM pass first; the message is refused every time until then.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    phrases: ['this mail is unauthenticated', 'authenticate with at least one of spf or dkim'],
  },
  sources: [
    'https://support.google.com/mail/answer/81126#authentication',
    'https://github.com/MISP/MISP/issues/9284',
    'https://github.com/CDLUC3/ezid/issues/434',
    'https://conetix.com.au/support/google-gmail-rejects-email-with-550-5-7-26-this-mail-is-unauthenticated/',
  ],
  checked: '2026-11-23',
};
