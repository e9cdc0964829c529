import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-invalid-grant-invalid-jwt',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'invalid_grant: Invalid JWT Signature. / invalid_grant: Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values and use a clock with skew to account for clock differences between systems.',
  fromGoogleList: false,
  title: 'invalid_grant: Invalid JWT Signature / Token must be a short-lived token',
  severity: 'high',
  summary:
    'Google could not verify the JWT your service account signed: either the private key is not a valid key of that service account (deleted, rotated, mangled) or your server clock is off so the token looks expired or from the future. Fix the key or the clock; nothing is wrong with Gmail.',
  whatYouSee: [
    'google.auth.exceptions.RefreshError: (\'invalid_grant: Invalid JWT Signature.\', \'{"error":"invalid_grant","error_description":"Invalid JWT Signature."}\')',
    'ERROR: (gcloud.auth.activate-service-account) There was a problem refreshing your current auth tokens: invalid_grant: Invalid JWT Signature.',
    '{ "error": "invalid_grant", "error_description": "Invalid JWT: Token must be a short-lived token and in a reasonable timeframe" }',
    'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values and use a clock with skew to account for clock differences between systems.',
  ],
  whatsHappening:
    'A service account gets its access token by signing a JWT (issuer, scope https://mail.google.com/, subject, iat and exp) with its private key and posting it to https://oauth2.googleapis.com/token. "Invalid JWT Signature" means Google checked the signature against the public keys it holds for that service account and none matched. "Token must be a short-lived token" means the iat/exp window is more than an hour long or not around Google\'s current time, which in practice means the clock of the machine that signed it is wrong. Either way no access token is issued and the SMTP login never happens.',
  causes: [
    'The key was deleted, disabled or rotated in the Cloud console (or by an org policy that expires keys) while the old JSON file is still deployed',
    'The private key was damaged in transit: literal \\n sequences left in an env var, missing BEGIN/END lines, or quotes included',
    'The key file of one service account is used with the client_email of another',
    'The system clock of the sending host or container is off by minutes or hours (no NTP, a suspended VM, a wrong timezone setting on Windows)',
    'The code sets exp more than 60 minutes after iat',
  ],
  fixes: [
    {
      title: 'Sync the clock',
      detail:
        'Compare the host time with a reference (date -u, or timedatectl status on Linux) and enable NTP: timedatectl set-ntp true, or install chrony. On Windows turn on "Set time automatically" and resync. Restart the container or VM after fixing its clock.',
    },
    {
      title: 'Check the key still exists',
      detail:
        'In Cloud console > IAM & Admin > Service accounts > your account > Keys, look for the private_key_id from your JSON file. If it is missing or disabled, create a new JSON key, deploy it, and delete the old file.',
    },
    {
      title: 'Load the private key intact',
      detail:
        'If the key comes from an environment variable, turn escaped newlines back into real ones before use, e.g. key.replace(/\\\\n/g, "\\n") in Node, and make sure the value still has its BEGIN PRIVATE KEY and END PRIVATE KEY lines. Better, mount the JSON file and point the library at it.',
    },
    {
      title: 'Use client_email and private_key from the same file',
      detail:
        'Read both values from one JSON key rather than from separate settings, so the signing key always belongs to the issuer you name.',
    },
  ],
  prevention:
    'Run NTP on every host that signs tokens, deploy service account keys as whole JSON files, and re-deploy when keys are rotated (or move to keyless auth where your platform offers it).',
  related: [
    'token-invalid-grant-invalid-email',
    'token-unauthorized-client',
    'token-invalid-grant-expired-or-revoked',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Every signed assertion will fail until the key or the clock is fixed.',
  },
  stage: 'token',
  signature: {
    phrases: ['invalid jwt signature', 'token must be a short-lived token'],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2/service-account',
    'https://www.rfc-editor.org/rfc/rfc7523',
    'https://github.com/googleapis/google-cloud-python/issues/10004',
    'https://github.com/google-github-actions/setup-gcloud/issues/76',
    'https://github.com/googleapis/google-api-php-client/issues/1501',
    'https://github.com/erebusnz/gapi-google-analytics-php-interface/issues/147',
    'https://github.com/mediafigaro/google-analytics-api-symfony/issues/7',
  ],
  checked: '2026-11-23',
};
