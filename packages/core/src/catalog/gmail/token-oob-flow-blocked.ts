import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'token-oob-flow-blocked',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText:
    "Error 400: invalid_request. The out-of-band (OOB) flow has been blocked in order to keep users secure. / You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy for keeping apps secure.",
  fromGoogleList: false,
  title: 'Access blocked: the copy/paste (OOB) OAuth flow is no longer allowed (Error 400: invalid_request)',
  severity: 'high',
  summary:
    "Google's consent page refuses the request because the tool asks for the authorization code with redirect_uri=urn:ietf:wg:oauth:2.0:oob, the manual copy/paste flow Google has blocked for every client since January 31, 2023. Nothing in your account is wrong: switch the tool to a localhost (loopback) redirect or another supported flow, then authorize again.",
  whatYouSee: [
    "Access blocked: <app>'s request is invalid. You can't sign in because <app> sent an invalid request. You can try again later, or contact the developer about this issue.",
    'Error 400: invalid_request. The out-of-band (OOB) flow has been blocked in order to keep users secure. Follow the Out-of-Band (OOB) flow migration guide linked in the developer docs below to migrate your app to an alternative method. Request details: redirect_uri=urn:ietf:wg:oauth:2.0:oob',
    "Authorization Error. Error 400: invalid_request. You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy for keeping apps secure. Request Details: redirect_uri: urn:ietf:wg:oauth:2.0:oob",
  ],
  whatsHappening:
    "Older mail tools got their Gmail refresh token through the out-of-band flow: the consent URL carried redirect_uri=urn:ietf:wg:oauth:2.0:oob (or :oob:auto, or oob), Google showed the code on a page, and you pasted it into the terminal. Google announced on February 16, 2022 that it would end this flow because it invites remote phishing: new OAuth clients could not use it from February 28, 2022, clients created earlier lost it on October 3, 2022, and from January 31, 2023 every client is blocked, exempted ones included. The consent page now stops with Access blocked and Error 400 invalid_request; its error details name the OOB redirect. Google's help for users calls this an app that uses an authorization method Google no longer allows. It happens before any token exists, so SMTP never sees a login: the helper that mints the token (mutt_oauth2.py in its authcode mode, Google's old oauth2.py, a plugin's Gmail connection, a sync or backup tool) is what has to change.",
  causes: [
    "The token helper builds its consent URL with redirect_uri=urn:ietf:wg:oauth:2.0:oob: mutt_oauth2.py's Google registration uses it in the 'authcode' flow",
    'A tool or plugin version from before 2022 that still offers only the copy/paste code step (an option such as --noauth_local_webserver or "paste the code here")',
    'A script copied from an old guide that hard-codes the OOB redirect URI',
  ],
  fixes: [
    {
      title: 'Use a localhost (loopback) redirect',
      detail:
        "For a desktop OAuth client, Google's supported method is a loopback redirect: the tool listens on http://127.0.0.1:<port> or http://localhost:<port> and receives the code itself. With mutt_oauth2.py run --authorize --authflow localhostauthcode instead of authcode; other tools have a local-server mode, or a newer release that uses it.",
    },
    {
      title: 'Update the tool',
      detail:
        'Many mail and sync tools replaced the OOB step in 2022 and 2023. Upgrade first; if the project is abandoned, look for a maintained fork before patching the redirect URI yourself.',
    },
    {
      title: "For Google's oauth2.py",
      detail:
        'Its instructions now say the OOB flow is gone: create a client of type Web application, add https://oauth2.dance/ as an authorised redirect URI, and read the code from that page in your browser.',
    },
    {
      title: 'Run consent where a browser can reach the tool',
      detail:
        'On a headless server, authorize once on a machine with a browser (or forward the local port over SSH) and copy the resulting token file, rather than falling back to a copy/paste flow.',
    },
  ],
  prevention:
    "Mint Gmail tokens with a maintained helper that uses a loopback or web redirect, and check Google's OAuth announcements sent to your project's support email: they gave months of notice before this block.",
  related: ['token-redirect-uri-mismatch', 'token-invalid-request', 'token-access-denied'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same consent URL is refused every time; change the flow, then authorize again.',
  },
  stage: 'token',
  helpUrl: 'https://developers.google.com/identity/protocols/oauth2/resources/oob-migration',
  signature: {
    // The refusal's own words, not the OOB redirect alone: a token helper prints its consent URL
    // (with redirect_uri=urn:ietf:wg:oauth:2.0:oob) before whatever fails later, so only the consent
    // page's `Request details: redirect_uri=…` line shows the OOB request was what Google refused
    // (`redirect_uri: urn:…` is also how configs and printed dicts write it). The policy sentence alone
    // ("doesn't comply with Google's OAuth 2.0 policy for keeping apps secure") is not the OOB flow's:
    // Google's help gives it to any authorization method it no longer allows (answer 16668185).
    phrases: [
      'out-of-band (oob) flow has been blocked',
      'request details: redirect_uri=urn:ietf:wg:oauth:2.0:oob',
    ],
    // Google's consent page lists the request's parameters under every refusal it shows, so an OOB
    // redirect in the request details sits under other errors too: a refusal that names another
    // error code (RFC 6749's and Google's, each with its own page) is that code's, whatever
    // redirect it lists.
    notWith: [
      'redirect_uri_mismatch',
      'access_denied',
      'admin_policy_enforced',
      'org_internal',
      'invalid_client',
      'deleted_client',
      'disabled_client',
      'unauthorized_client',
      'invalid_scope',
    ],
  },
  sources: [
    'https://developers.google.com/identity/protocols/oauth2/resources/oob-migration',
    'https://developers.googleblog.com/2022/02/making-oauth-flows-safer.html',
    'https://support.google.com/accounts/answer/16668185',
    'https://developers.google.com/identity/protocols/oauth2/native-app',
    'https://github.com/muttmua/mutt/blob/master/contrib/mutt_oauth2.py',
    'https://github.com/gauteh/lieer/issues/249',
    'https://github.com/google/gmail-oauth2-tools/issues/28',
    'https://github.com/XaviTorello/mail2googlegroup/issues/13',
  ],
  checked: '2026-12-05',
};
