import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '334-xoauth2-challenge',
  provider: 'gmail',
  replyCode: 334,
  enhancedCode: null,
  providerText:
    '334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ== (base64 of {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"})',
  fromGoogleList: false,
  title: 'XOAUTH2 rejected: Gmail answered AUTH with a base64 error challenge',
  severity: 'high',
  summary:
    'Gmail did not accept the OAuth2 access token you sent with AUTH XOAUTH2. The token is expired, was issued for the wrong scope (SMTP needs https://mail.google.com/), or belongs to a different account than the user= you sent. Get a fresh token with the right scope for the right mailbox.',
  whatYouSee: [
    '334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==',
    'SMTP ERROR: AUTH command failed: 334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==',
    'Authenticator "XOAUTH2" returned "Expected response code "235" but got code "334", with message "334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==".',
    '{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}',
    'MailKit.Security.AuthenticationException: 334',
  ],
  whatsHappening:
    'With XOAUTH2 the client sends AUTH XOAUTH2 followed by base64("user=<address>^Aauth=Bearer <access token>^A^A"). When Gmail accepts the token it answers 235. When it does not, it sends a 334 continuation whose text is a base64-encoded JSON error: decoded, it reads {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"} (sometimes status 401). The scope field is Gmail telling you which scope it wanted, not the scope your token has. The client is expected to answer with an empty line, after which Gmail sends the final 535-5.7.8 Username and Password not accepted; clients that do not know this stop at the 334 and report it as the error. Nothing is wrong with the connection or with your password: the bearer token itself was refused.',
  causes: [
    'The access token expired (Google access tokens live about one hour) and the client kept sending the cached one instead of refreshing it',
    'The token was issued for a narrower scope such as gmail.send or gmail.compose; SMTP, IMAP and POP only accept tokens for https://mail.google.com/',
    'The user= value in the XOAUTH2 string is not the account the token was issued to (another mailbox, an alias, or the service account address instead of the impersonated user)',
    'A refresh token, ID token or authorization code was sent in place of an access token, or the SASL string is built without the ^A (0x01) separators',
    'The user revoked the app, changed the password, or the refresh token behind the access token expired, so the last access token is no longer valid',
  ],
  fixes: [
    {
      title: 'Request the https://mail.google.com/ scope',
      detail:
        'Re-run the consent flow asking for exactly https://mail.google.com/ (access_type=offline, prompt=consent) and store the new refresh token. For service accounts with domain-wide delegation, authorize https://mail.google.com/ for the client ID in the Admin console and request that scope when minting the token. Narrow Gmail API scopes (gmail.send, gmail.compose) never work over SMTP; if you want them, send through the Gmail API instead.',
    },
    {
      title: 'Refresh the access token before every connection',
      detail:
        'Give your mailer the refresh token and client credentials so it can mint new access tokens itself. In nodemailer: auth: { type: "OAuth2", user, clientId, clientSecret, refreshToken }. If you pass a bare accessToken, also pass expires and refresh it yourself when it is older than about 55 minutes.',
    },
    {
      title: 'Make user= match the token',
      detail:
        'The address in user= must be the Google account that granted the token, or for a service account the subject it impersonates. Use the primary address of the mailbox, not an alias or group.',
    },
    {
      title: 'Decode the challenge and check the token',
      detail:
        'Decode the 334 text with base64 to confirm it is the Bearer error, then check the token at https://oauth2.googleapis.com/tokeninfo?access_token=<token>: it shows the scope, the expiry (expires_in) and the email the token belongs to.',
    },
  ],
  prevention:
    'Always request https://mail.google.com/ for SMTP, let the library refresh tokens from a stored refresh token, and alert on the first 334/535 after XOAUTH2 instead of retrying with the same token.',
  related: [
    '535-5.7.8-bad-credentials',
    'token-invalid-grant-expired-or-revoked',
    'token-invalid-scope',
    '501-5.5.2-cannot-decode-response',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same token will be refused every time; get a new access token with the https://mail.google.com/ scope for the matching user first.',
  },
  stage: 'AUTH',
  helpUrl: 'https://developers.google.com/workspace/gmail/imap/xoauth2-protocol',
  signature: {
    // base64 of `{"status":` (lower-cased) and the decoded form; both only appear in this challenge.
    // PHPMailer sends AUTH XOAUTH2 in one line and expects 235: a 334 there is the error challenge,
    // whatever the base64 after it (a paste often cuts or masks it).
    phrases: [
      'eyjzdgf0dxmioi',
      '"schemes":"bearer"',
      'authenticationexception: 334',
      'auth command failed: 334',
    ],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2',
    'https://developers.google.com/workspace/gmail/imap/xoauth2-protocol',
    'https://github.com/PHPMailer/PHPMailer/issues/1664',
    'https://github.com/jstedfast/MailKit/issues/27',
    'https://github.com/mscdex/node-imap/issues/233',
    'https://github.com/emersion/go-imap/issues/213',
  ],
  checked: '2026-12-03',
};
