import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.26-mail-from-spf-hard-fail',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.26',
  providerText:
    'The MAIL FROM domain [example.com] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [203.0.113.7]. To best protect our users from spam and phishing, the message has been blocked. Please visit https://support.google.com/mail/answer/81126#authentication for more information.',
  fromGoogleList: false,
  googleListRows: [
    'The (E)MAIL FROM domain [domain-name] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [ip-address]. To best protect our users from spam and phishing, the message has been blocked. For more information, go to Email sender guidelines.',
  ],
  title: 'MAIL FROM domain has an SPF hard fail (-all) and the IP is not listed',
  severity: 'high',
  summary:
    'The envelope domain publishes SPF ending in -all and the IP that delivered the message is not in it, so Gmail rejects it outright. Add the IP to SPF, or, for forwarded mail, fix the forwarder (SRS) or relax -all to ~all with DKIM in place.',
  whatYouSee: [
    '550-5.7.26 The MAIL FROM domain [example.com] has an SPF record with a hard',
    '550-5.7.26 fail policy (-all) but it fails to pass SPF checks with the ip:',
    '550-5.7.26 [203.0.113.7]. To best protect our users from spam and phishing, the',
    '550 5.7.26 message has been blocked. Please visit https://support.google.com/mail/answer/81126#authentication for more information. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "With -all the domain owner tells receivers to reject mail from any IP not listed, and Gmail does exactly that when no aligned DKIM rescues the message. Google's published list has an older wording of this check (\"This message fails to pass SPF checks for an SPF record with a hard fail policy\"); live replies name the MAIL FROM domain and IP. The commonest surprise is forwarding: your correctly sent message is forwarded by the recipient's old address or alias server to Gmail, that server's IP is not in your SPF, and -all turns the forward into a bounce back to you.",
  causes: [
    'A new server, ESP or IPv6 address sending with the domain as envelope sender but missing from SPF',
    "A recipient's forwarding server relaying your message to Gmail without SRS",
    "An include that no longer covers the provider's current IP ranges",
    'A typo or lookup-limit error in the SPF record',
  ],
  fixes: [
    {
      title: 'Add the IP or provider to SPF',
      detail:
        'If the bracketed IP is yours, add it (`ip4:`/`ip6:`) or the provider include to the record of the bracketed domain, and check the 10-lookup limit.',
    },
    {
      title: 'Rely on DKIM for forwarded mail',
      detail:
        'Sign all mail with DKIM aligned to the From domain so DMARC can pass after forwarding, and consider `~all` instead of `-all` once DMARC is at p=quarantine or p=reject, since DMARC then enforces the policy.',
    },
    {
      title: 'Ask forwarders to use SRS',
      detail:
        "If you run the forwarding server, enable SRS (for example postsrsd with Postfix) so the envelope sender becomes the forwarder's own domain.",
    },
  ],
  prevention:
    'Update SPF whenever a new sending service or address is added, sign with DKIM, and let DMARC carry enforcement instead of a strict -all.',
  related: [
    '550-5.7.26-spf-hard-fail',
    '550-5.7.26-dmarc-policy',
    '550-5.7.26-sender-unauthenticated',
    '421-4.7.27-spf-not-pass-rate-limited',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The SPF record or the sending path must change before the message can pass.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    // Same code as the list row 550-5.7.26-spf-hard-fail, whose older wording does not contain these phrases.
    phrases: ['has an spf record with a hard fail policy'],
  },
  sources: [
    'https://github.com/rubymonsters/speakerinnen_liste/issues/1327',
    'https://support.google.com/a/answer/3726730',
  ],
  checked: '2026-11-23',
};
