import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'tls-certificate-error',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText:
    "self signed certificate in certificate chain / unable to verify the first certificate / Hostname/IP does not match certificate's altnames / Peer certificate CN=`*.example.net' did not match expected CN=`smtp.gmail.com' / certificate has expired (CERT_HAS_EXPIRED)",
  fromGoogleList: false,
  title: 'TLS certificate verification failed',
  severity: 'high',
  summary:
    "Your client refused the certificate it was shown when connecting to smtp.gmail.com. Gmail's own certificate is valid, so the certificate came from something in between (antivirus, corporate proxy, a host that redirects SMTP) or your machine cannot verify it (missing CA bundle, wrong clock, connecting by IP). Fix the path or the trust store; do not turn verification off in production.",
  whatYouSee: [
    "Error: self signed certificate in certificate chain at TLSSocket.onConnectSecure (node:_tls_wrap:1530:34) { code: 'ESOCKET', command: 'CONN' }",
    "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: IP: 203.0.113.10 is not in the cert's list:",
    "stream_socket_enable_crypto(): Peer certificate CN=`*.hosting.example' did not match expected CN=`smtp.gmail.com'",
    "Error: unable to verify the first certificate { code: 'ESOCKET', command: 'CONN' }",
    '[Error: SELF_SIGNED_CERT_IN_CHAIN]',
    'msmtp: TLS certificate verification failed: the certificate owner does not match hostname smtp.googlemail.com',
  ],
  whatsHappening:
    'During the TLS handshake (immediately on 465, after STARTTLS on 587) the server presents a certificate chain and your client checks that it chains to a trusted root, is within its validity dates and names the host you asked for (smtp.gmail.com). smtp.gmail.com presents a publicly trusted Google certificate, so a failure means you are not seeing Google\'s certificate or cannot check it. "self signed certificate in certificate chain" usually means an antivirus (Avast, Kaspersky and similar "mail shield" features) or a corporate proxy re-signs the traffic with its own root. PHP\'s "Peer certificate CN=... did not match expected CN=smtp.gmail.com" means your hosting provider transparently redirected port 587/465 to its own mail server (cPanel "SMTP Restrictions"). An altnames error naming an IP means the code connects by IP address instead of hostname. Python\'s "certificate verify failed: unable to get local issuer certificate" and Java\'s "PKIX path building failed" mean the local trust store is missing or outdated.',
  causes: [
    'Antivirus or endpoint software scanning SMTP/TLS and re-signing it with its own root certificate',
    'A corporate proxy or firewall doing TLS inspection',
    'A shared host (cPanel/WHM "SMTP Restrictions", some GoDaddy plans) redirecting outbound SMTP to its own server, which presents a certificate for another name',
    'Connecting to an IP address or a CNAME instead of smtp.gmail.com, so the name does not match',
    'An outdated CA bundle (old OS, Python on macOS without "Install Certificates", old Java cacerts) or a system clock far off, making valid certificates look untrusted or expired',
  ],
  fixes: [
    {
      title: 'See which certificate you really get',
      detail:
        'Run openssl s_client -starttls smtp -crlf -connect smtp.gmail.com:587 -servername smtp.gmail.com (or -connect smtp.gmail.com:465). The subject should be CN=smtp.gmail.com issued by Google Trust Services. Any other issuer or name means interception on your side.',
    },
    {
      title: 'Remove the interception',
      detail:
        'Turn off email/TLS scanning in the antivirus or exclude your app, ask the network team to bypass TLS inspection for smtp.gmail.com, or on cPanel/WHM disable "SMTP Restrictions" (or ask the host to) so connections actually reach Google.',
    },
    {
      title: 'Connect by hostname',
      detail:
        'Use host: "smtp.gmail.com", not an IP. If you must dial an IP, keep verification on and set the expected name: nodemailer tls: { servername: "smtp.gmail.com" }, PHP stream option peer_name => "smtp.gmail.com".',
    },
    {
      title: 'Repair the trust store and clock',
      detail:
        'Update the OS CA certificates (apt install ca-certificates, update-ca-certificates), run "Install Certificates.command" for python.org builds on macOS or use certifi, update the JDK, and make sure the clock is correct. If a corporate root is required, add it properly (NODE_EXTRA_CA_CERTS for Node, the system store for others).',
    },
  ],
  prevention:
    'Keep CA bundles and clocks current on every host, connect by hostname, and treat a certificate mismatch as a sign that something is intercepting your mail rather than as something to suppress. tls.rejectUnauthorized: false or NODE_TLS_REJECT_UNAUTHORIZED=0 hands your Gmail credentials to whoever is in the middle.',
  related: [
    'tls-certificate-self-signed',
    'tls-certificate-expired',
    'tls-certificate-hostname-mismatch',
    'tls-wrong-version-number',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Verification fails the same way every time until the interception, trust store or hostname is fixed.',
  },
  stage: 'tls',
  signature: {
    // The chain does not reach a trusted root, or the client only says verification failed.
    // Self-signed, expired and wrong-name certificates have their own pages.
    phrases: ['unable to verify the first certificate', 'certificate verification failed'],
    errorCodes: ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'],
  },
  sources: [
    'https://nodejs.org/api/tls.html',
    'https://nodemailer.com/smtp/',
    'https://github.com/nodemailer/nodemailer/issues/1040',
    'https://github.com/nodemailer/nodemailer/issues/330',
    'https://github.com/nodemailer/nodemailer/issues/1429',
    'https://github.com/nodemailer/nodemailer/issues/1315',
    'https://github.com/PHPMailer/PHPMailer/issues/985',
    'https://github.com/PHPMailer/PHPMailer/issues/2062',
    'https://github.com/magepal/magento2-gmail-smtp-app/issues/38',
  ],
  checked: '2026-11-23',
};
