import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'smtp-auth-mechanism-unsupported',
  provider: 'generic',
  replyCode: 504,
  enhancedCode: '5.7.4',
  providerText: 'Unrecognized authentication type / Authentication mechanism not supported',
  fromGoogleList: false,
  title: 'Authentication mechanism not supported (any server)',
  severity: 'high',
  summary:
    "The server does not offer the AUTH mechanism your client tried (LOGIN, PLAIN, CRAM-MD5, XOAUTH2, NTLM), often because it offers no AUTH at all before STARTTLS, or because basic authentication is turned off. Let the client pick from the server's EHLO list, start TLS first, or use the mechanism the server requires.",
  whatYouSee: [
    '504 5.7.4 Unrecognized authentication type',
    '504 5.7.4 Unrecognized authentication type [DM6PR11CA0012.namprd11.prod.outlook.com]',
    '504 Unrecognized authentication type.',
    '535 5.7.8 Error: authentication mechanism not supported',
    'Unsupported authentication mechanism',
    'internal client error: No compatible authentication mechanism was found',
    '503 5.5.1 Error: authentication not enabled',
    'smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.',
    '{ [Error: no form of authentication supported] code: 7, smtp: undefined }',
    'No authenticators available',
    'Unspecified Error (SENT_EHLO): Smtp server does not advertise AUTH capability, code: 0',
    'SMTP Error: Authentication failure: SMTP server does not support authentication (Code: )',
    'msmtp: authentication failed (method unknown): cannot find a usable authentication method',
    'SMTP authentication requires SASL',
    "535 5.7.8 Error: authentication failed: Invalid authentication mechanism: 'CRAM-MD5'",
    'Swift_TransportException: Failed to authenticate on SMTP server with username "you@example.com" using 0 possible authenticators.',
    'smtplib.SMTPException: No suitable authentication method found.',
    'msmtp: the server does not support authentication',
    'msmtp: support for authentication method XOAUTH2 is not compiled in',
    '503 AUTH command used when not advertised',
  ],
  whatsHappening:
    'AUTH takes a SASL mechanism name, and servers list the ones they accept in the EHLO reply (`250-AUTH LOGIN PLAIN XOAUTH2`). Many servers list no AUTH until the connection is encrypted, so a client that authenticates before STARTTLS hears 504 5.7.4. Exchange and Microsoft 365 also answer 504 5.7.4 when the mechanism (often LOGIN or NTLM) is disabled for the connector or tenant.',
  causes: [
    'Authenticating before STARTTLS, when the server only offers AUTH on encrypted connections',
    'Forcing a mechanism (`authMethod`, `AuthType`, `mail.smtp.auth.mechanisms`) the server does not list',
    'Exchange/Microsoft 365 receive connector or tenant with basic AUTH or the chosen mechanism disabled',
    'AUTH switched off on the port you connected to: Postfix answers "503 5.5.1 Error: authentication not enabled" on port 25 when SASL is enabled only for submission (587/465), and Python\'s smtplib raises "SMTP AUTH extension not supported by server" when the EHLO reply lists no AUTH (often login() before starttls())',
  ],
  fixes: [
    {
      title: 'Start TLS before AUTH',
      detail: 'Enable STARTTLS (port 587, requireTLS) or use port 465, then authenticate.',
    },
    {
      title: "Use a mechanism from the server's EHLO list",
      detail:
        'Remove any forced mechanism and let the library choose; read the `250-AUTH` line in the debug output to see what is offered.',
    },
    {
      title: 'For Microsoft 365, use what the tenant allows',
      detail: 'Enable SMTP AUTH for the mailbox or switch to OAuth2 (XOAUTH2) as Microsoft requires.',
    },
  ],
  prevention: 'Do not hard-code an AUTH mechanism; pick from what the server advertises after TLS.',
  related: ['504-5.7.4-unrecognized-auth-type', 'smtp-starttls-required', 'smtp-auth-required'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same mechanism is refused every time.',
  },
  stage: 'AUTH',
  signature: {
    phrases: [
      'unrecognized authentication type',
      'authentication mechanism not supported',
      'unsupported authentication mechanism',
      'no compatible authentication mechanism',
      // Postfix's smtpd when SASL is off on this listener; smtplib when EHLO lists no AUTH at all.
      'authentication not enabled',
      'smtp auth extension not supported by server',
      // mutt and NeoMutt when none of the server's AUTH mechanisms is one they can use (smtp.c).
      'no authenticators available',
      // Gmail's "Send mail as" dialog when the other server's EHLO reply lists no AUTH on that port.
      'does not advertise auth capability',
      // PEAR Net_SMTP (Roundcube, Horde) when the EHLO reply lists no AUTH (Net/SMTP.php auth()).
      'smtp server does not support authentication',
      // msmtp with TLS on and no mechanism both sides know (src/smtp.c).
      'cannot find a usable authentication method',
      // mutt built without a SASL library: it can use none of the server's mechanisms (smtp.c).
      'smtp authentication requires sasl',
      // Postfix with Dovecot SASL when the client asks for a mechanism Dovecot does not offer
      // (xsasl_dovecot_server.c), inside its 535 "authentication failed".
      'invalid authentication mechanism',
      // emailjs (Node) when none of its mechanisms is in the server's AUTH list.
      'no form of authentication supported',
      // Swift Mailer's AuthHandler counts only its authenticators whose keyword the server's AUTH
      // line lists: "using 0 possible authenticators" is no mechanism in common (afterEhlo()).
      'using 0 possible authenticators',
      // Python's smtplib login() when none of its mechanisms (CRAM-MD5, PLAIN, LOGIN) is in the
      // server's AUTH list. With its class name: SSH and cloud SDKs say the same words of their own
      // logins ("No suitable authentication method found to complete authentication (publickey)").
      'smtpexception: no suitable authentication method found',
      // msmtp when an auth method is configured and the EHLO reply lists no AUTH (msmtp.c), or no
      // such method ("… method %s", smtp.c); and when this build has no code for the configured
      // method (msmtp.c: "support for authentication method %s is not compiled in", after its
      // program name and a colon, which the phrase keeps to stay off other software's release notes).
      'the server does not support authentication',
      ': support for authentication method',
      // Exim (smtp_in.c) to an AUTH it did not list in its EHLO reply, "503 AUTH command used when
      // not advertised": most often AUTH before STARTTLS, where Exim offers none (auth_advertise_hosts).
      'auth command used when not advertised',
    ],
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc4954#section-4',
    'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
    'https://github.com/mikel/mail/issues/1357',
    'https://github.com/deanproxy/eMail/issues/44',
    'https://github.com/neomutt/neomutt/blob/main/smtp.c',
    'https://github.com/pear/Net_SMTP/blob/master/Net/SMTP.php',
    'https://github.com/marlam/msmtp/blob/master/src/smtp.c',
    'https://github.com/muttmua/mutt/blob/master/smtp.c',
    'https://github.com/vdukhovni/postfix/blob/master/postfix/src/xsasl/xsasl_dovecot_server.c',
    'https://github.com/swiftmailer/swiftmailer/blob/master/lib/classes/Swift/Transport/Esmtp/AuthHandler.php',
    'https://github.com/python/cpython/blob/main/Lib/smtplib.py',
    'https://github.com/marlam/msmtp/blob/master/src/msmtp.c',
  ],
  checked: '2026-12-03',
};
