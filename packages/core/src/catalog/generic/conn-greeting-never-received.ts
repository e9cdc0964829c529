import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'conn-greeting-never-received',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Greeting never received',
  fromGoogleList: false,
  title: 'Greeting never received (TLS mode does not match the port)',
  severity: 'high',
  summary:
    'The TCP connection opened but the SMTP server never sent its 220 greeting. With Gmail this almost always means you connected to port 465 without TLS (nodemailer secure: false): the server waits for a TLS handshake while your client waits for plain text. Use secure: true on 465, or port 587 with secure: false.',
  whatYouSee: [
    "Error: Greeting never received ... code: 'ETIMEDOUT', command: 'CONN'",
    'ERROR [a1b2c3] Greeting never received',
    "{ [Error: Greeting never received] code: 'ETIMEDOUT' }",
    'javax.mail.MessagingException: Could not connect to SMTP host: smtp.gmail.com, port: 465, response: -1',
    'jakarta.mail.MessagingException: Got bad greeting from SMTP host: smtp.gmail.com, port: 465, response: [EOF]',
  ],
  whatsHappening:
    'SMTP starts with the server speaking: on connect it sends "220 smtp.gmail.com ESMTP ... - gsmtp". On port 465 Gmail uses implicit TLS, so it first waits for the client\'s TLS ClientHello and says nothing in clear text. A client configured for plain SMTP or STARTTLS on 465 waits for the greeting, the server waits for TLS, and after greetingTimeout (30 s in nodemailer) the client gives up with "Greeting never received" and code ETIMEDOUT. JavaMail reports the same deadlock as "response: -1", and .NET System.Net.Mail.SmtpClient, which cannot do implicit TLS at all, times out on 465 ("The operation has timed out"). The opposite mistake (TLS on 587) fails differently, with "wrong version number". The same wait happens on a port of another protocol that starts with TLS (IMAP on 993, POP3 on 995, HTTPS on 443); IMAP on 143 and POP3 on 110 do answer, but with "* OK" or "+OK" instead of a 220 greeting. Less often, a firewall or proxy accepts the TCP connection but never passes data through. The wait can also end the other way: the server (or a proxy) closes the connection before any greeting, and Jakarta Mail says "Got bad greeting … response: [EOF]" (JavaMail\'s "response: -1" is the same missing first line, whether the read timed out or the stream ended).',
  causes: [
    'Port 465 with nodemailer secure: false (or the option misspelled, e.g. secureConnection), so no TLS is started',
    'Port 465 with PHPMailer SMTPSecure = "tls", Python smtplib.SMTP instead of SMTP_SSL, or JavaMail without mail.smtp.ssl.enable=true',
    '.NET System.Net.Mail.SmtpClient pointed at port 465; it only supports STARTTLS (port 587)',
    "A firewall, proxy or hosting interceptor accepts the connection but never forwards the server's greeting",
    'A very slow or overloaded network path with a short greeting timeout',
    'The port speaks another protocol: an IMAP (143, 993), POP3 (110, 995) or web (80, 443) port typed in the SMTP settings. On 993, 995 and 443 the server waits for a TLS handshake and sends nothing, so the greeting never comes; on 143 and 110 it greets in its own protocol ("* OK …" from IMAP, "+OK …" from POP3), which is not a 220 reply and which the client refuses (nodemailer: "Invalid greeting")',
  ],
  fixes: [
    {
      title: 'Match the TLS mode to the port',
      detail:
        'For smtp.gmail.com use port 465 with implicit TLS or port 587 with STARTTLS. nodemailer: { host: "smtp.gmail.com", port: 465, secure: true } or { port: 587, secure: false, requireTLS: true }. Python: smtplib.SMTP_SSL("smtp.gmail.com", 465) or SMTP("smtp.gmail.com", 587) then starttls(). PHPMailer: SMTPSecure = PHPMailer::ENCRYPTION_SMTPS with 465, ENCRYPTION_STARTTLS with 587. JavaMail: mail.smtp.ssl.enable=true for 465, mail.smtp.starttls.enable=true and mail.smtp.starttls.required=true for 587.',
    },
    {
      title: 'Use 587 from System.Net.Mail',
      detail:
        'With .NET SmtpClient set Port = 587 and EnableSsl = true. If you need 465, use MailKit with SecureSocketOptions.SslOnConnect.',
    },
    {
      title: 'Use the SMTP host and port, not the IMAP or POP3 ones',
      detail:
        'Sending goes to the provider\'s SMTP server on 587 (STARTTLS) or 465 (implicit TLS), for Gmail smtp.gmail.com; imap.gmail.com:993 and pop.gmail.com:995 are for reading mail. If the first line the server sends starts with "* OK" or "+OK", the client is talking to an IMAP or POP3 server: change the host and port in the outgoing (SMTP) settings.',
    },
    {
      title: 'Look at what the server sends',
      detail:
        "openssl s_client -connect smtp.gmail.com:465 -crlf should print the 220 greeting after the handshake; telnet smtp.gmail.com 587 should print it immediately. If the greeting names another host (your provider's server), the hosting network intercepts SMTP.",
    },
  ],
  prevention:
    'Derive the TLS setting from the port in one place (465 means implicit TLS, 587 means STARTTLS) instead of configuring them separately.',
  related: ['tls-wrong-version-number', 'conn-timeout', 'conn-reset', '530-5.7.0-starttls-first'],
  retry: {
    kind: 'fix-then-retry',
    note: 'A port and TLS mismatch fails the same way every time; fix the configuration before retrying.',
  },
  stage: 'connect',
  helpUrl: 'https://support.google.com/a/answer/176600',
  signature: {
    phrases: ['greeting never received', 'response: -1'],
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc5321#section-4.3.1',
    'https://github.com/nodemailer/nodemailer/issues/535',
    'https://github.com/nodemailer/nodemailer/issues/1470',
    'https://github.com/nodemailer/nodemailer/issues/928',
    'https://github.com/support-project/knowledge/issues/598',
    'https://nodemailer.com/smtp/',
    'https://github.com/eclipse-ee4j/angus-mail/blob/master/providers/smtp/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java',
    'https://www.rfc-editor.org/rfc/rfc9051#section-7.1',
    'https://www.rfc-editor.org/rfc/rfc1939#section-4',
    'https://support.google.com/mail/answer/7126229',
  ],
  checked: '2026-12-05',
};
