import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '534-5.7.9-web-login-required',
  provider: 'gmail',
  replyCode: 534,
  enhancedCode: '5.7.9',
  providerText: 'Please log in with your web browser and then try again.',
  fromGoogleList: false,
  googleListMisprints: [
    {
      enhancedCode: '5.7.90',
      text: "Please log in with your web browser and then try again. For more information, go to Can't sign in to your Google Account.",
      reason:
        "The same row, word for word, read 534 5.7.9 in Google’s list as archived on 2025-05-08; Gmail's live reply with these words is 534-5.7.9 (the pastes in sources); the five rows at the end of the list (2026-02-12) all carry a 0 appended to their codes (5.7.40, 5.7.80, 5.7.90).",
    },
  ],
  title: '534 5.7.9 Please log in with your web browser',
  severity: 'high',
  summary:
    'Gmail refused the password sign-in over SMTP and asks the account owner to sign in through a browser. With 2-Step Verification on, the fix is an app password (or OAuth2); otherwise sign in at accounts.google.com from the same network, confirm the activity, then retry.',
  whatYouSee: [
    'Net::SMTPAuthenticationError (534-5.7.9 Please log in with your web browser and then try again. Learn more at',
    'AuthenticationFailedException: 534-5.7.9 Please log in with your web browser and then try again. For more 534-5.7.9 information, go to',
  ],
  whatsHappening:
    "This is Gmail's 534 5.7.9 variant of the web-login request: the same code Gmail uses for 'Application-specific password required', with the browser wording. It is sent when a password sign-in over SMTP is refused for an account whose security settings (2-Step Verification, a Workspace policy that disallows less secure sign-in) require a different credential, or when Google wants the owner to confirm the sign-in. Google's list words the browser request as 535 5.7.1, and the live form with a sign-in link is 534-5.7.14; the code in the paste tells this one apart.",
  causes: [
    '2-Step Verification is on and the client uses the normal account password',
    'A Workspace policy no longer allows password sign-in for third-party apps',
    'Google wants the owner to confirm a sign-in from a new place',
  ],
  fixes: [
    {
      title: 'Use an app password or OAuth2',
      detail:
        'Create an app password (Google Account > Security > 2-Step Verification > App passwords) and use it in place of the password, or switch the client to XOAUTH2.',
    },
    {
      title: 'Confirm the sign-in in a browser',
      detail:
        'Sign in at https://accounts.google.com from the same network and review Security > Recent security activity, then retry.',
    },
  ],
  prevention:
    'Give applications their own app password or OAuth2 credential instead of the account password.',
  related: [
    '534-5.7.9-app-password-required',
    '534-5.7.14-web-login-required',
    '535-5.7.1-web-login-required',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Every sign-in fails the same way until the credential or account setting is fixed.',
  },
  stage: 'AUTH',
  helpUrl: 'https://support.google.com/mail/answer/7126229',
  signature: {
    phrases: ['please log in with your web browser'],
  },
  sources: [
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/e5d8b9abcfbf9d69cfb678399e06191e6cb2e88d/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2025-05-08.txt',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
    'https://github.com/cyrusstoller/RevTilt/issues/32',
    'https://github.com/GoogleCloudPlatform/jit-groups/issues/269',
    'https://support.google.com/mail/answer/7126229',
    'https://support.google.com/accounts/answer/185833',
  ],
  checked: '2026-12-03',
};
