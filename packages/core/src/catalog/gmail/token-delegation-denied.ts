import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-delegation-denied',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Delegation denied for user@example.com',
  fromGoogleList: false,
  title: 'Delegation denied for <user>',
  severity: 'high',
  summary:
    'The token you hold was issued for one user, and you used it to act on a different mailbox. A service account token acts only as its subject; mint one token per mailbox with subject set to that mailbox, and use the same address for user= / userId.',
  whatYouSee: [
    'Error: Delegation denied for impersonateaccount@example.com',
    "errors: [ { message: 'Delegation denied for user email', domain: 'global', reason: 'forbidden' } ]",
    '<HttpError 403 when requesting https://gmail.googleapis.com/gmail/v1/users/user%40example.com/messages/send?alt=json returned "Delegation denied for admin@example.com">',
  ],
  whatsHappening:
    'Google issues a delegated access token for exactly one user: the subject in the service account request, or the person who clicked through the consent screen. When that token is used for another mailbox (a Gmail API userId or an XOAUTH2 user= that is not the token\'s owner) Google answers 403 forbidden with "Delegation denied for <address>". The token itself is valid; it is used for the wrong person. Over SMTP the same mismatch shows up as the 334 XOAUTH2 challenge followed by 535-5.7.8. Gmail\'s "Grant access to your account" mail delegation does not extend OAuth tokens to the delegate\'s mailbox either.',
  causes: [
    'One token minted for a fixed subject (often an admin) is reused for every user in a loop',
    'The service account request has no subject, so the token belongs to the service account itself, which has no Gmail mailbox',
    'userId or user= is an alias, group or shared address instead of the primary address the token was issued for',
    'A user token from the consent flow is used to send as a colleague whose mailbox was shared through Gmail delegation',
  ],
  fixes: [
    {
      title: 'Mint one token per mailbox',
      detail:
        'Create credentials with subject set to the mailbox you are about to use (google-auth-library: new JWT({ ..., subject: mailbox }); Python: creds.with_subject(mailbox)) and cache tokens per mailbox, not globally.',
    },
    {
      title: 'Use the same address everywhere',
      detail:
        'Set the Gmail API userId to "me" or to the subject, and the XOAUTH2 user= (nodemailer auth.user) to the same primary address the token was minted for.',
    },
    {
      title: 'Use send-as for other From addresses',
      detail:
        'To send from another address, add it as a send-as alias on the authenticated mailbox (Gmail settings > Accounts > Send mail as) and keep authenticating as the mailbox itself.',
    },
  ],
  prevention:
    "Key token caches by mailbox and assert that the token's subject equals the mailbox before each send.",
  related: [
    'token-unauthorized-client',
    'token-invalid-grant-invalid-email',
    '334-xoauth2-challenge',
    '535-5.7.8-bad-credentials',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Fetch a token whose subject is the mailbox being used; the current token will keep being refused for it.',
  },
  stage: 'token',
  helpUrl: 'https://support.google.com/a/answer/162106',
  signature: {
    phrases: ['delegation denied for'],
  },
  sources: [
    'https://support.google.com/a/answer/162106',
    'https://www.rfc-editor.org/rfc/rfc6749#section-5.2',
    'https://github.com/googleapis/google-api-nodejs-client/issues/1751',
    'https://github.com/googleapis/google-api-nodejs-client/issues/2510',
    'https://github.com/googleworkspace/python-samples/issues/80',
  ],
  checked: '2026-11-23',
};
