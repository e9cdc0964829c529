import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '553-5.1.2-domain-not-found',
  provider: 'gmail',
  replyCode: 553,
  enhancedCode: '5.1.2',
  providerText:
    "We weren't able to find the recipient domain. Please check for any spelling errors, and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address.",
  fromGoogleList: true,
  googleListRows: [
    "We weren't able to find the recipient domain. Please check for any spelling errors and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address. For more information, go to Fix bounced or rejected emails.",
  ],
  title: "We weren't able to find the recipient domain",
  severity: 'low',
  summary:
    'The part of the address after @ has no mail-capable DNS: a typo, a stray character, or a domain that does not exist (any more). Correct the address; this one will never work.',
  whatYouSee: [
    "553-5.1.2 We weren't able to find the recipient domain. Please check for any",
    "553-5.1.2 spelling errors, and make sure you didn't enter any spaces, periods,",
    "553 5.1.2 or other punctuation after the recipient's email address. d2e1a72fcca58-4a0 - gsmtp",
    "Error: bad response on command 'RCPT'",
    "Your message wasn't delivered to inbox@example.com because the domain example.com couldn't be found. Check for typos or unnecessary spaces and try again.",
    "DNS Error: DNS type 'mx' lookup of example.com responded with code NXDOMAIN Domain name not found: example.com",
  ],
  whatsHappening:
    "When you submit mail to smtp.gmail.com, Gmail checks each RCPT TO domain in DNS. If the domain has no MX record and no address record (NXDOMAIN, or a name that cannot receive mail), Gmail refuses that recipient with 553 5.1.2 straight away. Other recipients in the same message are unaffected. Gmail's own bounce for the same problem reads 'DNS Error: DNS type 'mx' lookup of example.edu responded with code NXDOMAIN' and links to ?p=BadRcptDomain.",
  causes: [
    'A typo in the domain: gmial.com, gmail.con, hotmal.com',
    'Trailing punctuation or whitespace copied with the address (user@example.com. or a trailing space or comma)',
    'A domain that expired or was never registered, or a company that changed domains',
    'Unparsed list input where two addresses ran together or a display name ended up in the address',
    'An internal-only domain (example.local, corp) that public DNS cannot resolve',
  ],
  fixes: [
    {
      title: 'Correct the address',
      detail:
        'Check the domain spelling and remove anything after the last character of the domain. Verify with `dig +short MX example.com` (or `nslookup -type=mx example.com`): no answer and NXDOMAIN means the domain cannot receive mail.',
    },
    {
      title: 'Validate addresses on input',
      detail:
        'Trim whitespace, reject trailing dots or commas, and suggest corrections for common domain typos at signup. Optionally check for an MX record before accepting an address.',
    },
    {
      title: "Don't retry, suppress",
      detail:
        'Mark the address as invalid in your list so it is not mailed again; repeated sends to non-existent domains hurt sender reputation.',
    },
  ],
  prevention:
    'Normalise and validate addresses where they are entered, including an MX lookup for new domains, and suppress addresses that return 5.1.2.',
  related: ['550-5.1.1-no-such-user', 'conn-dns-failure', '555-5.5.2-syntax-error'],
  retry: {
    kind: 'never',
    note: 'The address as written cannot be delivered; correct it and send a new message.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/mail/?p=BadRcptDomain',
  signature: {
    // Gmail's own notice body for the same failure ("DNS Error: DNS type 'mx' lookup of <domain>
    // responded with code NXDOMAIN"), which no other server writes. Current notices put a number
    // between the two ("DNS Error: 3821430 DNS type 'mx' lookup of"), and localised notices keep
    // this line in English under a translated sentence (batch-60, a Korean notice), so the line's
    // own words name the page.
    phrases: [
      "dns error: dns type 'mx' lookup of",
      "dns type 'mx' lookup of",
      "we weren't able to find the recipient domain",
      'able to find the recipient domain',
      "couldn't be found. check for typos or unnecessary spaces",
    ],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://github.com/eleith/emailjs/issues/106'],
  checked: '2026-11-23',
};
