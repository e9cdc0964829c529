import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'conn-failed-no-reason',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText: 'SMTP connect() failed',
  fromGoogleList: false,
  title: 'Could not connect, and the client did not say why',
  severity: 'high',
  summary:
    'The mail library could not open (or secure) its connection to the SMTP server and reported only that it failed: PHPMailer\'s "SMTP connect() failed", an errno of 0 ("Failed to connect to server: (0)", Swiftmailer\'s "[ #0]"). Nothing reached the server, so the cause is on the way there: a blocked port, a TLS mode that does not match the port, a certificate PHP would not trust, or a wrong host. Turn on the library\'s connection debug output to get the real reason, then follow the page it names.',
  whatYouSee: [
    'SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    'Mailer Error: SMTP connect() failed.',
    'SMTP ERROR: Failed to connect to server:  (0)',
    'Connection could not be established with host smtp.gmail.com [ #0]',
  ],
  whatsHappening:
    'Before any SMTP reply there is a socket to open and, on port 465 or after STARTTLS on 587, a TLS handshake to finish. PHPMailer reports a failure at that stage as "SMTP connect() failed" and keeps the operating system\'s reason for its debug output ("SMTP ERROR: Failed to connect to server: Connection refused (111)"), which is off by default, so the error most people see names no cause. When PHP does fill in the reason, errno 0 with an empty message means the failure happened before the TCP connect() call (PHP\'s fsockopen and stream_socket_client document this): in practice the ssl:// or tls:// layer failed, which is a certificate PHP could not verify, a TLS mode that does not match the port, or OpenSSL missing from PHP. Swiftmailer prints the same errno 0 as "[ #0]". PHPMailer\'s own troubleshooting guide says such failures are almost always local: DNS, a firewall or hosting provider blocking outbound SMTP, anti-virus intercepting the connection, or another problem on the local network.',
  causes: [
    'The hosting provider or a firewall blocks outbound connections to ports 25, 465 and 587 (common on shared hosting, which often allows only its own relay)',
    'The TLS mode does not match the port: SMTPS (implicit TLS) on 587, or STARTTLS on 465',
    "PHP cannot verify the server's certificate (an outdated CA bundle, an anti-virus or proxy presenting its own certificate), so the TLS layer fails with errno 0",
    'The openssl extension is not loaded in PHP, so ssl:// and tls:// connections cannot be made',
    'A wrong or mistyped Host (stray spaces, a URL instead of a host name) or a host name that does not resolve',
    'IPv6 is preferred but has no working route, so the connection to the AAAA address never completes',
  ],
  fixes: [
    {
      title: 'Get the reason the library kept back',
      detail:
        'PHPMailer: set $mail->SMTPDebug = SMTP::DEBUG_CONNECTION (3) and send once; the log shows "Connection failed. Error #2: stream_socket_client(): …" or an OpenSSL message. Swiftmailer and Symfony Mailer: catch the TransportException and log getPrevious() as well as the message. Paste that output into smtpfix: it names a specific page (refused, timed out, certificate, wrong TLS mode).',
    },
    {
      title: 'Test the connection outside PHP, from the same machine',
      detail:
        "openssl s_client -connect smtp.gmail.com:465 -crlf (implicit TLS) or openssl s_client -starttls smtp -connect smtp.gmail.com:587 -crlf should print a 220 greeting. If they hang or are refused, the network or host blocks SMTP: use the provider's relay or ask them to open the port. If they work but PHP fails, the problem is PHP's TLS setup.",
    },
    {
      title: 'Match the TLS mode to the port',
      detail:
        "PHPMailer: Port = 465 with SMTPSecure = PHPMailer::ENCRYPTION_SMTPS, or Port = 587 with PHPMailer::ENCRYPTION_STARTTLS. Swiftmailer: new Swift_SmtpTransport('smtp.gmail.com', 465, 'ssl') or (…, 587, 'tls').",
    },
    {
      title: 'Let PHP verify the certificate properly',
      detail:
        'Update the system CA bundle (ca-certificates) and point openssl.cafile in php.ini at it; check that extension=openssl is loaded (php -m). Do not turn off verify_peer: it hides an interception instead of fixing it.',
    },
  ],
  prevention:
    "Log the library's underlying error (debug level 3 in PHPMailer, the previous exception in Swiftmailer and Symfony Mailer) wherever mail is sent, so a connection failure arrives with its cause, and check outbound SMTP from a new host before deploying to it.",
  related: [
    'conn-refused',
    'conn-timeout',
    'tls-wrong-version-number',
    'tls-certificate-error',
    'conn-dns-failure',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'A blocked port, a TLS mismatch or an untrusted certificate fails the same way on every retry; find the cause first.',
  },
  stage: 'connect',
  helpUrl: 'https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
  signature: {
    phrases: [],
  },
  sources: [
    'https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    'https://github.com/PHPMailer/PHPMailer/wiki/SMTP-Debugging',
    'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-en.php',
    'https://www.php.net/manual/en/function.fsockopen.php',
    'https://www.php.net/manual/en/function.stream-socket-client.php',
    'https://github.com/swiftmailer/swiftmailer/blob/master/lib/classes/Swift/Transport/StreamBuffer.php',
  ],
  checked: '2026-12-05',
};
