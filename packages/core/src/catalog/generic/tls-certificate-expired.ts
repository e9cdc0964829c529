import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'tls-certificate-expired',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'certificate has expired (CERT_HAS_EXPIRED) / x509: certificate has expired or is not yet valid',
  fromGoogleList: false,
  title: 'TLS: the certificate has expired (or the clock is wrong)',
  severity: 'high',
  summary:
    "The certificate the server presented is outside its validity dates as your machine sees them. Either the server's certificate really expired (its operator must renew it) or your clock or CA bundle is wrong.",
  whatYouSee: [
    "{ Error: certificate has expired at TLSSocket.onConnectSecure (_tls_wrap.js:1046:34) code: 'ESOCKET', command: 'CONN' }",
    "{ [Error: certificate has expired] code: 'CERT_HAS_EXPIRED' }",
    'x509: certificate has expired or is not yet valid',
    '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1131)',
  ],
  whatsHappening:
    "Every certificate carries notBefore and notAfter dates; clients reject a chain when any certificate in it is outside them. If many users see it at once for the same host, the provider forgot to renew or to restart its mail service after renewing (it happened to Mandrill and to Ethereal). If only your machine sees it, your clock is wrong (containers and VMs after suspend) or your CA bundle is so old that it still chains to an expired root (Let's Encrypt's old DST Root CA X3 expired on 30 September 2021).",
  causes: [
    "The server's certificate expired, or it was renewed but the SMTP service still serves the old one",
    "The client's system clock is far off",
    'An outdated CA bundle that still chains through an expired root or intermediate',
  ],
  fixes: [
    {
      title: 'Check the dates the server presents',
      detail:
        "Run `openssl s_client -connect HOST:465 -servername HOST | openssl x509 -noout -dates`. An expired notAfter is the server operator's to fix; tell them or their status page.",
    },
    {
      title: 'Check your clock and CA bundle',
      detail:
        'Compare `date -u` with real time and enable NTP; update ca-certificates, certifi, the JDK or the OS root store.',
    },
    {
      title: 'Do not disable verification',
      detail:
        "Waiting for the renewal is safer than `rejectUnauthorized: false`, which also accepts an attacker's certificate.",
    },
  ],
  prevention:
    "Monitor certificate expiry of your own mail servers and keep clients' clocks and root stores current.",
  related: ['tls-certificate-error', 'tls-certificate-self-signed', 'tls-certificate-hostname-mismatch'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Fails the same way until the certificate is renewed or the clock/CA bundle is fixed.',
  },
  stage: 'tls',
  signature: {
    phrases: ['certificate has expired'],
    errorCodes: ['CERT_HAS_EXPIRED'],
  },
  sources: [
    'https://github.com/openssl/openssl/blob/master/crypto/x509/x509_txt.c',
    'https://github.com/golang/go/blob/master/src/crypto/x509/verify.go',
    'https://github.com/nodemailer/nodemailer/issues/530',
    'https://github.com/nodemailer/nodemailer/issues/903',
    'https://github.com/emersion/go-smtp/issues/63',
    'https://nodejs.org/api/tls.html',
  ],
  checked: '2026-12-03',
};
