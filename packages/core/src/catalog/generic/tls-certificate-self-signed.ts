import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'tls-certificate-self-signed',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'self-signed certificate / self signed certificate in certificate chain (DEPTH_ZERO_SELF_SIGNED_CERT, SELF_SIGNED_CERT_IN_CHAIN)',
  fromGoogleList: false,
  title: 'TLS: the server showed a self-signed certificate',
  severity: 'high',
  summary:
    "Your client was shown a certificate signed by nobody it trusts: the server's own self-signed certificate, or (when you meant to reach smtp.gmail.com) an antivirus or proxy re-signing the connection. Find what is in the middle; do not turn verification off.",
  whatYouSee: [
    "{ Error: self signed certificate in certificate chain at TLSSocket.onConnectSecure (_tls_wrap.js:1055:34) code: 'ESOCKET', command: 'CONN' }",
    "{ [Error: self signed certificate] code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }",
    'ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self signed certificate in certificate chain (_ssl.c:1129)',
    'OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state=error: certificate verify failed (self signed certificate in certificate chain)',
  ],
  whatsHappening:
    'During the TLS handshake the server sends its certificate chain and your client checks that it ends at a root it trusts. "self signed certificate" (DEPTH_ZERO_SELF_SIGNED_CERT) means the server\'s own certificate signs itself: common on company or test servers (MailHog, a self-hosted Postfix). "self signed certificate in certificate chain" (SELF_SIGNED_CERT_IN_CHAIN) means the chain ends at a root your machine does not have. smtp.gmail.com never presents either, so when the host is Gmail, something on your side is re-signing the traffic: an antivirus "mail shield" (Avast, AVG, Kaspersky, ESET), a corporate TLS-inspection proxy, or a hosting provider that redirects port 465/587 to its own server.',
  causes: [
    'Antivirus or endpoint software scanning mail traffic and re-signing it with its own root (the classic Avast case)',
    'A corporate proxy or firewall doing TLS inspection',
    'The server you really talk to is a self-hosted or test server with a self-signed certificate',
    'A shared host redirecting outbound SMTP to its own mail server',
  ],
  fixes: [
    {
      title: 'See the certificate you get',
      detail:
        "Run `openssl s_client -connect smtp.gmail.com:465 -servername smtp.gmail.com` (or `-starttls smtp -connect smtp.gmail.com:587`). Gmail's chain is issued by Google Trust Services; any other issuer names what is in the middle.",
    },
    {
      title: 'Remove or exempt the interceptor',
      detail:
        'Turn off mail/TLS scanning in the antivirus, ask the network team to bypass inspection for smtp.gmail.com, or ask the host to stop redirecting SMTP.',
    },
    {
      title: 'Trust a private CA properly',
      detail:
        'For your own server, add its CA to the client: Node `NODE_EXTRA_CA_CERTS=/path/ca.pem` or `tls: { ca }`; Python `ssl.create_default_context(cafile=...)`; Java keytool import; .NET a validation callback that pins the thumbprint. Never `rejectUnauthorized: false` in production: it hands your credentials to whoever is in the middle.',
    },
  ],
  prevention:
    'Keep interception off the mail path and give private servers a certificate from a CA your clients trust.',
  related: ['tls-certificate-error', 'tls-certificate-hostname-mismatch', 'tls-certificate-expired'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same certificate is shown on every attempt until the interception or trust store is fixed.',
  },
  stage: 'tls',
  signature: {
    phrases: ['self signed certificate', 'self-signed certificate'],
    errorCodes: ['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN'],
  },
  sources: [
    'https://github.com/openssl/openssl/blob/master/crypto/x509/x509_txt.c',
    'https://nodejs.org/api/tls.html',
    'https://github.com/nodemailer/nodemailer/issues/330',
    'https://github.com/nodemailer/smtp-server/issues/115',
    'https://github.com/GEOLYTIX/xyz/issues/2086',
  ],
  checked: '2026-12-03',
};
