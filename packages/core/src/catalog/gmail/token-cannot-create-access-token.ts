import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-cannot-create-access-token',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: "Can't create new access token for user",
  fromGoogleList: false,
  title: "nodemailer: Can't create new access token for user",
  severity: 'high',
  summary:
    'nodemailer needed a fresh OAuth2 access token but was not given what it takes to make one: no refresh token with client ID and secret, and no service account key. Put clientId, clientSecret and refreshToken (or serviceClient and privateKey) in the transport auth options.',
  whatYouSee: [
    "Error: Can't create new access token for user at XOAuth2.generateToken (node_modules/nodemailer/lib/xoauth2/index.js:184:33)",
    "message=Can't create new access token for user, stack=Error: Can't create new access token for user",
  ],
  whatsHappening:
    'With auth.type "OAuth2", nodemailer logs in with XOAUTH2 using an access token. If the cached access token is missing or past its expiry, it tries to generate a new one: from a refresh token plus client ID and secret, from a service account key, or through a provisionCallback you supply. When none of these is configured it gives up with this message before contacting Google at all. It is a configuration error in your code, not a Google refusal.',
  causes: [
    'Only accessToken was passed (for example pasted from the OAuth Playground) and it expired after about an hour',
    'The OAuth values were put in the message options or at the top level of createTransport instead of inside auth',
    'refreshToken, clientId or clientSecret is undefined at runtime (env var not loaded, misspelled key)',
    'A service account setup is missing serviceClient or privateKey',
  ],
  fixes: [
    {
      title: 'Configure refresh inside auth',
      detail:
        'nodemailer.createTransport({ host: "smtp.gmail.com", port: 465, secure: true, auth: { type: "OAuth2", user: "you@example.com", clientId, clientSecret, refreshToken } }). nodemailer then refreshes the access token itself.',
    },
    {
      title: 'For a service account, pass the key',
      detail:
        'auth: { type: "OAuth2", user: "mailbox@yourdomain.com", serviceClient: key.client_id, privateKey: key.private_key }, with domain-wide delegation for https://mail.google.com/ granted to that client ID.',
    },
    {
      title: 'Or provide tokens yourself',
      detail:
        'If another component manages tokens, pass accessToken together with expires, and use the provisionCallback option (or listen for the "token" event) to hand nodemailer a new token when it asks.',
    },
  ],
  prevention:
    'Never ship a bare access token; configure a refresh token or service account key and check it with transporter.verify() at startup.',
  related: ['token-invalid-grant-expired-or-revoked', '334-xoauth2-challenge', 'token-invalid-client'],
  retry: {
    kind: 'fix-then-retry',
    note: 'nodemailer cannot obtain a token until refresh credentials or a key are configured.',
  },
  stage: 'token',
  signature: {
    phrases: ['create new access token for user'],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2',
    'https://www.rfc-editor.org/rfc/rfc6749#section-5.2',
    'https://github.com/nodemailer/nodemailer/issues/1166',
    'https://github.com/nodemailer/nodemailer/issues/910',
    'https://github.com/nodemailer/nodemailer/issues/951',
  ],
  checked: '2026-11-23',
};
