import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'tls-wrong-version-number',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'SSL routines:ssl3_get_record:wrong version number / javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection? / The handshake failed due to an unexpected packet format. / When connecting to an SMTP service, port 587 is typically reserved for plain-text connections.',
  fromGoogleList: false,
  title: 'wrong version number: TLS started on a plain-text port (587)',
  severity: 'high',
  summary:
    'Your client started a TLS handshake immediately, but the server answered in plain text. With Gmail that means implicit TLS on port 587 (nodemailer secure: true, Python SMTP_SSL, JavaMail ssl.enable). Use port 465 for implicit TLS, or keep 587 and switch to STARTTLS (secure: false).',
  whatYouSee: [
    "Error: 40184D5F147F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:354: { library: 'SSL routines', reason: 'wrong version number', code: 'ESOCKET', command: 'CONN' }",
    'ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)',
    'javax.mail.MessagingException: Could not connect to SMTP host: smtp.gmail.com, port: 587; nested exception is: javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?',
    'MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection. ---> System.IO.IOException: The handshake failed due to an unexpected packet format.',
  ],
  whatsHappening:
    'Port 587 (and 25) on smtp.gmail.com start in plain text: the server sends "220 smtp.gmail.com ESMTP ... - gsmtp" and the client upgrades with STARTTLS. A client set to implicit TLS sends a TLS ClientHello as its first bytes and then tries to read a TLS record; what arrives is the ASCII greeting "220 ...", whose first bytes OpenSSL reads as an impossible protocol version. OpenSSL reports "wrong version number", Java "Unrecognized SSL message, plaintext connection?", .NET "unexpected packet format". Nothing is wrong with certificates or TLS versions. It is a configuration mismatch: port 465 is the implicit-TLS port.',
  causes: [
    'nodemailer secure: true (or a "Secure"/"SSL" checkbox in an app built on it) with port 587 or 25',
    'Python smtplib.SMTP_SSL("smtp.gmail.com", 587) instead of SMTP(..., 587) plus starttls()',
    'JavaMail mail.smtp.ssl.enable=true or a socketFactory set to SSLSocketFactory on port 587',
    'PHPMailer SMTPSecure = "ssl" (ENCRYPTION_SMTPS) with port 587, or MailKit SecureSocketOptions.SslOnConnect with 587',
    'A hosting provider that transparently redirects outbound SMTP to its own plain-text server',
  ],
  fixes: [
    {
      title: 'Use STARTTLS on 587',
      detail:
        'nodemailer: { host: "smtp.gmail.com", port: 587, secure: false, requireTLS: true }. Python: s = smtplib.SMTP("smtp.gmail.com", 587); s.starttls(). JavaMail: mail.smtp.starttls.enable=true, mail.smtp.starttls.required=true, no ssl.enable. PHPMailer: SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS. MailKit: SecureSocketOptions.StartTls. secure: false still encrypts: the connection upgrades before AUTH.',
    },
    {
      title: 'Or use implicit TLS on 465',
      detail: 'Keep secure: true / SMTP_SSL / ssl.enable / SslOnConnect and change the port to 465.',
    },
    {
      title: 'Check for SMTP interception',
      detail:
        'If the settings are right and the error persists, run telnet smtp.gmail.com 587 and check that the greeting reads 220 smtp.gmail.com ESMTP ... - gsmtp, then openssl s_client -starttls smtp -crlf -connect smtp.gmail.com:587 and check that the certificate is for smtp.gmail.com. A greeting or certificate from another host means your provider redirects SMTP; ask them to disable it (cPanel/WHM "SMTP Restrictions") or use their relay.',
    },
  ],
  prevention:
    'Pair ports and TLS modes in code: 465 means implicit TLS, 587 means STARTTLS with requireTLS, so one cannot change without the other.',
  related: [
    'conn-greeting-never-received',
    'tls-certificate-error',
    'conn-reset',
    '530-5.7.0-starttls-first',
    '454-5.5.1-starttls-repeated',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The port and TLS mode mismatch fails identically every time; change one of them first.',
  },
  stage: 'tls',
  helpUrl: 'https://support.google.com/a/answer/176600',
  signature: {
    phrases: [
      'wrong version number',
      'unrecognized ssl message',
      'handshake failed due to an unexpected packet format',
      'typically reserved for plain-text connections',
    ],
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc8314',
    'https://www.rfc-editor.org/rfc/rfc3207',
    'https://nodemailer.com/smtp/',
    'https://github.com/nodemailer/nodemailer/issues/1154',
    'https://github.com/gitroomhq/postiz-app/issues/466',
    'https://github.com/dawidd6/action-send-mail/issues/187',
    'https://github.com/louislam/uptime-kuma/issues/140',
    'https://github.com/grails-plugins/grails-mail/issues/27',
    'https://github.com/jstedfast/MailKit/issues/131',
    'https://github.com/datalust/seq-app-htmlemail/issues/85',
    'https://atchison.dev/smtp-ssl-with-python/',
  ],
  checked: '2026-11-23',
};
