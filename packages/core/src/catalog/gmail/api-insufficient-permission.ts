import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'api-insufficient-permission',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Request had insufficient authentication scopes.',
  fromGoogleList: false,
  title: 'Gmail API: Insufficient Permission (403 insufficientPermissions / ACCESS_TOKEN_SCOPE_INSUFFICIENT)',
  severity: 'high',
  summary:
    'The access token is valid but was not granted a scope that allows this call. messages.send needs gmail.send, gmail.compose, gmail.modify or https://mail.google.com/; get a new token (a new consent, or a new domain-wide delegation entry) that includes one of them.',
  whatYouSee: [
    '<HttpError 403 when requesting https://www.googleapis.com/gmail/v1/users/me/messages/send?alt=json returned "Insufficient Permission">',
    'com.google.api.client.googleapis.json.GoogleJsonResponseException: 403 Forbidden\n{\n  "code" : 403,\n  "errors" : [ {\n    "domain" : "global",\n    "message" : "Insufficient Permission",\n    "reason" : "insufficientPermissions"\n  } ],\n  "message" : "Insufficient Permission"\n}',
    '403 insufficientPermissions: Request had insufficient authentication scopes.',
    '{ "error": { "code": 403, "message": "Request had insufficient authentication scopes.", "errors": [ { "message": "Insufficient Permission", "domain": "global", "reason": "insufficientPermissions" } ], "status": "PERMISSION_DENIED", "details": [ { "@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT", "domain": "googleapis.com" } ] } }',
  ],
  whatsHappening:
    'An access token carries the scopes the user (or the Workspace admin, for a service account) granted when it was issued. Each Gmail API method accepts only some scopes; messages.send accepts https://mail.google.com/, gmail.modify, gmail.compose and gmail.send. A token issued for gmail.readonly or gmail.labels (the quickstarts ask for those) is refused with 403 insufficientPermissions and, in newer answers, ErrorInfo reason ACCESS_TOKEN_SCOPE_INSUFFICIENT. Adding the scope to your code is not enough: the refresh token keeps the scopes of the original consent until the user consents again.',
  causes: [
    'The app was set up from a quickstart that asks for gmail.readonly or gmail.labels only',
    'The scope list changed in code but the stored token (token.json, the refresh token) is from the old consent',
    "A service account's domain-wide delegation entry in the Admin console lists other scopes than the ones requested",
    'SMTP XOAUTH2 works because the token has https://mail.google.com/, but another token (with gmail.send only) is used for a method that needs more',
  ],
  fixes: [
    {
      title: 'Request a scope that can send',
      detail:
        'Ask for https://www.googleapis.com/auth/gmail.send (enough for messages.send) or https://mail.google.com/ (needed too for SMTP XOAUTH2).',
    },
    {
      title: 'Consent again',
      detail:
        'Delete the stored token (token.json / the saved refresh token), run the consent flow with the new scopes (prompt=consent), and store the new refresh token.',
    },
    {
      title: 'For a service account, fix the delegation entry',
      detail:
        'Admin console > Security > API controls > Domain-wide delegation: the client id must list exactly the scopes your JWT requests.',
    },
  ],
  prevention:
    "Check the token's granted scopes (tokeninfo, or smtpfix doctor) at startup and fail with a clear message before the first send.",
  related: ['token-invalid-scope', 'token-unauthorized-client', 'api-invalid-credentials'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The token will keep being refused for this method until one with a sending scope replaces it.',
  },
  stage: 'api',
  helpUrl: 'https://developers.google.com/gmail/api/auth/scopes',
  signature: {
    phrases: [
      'request had insufficient authentication scopes',
      'access_token_scope_insufficient',
      'insufficientpermissions',
      'insufficient permission',
    ],
  },
  sources: [
    'https://developers.google.com/gmail/api/auth/scopes',
    'https://github.com/googleworkspace/java-samples/issues/53',
    'https://github.com/IIC2233/Syllabus-2018-1/issues/807',
    'https://github.com/googleworkspace/cli/issues/282',
    'https://github.com/dacastro4/laravel-gmail/issues/101',
    'https://github.com/googleworkspace/apps-script-oauth2/issues/172',
  ],
  checked: '2026-12-03',
};
