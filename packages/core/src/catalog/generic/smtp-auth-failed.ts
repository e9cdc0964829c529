import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'smtp-auth-failed',
  provider: 'generic',
  replyCode: 535,
  enhancedCode: '5.7.8',
  providerText:
    'Authentication credentials invalid / Error: authentication failed / Authentication unsuccessful / Incorrect authentication data',
  fromGoogleList: false,
  title: 'Login refused: the server did not accept the username or password',
  severity: 'high',
  summary:
    'The mail server checked the login your client sent with AUTH and refused it (535). Nothing is wrong with the message: the username, the password, or the way the account may log in is. Check the username is the full address, use the password the provider wants for mail apps (an app password, or OAuth where passwords are turned off), and send again once the login works.',
  whatYouSee: [
    '535 5.7.8 Authentication credentials invalid',
    '535 5.7.8 Error: authentication failed: authentication failure',
    '535 5.7.8 Error: authentication failed: generic failure',
    '535 Incorrect authentication data',
    '535 5.7.3 Authentication unsuccessful',
    '535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.',
    '535 5.7.139 Authentication unsuccessful, basic authentication is disabled.',
    'Error: Invalid login: 535 Authentication failed',
    '553 5.3.0 Auth failure',
  ],
  whatsHappening:
    'After EHLO (and STARTTLS) the client sends AUTH with a mechanism the server offered, PLAIN or LOGIN for a password, XOAUTH2 for a token, and the server checks what it got. RFC 4954 (section 6) gives one reply to a refused check: 535 5.7.8 "Authentication credentials invalid", meaning the credentials were invalid or not enough, and says the client should ask the user for new ones. Each server words it its own way. Postfix does not check passwords itself: it hands the login to Cyrus SASL or Dovecot and answers "535 5.7.8 Error: authentication failed:" followed by the reason they give. Exim answers "535 Incorrect authentication data" whenever an authenticator fails. Microsoft 365 / Exchange answers "535 5.7.3 Authentication unsuccessful" (the user name or password is incorrect, in Microsoft\'s own protocol notes), or 5.7.139 with the reason after the comma, such as "the user credentials were incorrect" or "basic authentication is disabled". A refused login is not the "530 Authentication required" reply (no login happened at all), nor Gmail\'s "535-5.7.8 Username and Password not accepted", which has its own page. Nor is a 454 4.7.0 "Temporary authentication failure": there the server could not check the login at all.',
  causes: [
    'The password is wrong: mistyped, changed since it was stored, or copied with a space, quote or line break from a settings file',
    'The username is not what the server expects: most providers want the full email address, not the part before the @ and not an alias',
    'The provider does not accept the account password from mail apps: Yahoo, iCloud and Fastmail want an app password made for the app, and Zoho does once two-factor authentication is on',
    'Microsoft 365 / Exchange Online: SMTP AUTH is turned off for the organisation or the mailbox (security defaults turn it off), or basic authentication is blocked, so a password login is refused however good the password is ("535 5.7.139 Authentication unsuccessful, …")',
    'The mechanism does not fit the account: a password sent with PLAIN or LOGIN where only an OAuth token (XOAUTH2) is accepted, or a challenge mechanism (CRAM-MD5, DIGEST-MD5) that the server can only check when the password is stored in a matching scheme',
    'The login is checked by another server than the one configured: the host or network sends port 587 or 25 to its own mail server, which does not know the account and answers 535',
    'Logins from the client are held back after repeated failures (a retry loop with a wrong password): Dovecot delays each failed reply, up to 15 seconds, and servers running fail2ban ban the address that keeps getting 535',
  ],
  fixes: [
    {
      title: 'Check the username and password byte for byte',
      detail:
        'Use the full email address as the username unless the provider says otherwise. Re-enter the password by hand, print its length (never the value) to see stray spaces, quotes or line breaks from an environment file or CI secret, and update every place it is stored after a password change.',
    },
    {
      title: 'Use the password your provider wants for mail apps',
      detail:
        'Yahoo: Account Security page > External connections > Create app password. iCloud: turn on two-factor authentication, then account.apple.com > Sign-In and Security > App-Specific Passwords (changing the Apple Account password revokes them all). Zoho: Security > Application Specific Passwords > Generate New Password. Fastmail: Settings > Privacy & Security > New App Password, with mail (IMAP/POP/SMTP) access. Put that password in the client instead of the one you sign in to the web with.',
    },
    {
      title: 'Microsoft 365: allow SMTP AUTH for the mailbox, or log in with OAuth',
      detail:
        'An admin turns on Authenticated SMTP for the sending mailbox (Microsoft 365 admin center > Users > Active users > the user > Mail > Manage email apps, or `Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false`). With security defaults on, SMTP AUTH stays off until they are turned off; where an authentication policy blocks basic authentication, log in with an OAuth 2.0 token (XOAUTH2) instead of a password.',
    },
    {
      title: 'Check which server answered',
      detail:
        "Turn on the library's SMTP debug output and read the 220 greeting: if it names another host than your provider's (a hosting company's Exim, for example), the host redirects outgoing SMTP, and your login is checked by the wrong server. Ask the host to let you reach your provider, or send through the host's own server with its credentials.",
    },
    {
      title: 'Stop retrying, then try once',
      detail:
        'Repeated failures make servers slow down or ban the client (Dovecot doubles its delay after failures from the same address; fail2ban filters count these 535 lines). Fix the credential first, then test one login (nodemailer `verify()`, or `openssl s_client -starttls smtp` by hand) before sending real mail.',
    },
  ],
  prevention:
    'Keep one app password or OAuth token per application, stored without whitespace, test the login at startup, and alert on the first 535 instead of retrying it.',
  related: [
    '535-5.7.8-bad-credentials',
    'smtp-auth-temporary-failure',
    'smtp-auth-required',
    'auth-phpmailer-could-not-authenticate',
    '534-5.7.9-app-password-required',
    'smtp-auth-mechanism-unsupported',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Every message is refused until the login works; retrying the same credentials only risks a lockout.',
  },
  stage: 'AUTH',
  signature: {
    // The refused-login wordings of RFC 4954 (535 5.7.8), Postfix (smtpd_sasl_glue.c), Exim
    // (smtp_in.c), Microsoft (535 5.7.3 / 5.7.139) and the generic "535 Authentication failed".
    phrases: [
      'authentication credentials invalid',
      'error: authentication failed',
      'authentication failed',
      'incorrect authentication data',
      'authentication unsuccessful',
      // A server that answers a refused AUTH under 553 instead of RFC 4954's 535 (Naver's "553 5.3.0
      // Auth failure" to AUTH PLAIN): the words name the refused login, as 535's do. Kept to these
      // two codes (phraseReplyCodes): a bare "553 5.3.0", or "Temporary auth failure" under 454,
      // stays off this page.
      'auth failure',
    ],
    // Under any other reply code the same words are another page's: Postfix's 454 4.7.0
    // "Temporary authentication failure: …" (smtp-auth-temporary-failure), a 530 that quotes the
    // refused 535 (smtp-auth-required).
    replyCodes: [535],
    notWith: [
      // IMAP's response code (RFC 5530) and POP's (RFC 3206): a mailbox login, not sending mail.
      '[authenticationfailed]',
      '-err [auth]',
      // .NET's SslStream: "Authentication failed because the remote party sent a TLS alert" is TLS,
      // and so is its "Authentication failed, see inner exception." (System.Net.Security's
      // Strings.resx; under SmtpClient's "Failure sending mail." when the handshake failed), which
      // parse.ts TLS_LAYER_WORDS already reads as the TLS layer's words.
      'authentication failed because the remote party',
      'authentication failed, see inner exception',
      // Google's token endpoint: the token pages.
      'invalid_grant',
      // Microsoft's 530 5.7.57 to MAIL FROM, which quotes the refused 535 after "Error:" (.NET
      // drops the 530 itself): the login-required page's, as the labelling of that reply says.
      'client not authenticated to send mail',
      // Gmail's "Send mail as" dialog sentence: notice-send-mail-as-login-failed's own words.
      'authentication failed. please check your username/password',
      // Postfix before 3.1 put the Dovecot link's failure under 535 ("535 5.7.8 Error:
      // authentication failed: Connection lost to authentication server"): the login was never
      // checked, smtp-auth-temporary-failure's meaning, whose words these are.
      'connection lost to authentication server',
    ],
    phraseReplyCodes: { 'auth failure': [535, 553] },
    byReplyCode: true,
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc4954#section-6',
    'https://www.postfix.org/SASL_README.html',
    'https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_sasl_glue.c',
    'https://doc.dovecot.org/configuration_manual/authentication/authentication_mechanisms/',
    'https://doc.dovecot.org/configuration_manual/authentication/auth_penalty/',
    'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-smtp_authentication.html',
    'https://github.com/Exim/exim/blob/master/src/src/smtp_in.c',
    'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
    'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off',
    'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-smtpntlm/62888982-a911-40fa-b587-50b5c69f7334',
    'https://help.yahoo.com/kb/generate-manage-rd-party-passwords-sln15241.html',
    'https://support.apple.com/en-us/102654',
    'https://help.zoho.com/portal/kb/articles/manage-application-specific-passwords',
    'https://adminconsole.wiki.zoho.com/mail/Application-Specific-Passwords.html',
    'https://www.fastmail.com/help/clients/apppassword.html',
    'https://github.com/fail2ban/fail2ban/blob/master/config/filter.d/exim.conf',
    'https://github.com/docker-mailserver/docker-mailserver/issues/1436',
    'https://github.com/freescout-help-desk/freescout/issues/4930',
    'https://github.com/nodemailer/nodemailer/issues/1726',
    'https://github.com/PHPMailer/PHPMailer/issues/313',
  ],
  checked: '2026-12-05',
};
