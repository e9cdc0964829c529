// Frozen pages for snapshot tests, so a catalog edit in core does not change these snapshots.
import type { CatalogEntry } from '@smtpfix/core';

export const FIXTURE_PAGE: CatalogEntry = {
  id: '535-5.7.8-bad-credentials',
  provider: 'gmail',
  replyCode: 535,
  enhancedCode: '5.7.8',
  providerText: 'Username and Password not accepted.',
  fromGoogleList: false,
  title: 'Username and Password not accepted (BadCredentials)',
  severity: 'high',
  summary: 'Gmail rejected the login. Use an app password or OAuth2 & try again.',
  whatYouSee: ['535-5.7.8 Username and Password not accepted.'],
  whatsHappening: 'The account did not accept what was presented as a password or token <for this login>.',
  causes: ['The normal account password was used', 'A revoked app password'],
  fixes: [
    {
      title: 'Create and use an app password',
      detail: 'Turn on 2-Step Verification, then create an app password.',
    },
    { title: 'Send the full address as the username', detail: 'Use the primary address of the account.' },
  ],
  prevention: 'Use OAuth2 or a dedicated app password per application.',
  related: ['fixture-related-page'],
  retry: { kind: 'fix-then-retry', note: 'Retrying the same credentials only earns a lockout.' },
  stage: 'AUTH',
  helpUrl: 'https://support.google.com/mail/?p=BadCredentials',
  signature: { phrases: ['username and password not accepted'] },
  sources: [],
};

export const FIXTURE_ALTERNATIVE: CatalogEntry = {
  ...FIXTURE_PAGE,
  id: '454-4.7.0-too-many-login-attempts',
  replyCode: 454,
  enhancedCode: '4.7.0',
  title: 'Too many login attempts, please try again later',
  severity: 'medium',
  summary: 'Gmail locked logins for a while after repeated failures.',
  related: [],
  retry: {
    kind: 'backoff',
    initialDelayMs: 60_000,
    maxDelayMs: 3_600_000,
    note: 'Wait, then fix the credential.',
  },
};
