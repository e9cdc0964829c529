import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'auth-phpmailer-could-not-authenticate',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText: 'SMTP Error: Could not authenticate. / Login denied',
  fromGoogleList: false,
  title: "Login failed: the mail library hides the server's reply",
  severity: 'high',
  summary:
    "The mail library says the login failed and hides the server's reply (PHPMailer's \"Could not authenticate\", curl's \"Login denied\"). The reply that says why (Gmail's 535-5.7.8, 534-5.7.9, a 530, or a dropped connection) is only in the library's debug or verbose output: turn it on and read the line after AUTH.",
  whatYouSee: [
    'SMTP Error: Could not authenticate.',
    'Message could not be sent. Mailer Error: SMTP Error: Could not authenticate.',
    'Error returned by PHPMailer class: SMTP Error: Could not authenticate.',
    'Error in curl::curl_fetch_memory(url, handle = h) : Login denied',
  ],
  whatsHappening:
    "PHPMailer's `smtpConnect()` raises this one message whenever `authenticate()` returns false, whatever the server said. With Gmail the reply behind it is usually 535-5.7.8 (wrong password, or a normal password where an app password is needed), 534-5.7.9 (2-Step Verification on, app password required) or 534-5.7.14 (sign-in blocked, confirm in a browser). With a hosting provider it can be the host redirecting port 587 to its own server, where your Gmail credentials are not valid. libcurl does the same: when the server refuses AUTH it returns CURLE_LOGIN_DENIED (67), whose message is just \"Login denied\", and R's curl::send_mail() (and R packages built on it) raises that message; the server's reply is only in curl's verbose output.",
  causes: [
    'Wrong username or password; with Gmail a normal password instead of an app password',
    '2-Step Verification on and no app password',
    'Google blocked the sign-in and wants it confirmed in a browser',
    'The host redirects outbound SMTP to its own server, so Gmail credentials are checked by the wrong server',
    '`SMTPAuth` set on a server that offers no AUTH (before STARTTLS)',
  ],
  fixes: [
    {
      title: 'Turn on debug output and read the AUTH reply',
      detail:
        'PHPMailer: `$mail->SMTPDebug = SMTP::DEBUG_SERVER;` then look for the line starting with 535, 534 or 530 after `AUTH LOGIN`; paste that line to get its own page.',
    },
    {
      title: 'With curl, turn on verbose output',
      detail:
        "R: call `curl::send_mail(..., verbose = TRUE)` (its default) and read the `<` line after `> AUTH` in the output; the command-line tool shows the same with `curl -v`. The `> AUTH` line itself carries your login, only base64-encoded: paste the server's reply line alone, never the whole log.",
    },
    {
      title: 'For Gmail, use an app password or OAuth2',
      detail:
        "Create an app password (Google Account > Security > 2-Step Verification > App passwords) and use it as `$mail->Password`, or switch to XOAUTH2 with `$mail->AuthType = 'XOAUTH2'`.",
    },
    {
      title: 'Check the server you actually reach',
      detail:
        'If the debug output shows a banner that is not `smtp.gmail.com ESMTP`, your host is intercepting SMTP; ask it to allow outbound SMTP.',
    },
  ],
  prevention:
    'Keep SMTP debug or verbose output available (to a log, never to the page) so the real reply is seen the first time.',
  related: [
    '535-5.7.8-bad-credentials',
    '534-5.7.9-app-password-required',
    '534-5.7.14-web-login-required',
    'auth-missing-credentials',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The login fails the same way until the credentials or account setting behind it are fixed.',
  },
  stage: 'AUTH',
  signature: {
    phrases: ['smtp error: could not authenticate'],
    // PHPMailer's smtpConnect() still tries AUTH after a HELLO it did not check; when connected()
    // found the socket closed ("SMTP NOTICE: EOF caught while checking if connected", SMTP.php) no
    // login reached the server, and "Could not authenticate" only sums up that earlier failure.
    notWith: [
      'eof caught while checking if connected',
      // Swift Mailer 6 follows "… using N possible authenticators." with what each one got
      // ("Authenticator LOGIN returned Expected response code 235 but got code "535", with message
      // …", AuthHandler.php): the reply or the cause is in the message, so its own page answers.
      'possible authenticators. authenticator ',
    ],
  },
  sources: [
    'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-en.php',
    'https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    'https://github.com/PHPMailer/PHPMailer/issues/1388',
    'https://github.com/samuelaguilera/sar-friendly-smtp/issues/14',
    'https://support.google.com/mail/answer/185833',
    'https://curl.se/libcurl/c/libcurl-errors.html',
    'https://github.com/jeroen/curl/blob/master/R/email.R',
  ],
  checked: '2026-12-05',
};
