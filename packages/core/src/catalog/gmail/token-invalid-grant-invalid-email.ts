import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-invalid-grant-invalid-email',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText:
    '{"error": "invalid_grant", "error_description": "Not a valid email."} / {"error": "invalid_grant", "error_description": "Invalid email or User ID"}',
  fromGoogleList: false,
  title: 'invalid_grant: Not a valid email / Invalid email or User ID (service account)',
  severity: 'high',
  summary:
    "A service account asked for a token and Google could not accept one of the email addresses in the signed request: the issuer (the service account client_email) or the subject it is impersonating. Set subject to the primary address of an active user in your Workspace domain and the issuer to the key file's client_email.",
  whatYouSee: [
    '{ "error": "invalid_grant", "error_description": "Not a valid email." }',
    "Client error: `POST https://oauth2.googleapis.com/token` resulted in a `400 Bad Request` response: { 'error': 'invalid_grant', 'error_description': 'Invalid email or User ID' }",
    'Error:"invalid_grant", Description:"Invalid email or User ID", Uri:""',
    'Error refreshing the OAuth2 token, message: \'{ "error" : "invalid_grant", "error_description" : "Invalid email or User ID" }\'',
  ],
  whatsHappening:
    'With a service account, your code signs a JWT whose iss is the service account email, whose scope is https://mail.google.com/ and, for Gmail, whose sub is the mailbox to act as (the subject, set with subject:, setSubject(), .with_subject() or User =). Google checks both addresses before issuing a token. "Not a valid email" means an address in the assertion is not even shaped like one, typically the issuer set to a client ID or a placeholder. "Invalid email or User ID" means the subject is not a user Google can impersonate: it does not exist, is not in a Workspace domain, or is a group or alias. No token is issued, so the SMTP login never starts.',
  causes: [
    'The subject is missing its domain, misspelled, or still a placeholder from sample code',
    'The subject is an alias, a group address or a shared mailbox name rather than the primary address of a licensed user',
    'The subject is a consumer @gmail.com account; domain-wide delegation only works for users in a Google Workspace domain',
    'The issuer is set to the client ID, project ID or key ID instead of the client_email from the JSON key, or the email and key come from two different service accounts',
    'The user was suspended, deleted or renamed in the Admin console after the configuration was written',
  ],
  fixes: [
    {
      title: 'Set the subject to a real Workspace user',
      detail:
        'Use the primary email of an active, licensed user in the domain that granted delegation (check it in Admin console > Directory > Users). In google-auth-library: new JWT({ email: key.client_email, key: key.private_key, scopes: ["https://mail.google.com/"], subject: "sender@yourdomain.com" }). In Python: credentials.with_subject("sender@yourdomain.com").',
    },
    {
      title: 'Take the issuer from the key file',
      detail:
        'Pass client_email from the service account JSON key as the issuer and the private_key from the same file. With nodemailer: auth: { type: "OAuth2", user: "sender@yourdomain.com", serviceClient: key.client_id, privateKey: key.private_key }, where user is the mailbox to impersonate.',
    },
    {
      title: 'Use Workspace, not a consumer account',
      detail:
        'A @gmail.com mailbox cannot be impersonated by a service account. For a consumer account, use a normal OAuth client with a user refresh token, or an app password with 2-Step Verification.',
    },
    {
      title: 'Confirm delegation is in place',
      detail:
        "In Admin console > Security > Access and data control > API controls > Domain-wide delegation, check that the service account's numeric client ID is listed with https://mail.google.com/. Without it the next error is unauthorized_client.",
    },
  ],
  prevention:
    'Keep the impersonated address in one config value, validate it against the directory at startup, and update it when users are renamed or offboarded.',
  related: [
    'token-unauthorized-client',
    'token-delegation-denied',
    'token-invalid-grant-invalid-jwt',
    '334-xoauth2-challenge',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The assertion will be rejected until the subject or issuer address is corrected.',
  },
  stage: 'token',
  helpUrl: 'https://support.google.com/a/answer/162106',
  signature: {
    phrases: ['not a valid email', 'invalid email or user id'],
  },
  sources: [
    'https://github.com/googleapis/google-api-php-client/issues/783',
    'https://github.com/googleapis/google-api-php-client/issues/1207',
    'https://github.com/SCRT-HQ/PSGSuite/issues/267',
    'https://github.com/DoliCloud/DoliMods/issues/30',
    'https://developers.google.com/identity/protocols/oauth2/service-account',
  ],
  checked: '2026-11-23',
};
