import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.30-dkim-not-pass-rate-limited',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.30',
  providerText:
    "Your email has been rate limited because DKIM authentication didn't pass for this message. Gmail requires all email bulk senders to authenticate their email with DKIM. Authentication results: DKIM = Did not pass. To set up DKIM for your sending domains, visit Set up DKIM. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
  fromGoogleList: true,
  title: "Rate limited because DKIM didn't pass",
  severity: 'high',
  summary:
    'Gmail is deferring bulk mail because the message carries no DKIM signature that verifies. Bulk senders must pass DKIM as well as SPF: turn on DKIM signing and publish the key; resends are deferred until a signature verifies.',
  whatYouSee: [
    "421-4.7.30 Your email has been rate limited because DKIM authentication didn't pass for",
    '421-4.7.30 this message. Gmail requires all email bulk senders to authenticate their',
    '421 4.7.30 email with DKIM. Authentication results: DKIM = Did not pass. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Google’s sender guidelines require senders of 5,000 or more messages a day to Gmail (counted over the primary domain, and permanent once reached) to authenticate with both SPF and DKIM. Gmail found no DKIM signature on this message, or none that verifies (the key is missing from DNS, the message was changed after signing, or the key is shorter than 1024 bits), and defers it. The permanent form is 550 5.7.30. SPF passing does not help here, and neither does a resend: the same unsigned message gets the same answer.',
  causes: [
    'DKIM signing was never turned on for the domain or for one of the services sending as it',
    'The public key is not published, or is published under another selector than the one in the signature',
    'Something changed the message after signing (a footer added by a gateway, re-encoding, a rewritten Subject)',
    'A key shorter than 1024 bits',
  ],
  fixes: [
    {
      title: 'Turn on DKIM signing for every stream',
      detail:
        'Google Workspace: Admin console > Apps > Google Workspace > Gmail > Authenticate email, generate a 2048-bit key, publish it, then Start authentication. ESPs: set up their domain authentication so they sign as your domain. Own MTA: OpenDKIM or the MTA’s built-in signer.',
    },
    {
      title: 'Check the key is where the signature points',
      detail:
        'Read the s= and d= tags of the DKIM-Signature header and look up `dig TXT s._domainkey.d +short` with those values; it must return the public key.',
    },
    {
      title: 'Sign last',
      detail:
        'Make signing the last step before mail leaves: gateways that add disclaimers or rewrite links after signing break the signature.',
    },
    {
      title: 'Confirm on a test message',
      detail:
        'Send to a Gmail address and read Show original: DKIM must show PASS for your domain before resending the queue.',
    },
  ],
  prevention:
    'Sign all mail with DKIM for the From domain (2048-bit keys), include DKIM in the checklist for every new sending service, and watch authentication in Postmaster Tools.',
  related: [
    '550-5.7.30-dkim-not-pass',
    '421-4.7.26-unauthenticated-rate-limited',
    '421-4.7.27-spf-not-pass-rate-limited',
    '421-4.7.32-from-not-aligned-rate-limited',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Waiting alone will not help: a resend of the same unsigned message is deferred again. Make DKIM pass, confirm it on a test message, then resend.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/81126#authentication',
  signature: {
    phrases: ["rate limited because dkim authentication didn't pass"],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/81126#authentication',
    'https://support.google.com/a/answer/14229414',
    'https://www.rfc-editor.org/rfc/rfc6376',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
