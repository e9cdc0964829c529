import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'notice-remote-server-no-tls',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: '500 Remote server does not support TLS (state 6).',
  fromGoogleList: false,
  title: 'The remote server does not support TLS',
  severity: 'medium',
  summary:
    "Google had to deliver this message over TLS (a Workspace TLS-compliance rule or a secure-transport setting), but the recipient's server does not offer STARTTLS, so Google did not send it. Either the recipient enables TLS, or the Workspace admin relaxes the rule for that domain.",
  whatYouSee: [
    'Technical details of permanent failure:',
    'Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was:',
    '500 Remote server does not support TLS (state 6).',
    'TLS Negotiation failed: FAILED_PRECONDITION: starttls error (0): protocol error',
  ],
  whatsHappening:
    'The "500" here is not a reply the other server sent: it is Google\'s own verdict, written in the shape of one. A Google Workspace administrator can require TLS for mail to certain domains (Gmail > Compliance > Secure transport (TLS) compliance). When such a rule applies and the receiving server\'s EHLO answer has no STARTTLS, or the TLS handshake fails, Google refuses to send the message in clear text and bounces it with this notice; when the handshake itself fails, Gmail\'s notice says "TLS Negotiation failed: …" with its own reason (`FAILED_PRECONDITION: starttls error`).',
  causes: [
    'A Workspace "Secure transport (TLS) compliance" rule covers the recipient\'s domain',
    "The recipient's mail server does not advertise STARTTLS (old server, or a firewall that strips it)",
    "The recipient's TLS setup is broken (expired or mismatched certificate with a rule that verifies it)",
  ],
  fixes: [
    {
      title: 'Ask the recipient to enable STARTTLS',
      detail:
        'Their mail server should offer STARTTLS with a valid certificate; they can check with `openssl s_client -starttls smtp -connect <mx-host>:25`.',
    },
    {
      title: 'Review the Workspace TLS rule',
      detail:
        'In the Admin console, Apps > Google Workspace > Gmail > Compliance > Secure transport (TLS) compliance: check which domains require TLS and whether this recipient must be one of them.',
    },
  ],
  prevention:
    'Before adding a domain to a TLS-required rule, check that all of its MX hosts offer STARTTLS with a valid certificate.',
  related: [
    '421-4.7.0-tls-required-for-rcpt-domain',
    'tls-certificate-error',
    'notice-recipient-server-did-not-accept',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Fails the same way until the recipient offers TLS or the TLS rule changes.',
  },
  stage: 'STARTTLS',
  helpUrl: 'https://support.google.com/a/answer/2520500',
  signature: {
    // Google's wording when the TLS handshake itself fails (a TLS-required delivery), not a reply.
    phrases: ['remote server does not support tls', 'tls negotiation failed:'],
  },
  sources: [
    'https://support.google.com/a/answer/2520500',
    'https://github.com/sisimai/rb-sisimai',
    'https://github.com/postalserver/postal/issues/1229',
  ],
  checked: '2026-12-03',
};
