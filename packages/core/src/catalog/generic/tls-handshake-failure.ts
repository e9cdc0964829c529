import type { CatalogEntry } from '../../types.js';

// Session 13 (tlspage13). The alerts' meanings are the RFCs' (RFC 5246 §7.2.2, RFC 8446 §6.2, RFC 7507);
// what Google's SMTP servers accept is Google's own cipher page (answer 9795993, list of March 2023),
// its TLS page (answer 2520500) and the Workspace Updates post that turned SSLv3 and RC4 off in 2016.
// Google states no TLS 1.2 minimum for smtp.gmail.com, so this page claims none.
export const page: CatalogEntry = {
  id: 'tls-handshake-failure',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'SSL routines:ssl3_read_bytes:sslv3 alert handshake failure / tlsv1 alert protocol version / unsupported protocol / no protocols available / javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure / remote error: tls: handshake failure',
  fromGoogleList: false,
  title: 'TLS handshake failed: no protocol version or cipher both sides accept',
  severity: 'high',
  summary:
    'The connection reached the server and the TLS handshake began, but the two sides found no protocol version or cipher suite they both allow, so one of them ended it with a handshake_failure (40) or protocol_version (70) alert, or the client gave up before sending anything ("no protocols available", "No appropriate protocol"). Nothing is wrong with the password or the certificate. Let the client offer TLS 1.2 or 1.3 with current ciphers: update the runtime or TLS library, and remove settings that pin an old version such as TLSv1 or SSLv3.',
  whatYouSee: [
    "Error: 40C7E9C2A07F0000:error:0A000410:SSL routines::sslv3 alert handshake failure:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1605:SSL alert number 40 { library: 'SSL routines', reason: 'sslv3 alert handshake failure', code: 'ESOCKET', command: 'CONN' }",
    'ssl.SSLError: [SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version (_ssl.c:1006)',
    'javax.mail.MessagingException: Could not connect to SMTP host: smtp.gmail.com, port: 465; nested exception is: javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)',
    'javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure',
    'remote error: tls: handshake failure',
    "System.Security.Authentication.AuthenticationException: Authentication failed because the remote party sent a TLS alert: 'ProtocolVersion'.",
  ],
  whatsHappening:
    'A TLS handshake starts with the client listing the protocol versions and cipher suites it is willing to use; the server picks one of each from that list. When nothing on the list is acceptable, the server answers with a fatal alert instead of a ServerHello: RFC 5246 and RFC 8446 define handshake_failure (40) as "unable to negotiate an acceptable set of security parameters given the options available", protocol_version (70) as a version the peer recognises but does not support, and insufficient_security (71) as a failure because the server requires stronger ciphers than the client offers; RFC 7507 adds inappropriate_fallback (86) for a client that retried with a lower version than both support. Each library prints the alert it received in its own words (OpenSSL "sslv3 alert handshake failure" or "tlsv1 alert protocol version", Java "Received fatal alert: handshake_failure", Go "remote error: tls: handshake failure", Erlang "received SERVER ALERT: Fatal - Handshake Failure"). When the client itself has no version or cipher left to offer, for example Java with mail.smtp.ssl.protocols=TLSv1 on a JDK whose jdk.tls.disabledAlgorithms turns TLSv1 off, it fails before sending anything: "No appropriate protocol (protocol is disabled or cipher suites are inappropriate)", OpenSSL "no protocols available" or "no ciphers available". Google\'s SMTP servers accept TLS 1.0, 1.1, 1.2 and 1.3 with the AES, ChaCha20 and 3DES cipher suites Google lists for Gmail SMTP, and Google turned SSLv3 and RC4 off on its SMTP servers in June 2016; against smtp.gmail.com this page therefore means a client that offers only SSLv3, only RC4 or other ciphers outside that list, a client configuration that allows nothing the JDK or OpenSSL still permits, or a proxy or security product that answers the handshake in Google\'s place.',
  causes: [
    "A runtime or TLS library old enough to offer only SSLv3 or RC4, which Google's SMTP servers stopped accepting in June 2016",
    'A setting that pins one old version: JavaMail mail.smtp.ssl.protocols=TLSv1, PHP crypto_method set to a TLS 1.0 constant, a mail client set to "SSLv3"',
    'The client\'s own library has disabled the version the application asks for (Java\'s jdk.tls.disabledAlgorithms lists SSLv3, TLSv1 and TLSv1.1), so it has nothing left to offer: "No appropriate protocol", "no protocols available"',
    'A restricted cipher list (a cipher string in the application, a hardened OpenSSL configuration, a runtime update that changed the default ciphers) that shares no cipher suite with the server',
    'An anti-virus, proxy or firewall that intercepts port 465 or 587 and negotiates with its own, older TLS settings',
    'With another server than Gmail: the server accepts only versions or ciphers the client lacks, or the reverse (a client with TLS 1.2 as its minimum against a server that speaks only TLS 1.0)',
  ],
  fixes: [
    {
      title: 'See what the server accepts and what your client offers',
      detail:
        "From the same machine: openssl s_client -starttls smtp -crlf -connect smtp.gmail.com:587 -tls1_2 (and -tls1_3) should print the certificate chain and the protocol and cipher it negotiated. If that works but your application fails, the application's TLS settings are the problem; its library's TLS debug output shows the versions and ciphers it offers.",
    },
    {
      title: 'Java and JavaMail / Jakarta Mail',
      detail:
        'Remove a pinned mail.smtp.ssl.protocols=TLSv1 (or SSLv3), or set it to "TLSv1.2 TLSv1.3"; the jdk.tls.client.protocols system property sets the versions for every client in the JVM. On a JDK too old to offer TLS 1.2, update it. Do not re-enable TLSv1 in java.security to reach Gmail; Gmail accepts TLS 1.2.',
    },
    {
      title: '.NET Framework',
      detail:
        'Target .NET Framework 4.7 or later, where ServicePointManager.SecurityProtocol defaults to SystemDefault and SmtpClient uses the versions Windows allows; do not hard-code SecurityProtocolType.Tls or Ssl3. On an older target, set ServicePointManager.SecurityProtocol (it selects the versions used for new connections) to include SecurityProtocolType.Tls12 before sending.',
    },
    {
      title: 'PHP, Python and Node',
      detail:
        "PHP: remove a crypto_method that names TLS 1.0 from the stream context (PHPMailer's SMTPOptions['ssl']), or set it to STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT; check that PHP is built against a current OpenSSL (php -i | grep -i openssl). Python: build the context with ssl.create_default_context() and give it to smtplib; do not pass an old PROTOCOL_ constant or a cipher string. Node: the default minimum is TLS 1.2; do not set tls.maxVersion or ciphers below what the server needs.",
    },
    {
      title: 'Look for something in between',
      detail:
        'If every setting is current and the alert persists, run the openssl s_client test above and check that the certificate is issued to smtp.gmail.com by Google Trust Services (GTS); another issuer means an anti-virus, proxy or firewall answers instead of Google. Turn off its mail scanning for ports 465 and 587 or update it.',
    },
  ],
  prevention:
    'Leave the TLS version and cipher choice to the runtime and keep the runtime and its TLS library updated; a pinned version or cipher list that was safe once fails later, when one side drops it.',
  related: [
    'tls-wrong-version-number',
    'tls-certificate-error',
    'conn-reset',
    'conn-failed-no-reason',
    '530-5.7.0-starttls-first',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same client offers the same versions and ciphers on every attempt, so it fails the same way until its TLS settings or its runtime change.',
  },
  stage: 'tls',
  helpUrl: 'https://support.google.com/a/answer/9795993',
  signature: {
    phrases: [
      'sslv3 alert handshake failure',
      'tlsv1 alert protocol version',
      'received fatal alert: handshake_failure',
      'no appropriate protocol (protocol is disabled or cipher suites are inappropriate)',
      'remote error: tls: handshake failure',
    ],
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc5246#section-7.2.2',
    'https://www.rfc-editor.org/rfc/rfc8446#section-6.2',
    'https://www.rfc-editor.org/rfc/rfc7507',
    'https://support.google.com/a/answer/9795993',
    'https://support.google.com/a/answer/2520500',
    'https://workspaceupdates.googleblog.com/2016/05/disabling-support-for-sslv3-and-rc4-for.html',
    'https://github.com/openssl/openssl/blob/master/ssl/ssl_err.c',
    'https://github.com/openjdk/jdk/blob/master/src/java.base/share/classes/sun/security/ssl/Alert.java',
    'https://github.com/openjdk/jdk/blob/master/src/java.base/share/classes/sun/security/ssl/HandshakeContext.java',
    'https://github.com/golang/go/blob/master/src/crypto/tls/alert.go',
    'https://github.com/erlang/otp/blob/master/lib/ssl/src/ssl_alert.erl',
    'https://lightbend.github.io/ssl-config/Protocols.html',
    'https://www.ibm.com/docs/en/SSYKE2_8.0.0/com.ibm.java.security.component.80.doc/security-component/jsse2Docs/customization.html',
    'https://help.salesforce.com/s/articleView?id=001115296&language=en_US&type=1',
    'https://learn.microsoft.com/dotnet/api/system.net.servicepointmanager.securityprotocol',
    'https://learn.microsoft.com/dotnet/framework/network-programming/tls',
    'https://www.php.net/manual/en/context.ssl.php',
    'https://www.php.net/manual/en/function.stream-socket-enable-crypto.php',
    'https://docs.python.org/3/library/ssl.html',
    'https://nodejs.org/api/tls.html#tlsdefault_min_version',
    'https://github.com/tlsfuzzer/tlslite-ng/issues/485',
    'https://github.com/convertigo/convertigo/issues/514',
    'https://github.com/gocd-contrib/email-notifier/issues/82',
    'https://github.com/lefcha/imapfilter/issues/129',
    'https://github.com/gen-smtp/gen_smtp/issues/164',
    'https://github.com/getmail6/getmail6/issues/108',
    'https://github.com/PHPMailer/PHPMailer/issues/950',
    'https://github.com/dani-garcia/vaultwarden/issues/967',
  ],
  checked: '2026-12-05',
};
