import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'tls-certificate-hostname-mismatch',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText:
    "Hostname/IP does not match certificate's altnames (ERR_TLS_CERT_ALTNAME_INVALID) / x509: certificate is valid for A, not B",
  fromGoogleList: false,
  title: 'TLS: the certificate is for another host name',
  severity: 'high',
  summary:
    'The server presented a certificate for a different name than the one you connected to. Connect by the name on the certificate, or find out why your connection lands on another server (a host redirecting SMTP, a CNAME, an IP address).',
  whatYouSee: [
    "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: mail.example.com. is not in the cert's altnames: DNS:*.webhost.example",
    "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: IP: 10.1.1.9 is not in the cert's list:",
    'x509: certificate is valid for mywebhost.com, not smtp.smtphost.com',
    "stream_socket_enable_crypto(): Peer certificate CN=`*.hosting.example' did not match expected CN=`smtp.gmail.com'",
    "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'smtp.gmail.com'. (_ssl.c:1129)",
  ],
  whatsHappening:
    "After checking the chain, the client checks that the certificate names the host it asked for. The error shows both names. If you connect by IP address, no public certificate names it: use the host name. If you asked for smtp.gmail.com and the certificate names your hosting provider (`*.webhostbox.net`, `*.secureserver.net`, a cPanel server name), the host is silently redirecting outbound SMTP to its own server (cPanel \"SMTP Restrictions\", some GoDaddy plans). If you use your own domain's mail.example.com but the server's certificate only covers example.com or the panel's host name, connect to the name on the certificate or fix the server's certificate. Go's `x509: certificate is valid for smtp.gmail.com, not smtp.gmail.com:587` means the port was passed as part of the server name.",
  causes: [
    'Connecting by IP address, or through a CNAME not on the certificate',
    'A hosting provider transparently redirecting SMTP to its own server',
    "The mail server's certificate covers the website's names, not the mail host name",
    'Go: `host:port` passed where only the host name belongs (tls.Config.ServerName / smtp.PlainAuth)',
  ],
  fixes: [
    {
      title: 'Compare the two names in the error',
      detail:
        "The name you dialed is on one side, the certificate's names on the other; they tell you which case it is.",
    },
    {
      title: "Connect by the certificate's name",
      detail:
        'Use smtp.gmail.com, not an IP; for your own server use the name on its certificate. If you must dial an IP, keep verification on and set the expected name (nodemailer `tls: { servername }`, PHP `peer_name`).',
    },
    {
      title: 'Stop the redirect',
      detail: 'On cPanel/WHM turn off "SMTP Restrictions" or ask the host to allow outbound SMTP to Google.',
    },
    {
      title: 'Go: pass the bare host name',
      detail: 'Give `smtp.PlainAuth` and `tls.Config{ServerName}` the host without the port.',
    },
  ],
  prevention:
    'Configure mail hosts by name, and give your own mail server a certificate that covers the name clients use.',
  related: ['tls-certificate-error', 'tls-certificate-self-signed', 'conn-refused'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The name check fails identically until the host name or redirect is fixed.',
  },
  stage: 'tls',
  signature: {
    phrases: ["does not match certificate's altnames"],
    errorCodes: ['ERR_TLS_CERT_ALTNAME_INVALID'],
  },
  sources: [
    'https://github.com/nodejs/node/blob/main/lib/tls.js',
    'https://github.com/golang/go/blob/master/src/crypto/x509/verify.go',
    'https://github.com/nodemailer/nodemailer/issues/1315',
    'https://github.com/gophish/gophish/issues/159',
    'https://github.com/go-gitea/gitea/issues/21241',
    'https://nodejs.org/api/tls.html#tlscheckserveridentityhostname-cert',
  ],
  checked: '2026-12-03',
};
