import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-org-internal',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Error 403: org_internal This client is restricted to users within its organization.',
  fromGoogleList: false,
  title: 'OAuth app is internal to another organisation (org_internal)',
  severity: 'high',
  summary:
    'The OAuth consent screen of this client is set to Internal, so only accounts of the Google Workspace organisation that owns the project can use it. Sign in with an account of that organisation, or make the app External (with test users or verification).',
  whatYouSee: [
    'Error 403: org_internal\nThis client is restricted to users within its organization.',
    'Access blocked: <app> can only be used within its organization',
  ],
  whatsHappening:
    'Consent screens have a user type. Internal apps are limited to the Workspace organisation that owns the Cloud project; any other account, including a personal @gmail.com, is refused with org_internal before consent. This often bites when the project lives in a company organisation but the mailbox that must send is a personal Gmail or belongs to another domain.',
  causes: [
    'The consent screen user type is Internal and the signing-in account is outside that organisation',
    'The project was created inside a Workspace organisation while the sending account is a personal Gmail',
  ],
  fixes: [
    {
      title: 'Sign in with an account of the owning organisation',
      detail: 'Use a mailbox in the same Workspace organisation as the Cloud project.',
    },
    {
      title: 'Or make the app External',
      detail:
        'In APIs & Services > OAuth consent screen change User type to External, add the sending account as a test user (testing mode) or publish and verify the app. Note refresh tokens of External apps in testing expire after 7 days.',
    },
  ],
  prevention:
    'Create the Cloud project in the same organisation as the accounts that will send, or plan for an External, verified app.',
  related: ['token-admin-policy-enforced', 'token-unauthorized-client', 'token-access-denied'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Consent is refused until the account or the app type changes.',
  },
  stage: 'token',
  signature: {
    phrases: ['org_internal'],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2',
    'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors',
    'https://support.google.com/cloud/answer/10311615',
    'https://github.com/jgraph/docker-drawio/issues/156',
    'https://github.com/GAM-team/got-your-back/issues/274',
  ],
  checked: '2026-12-03',
};
