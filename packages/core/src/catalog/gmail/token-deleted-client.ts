import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-deleted-client',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Error 401: deleted_client The OAuth client was deleted.',
  fromGoogleList: false,
  title: 'OAuth client was deleted (deleted_client)',
  severity: 'high',
  summary:
    'The OAuth client ID your app uses was deleted in its Google Cloud project, so Google refuses every consent and token request for it. Create a new OAuth client (or restore the deleted one within 30 days) and put its ID and secret in the app.',
  whatYouSee: [
    'Authorization Error\nError 401: deleted_client\nThe OAuth client was deleted.',
    '{ "error": "deleted_client", "error_description": "The OAuth client was deleted." }',
  ],
  whatsHappening:
    "Google's authorization and token endpoints check the client ID first. When its owner deleted the OAuth client in the Cloud console (or the whole project was shut down), Google answers deleted_client on the consent screen (Error 401) and on the token endpoint, and refresh tokens issued to it stop working. Tools that ship a shared client ID (gdrive, rclone, older samples) break for everyone when the maintainer deletes it.",
  causes: [
    'The OAuth client was deleted in Google Cloud console (APIs & Services > Credentials)',
    'The Google Cloud project was deleted or shut down',
    "A tool's built-in shared client ID was removed by its maintainer",
  ],
  fixes: [
    {
      title: 'Restore or recreate the client',
      detail:
        'A deleted OAuth client can be restored from APIs & Services > Credentials for about 30 days. Otherwise create a new OAuth client ID of the right type.',
    },
    {
      title: 'Update the app and re-consent',
      detail:
        'Put the new client ID and secret in the mail settings and run the consent flow again for a new refresh token; tokens of the deleted client are gone.',
    },
    {
      title: 'Use your own client in third-party tools',
      detail: "If a tool's shared client was deleted, configure it with a client from your own project.",
    },
  ],
  prevention:
    'Keep OAuth clients used in production in a project with named owners, and label them so they are not deleted as unused.',
  related: ['token-invalid-client', 'token-disabled-client', 'token-invalid-grant-expired-or-revoked'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Every request fails until a client that exists is configured.',
  },
  stage: 'token',
  signature: {
    phrases: ['deleted_client'],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors',
    'https://github.com/prasmussen/gdrive/issues/646',
  ],
  checked: '2026-12-03',
};
