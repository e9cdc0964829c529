import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'conn-reset',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'read ECONNRESET / Connection reset by peer / Client network socket disconnected before secure TLS connection was established / Connection closed unexpectedly / Connection unexpectedly closed',
  fromGoogleList: false,
  title: 'Connection reset or closed unexpectedly',
  severity: 'medium',
  summary:
    'The connection was open and then dropped without an SMTP reply: Gmail or something in between closed it. Idle pooled connections, a proxy or antivirus cutting TLS, and Gmail dropping a session after repeated failures are the usual reasons. Reconnect with backoff; if it happens on every attempt, look for the cause below.',
  whatYouSee: [
    "Error: read ECONNRESET at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20) { errno: -4077, code: 'ESOCKET', syscall: 'read', command: 'CONN' }",
    "Error: Client network socket disconnected before secure TLS connection was established { code: 'ECONNRESET' }",
    "Error: Connection closed unexpectedly ... code: 'ECONNECTION', command: 'CONN'",
    'smtplib.SMTPServerDisconnected: Connection unexpectedly closed',
  ],
  whatsHappening:
    'A reset (ECONNRESET, "Connection reset by peer", Java "Connection reset") means the other end or a middlebox tore down the TCP connection; "Connection closed unexpectedly" (nodemailer) and "Connection unexpectedly closed" (Python smtplib) mean the socket closed while the client was still waiting for a reply. With Gmail this happens when a pooled connection sat idle and Gmail or a NAT gateway closed it, when Gmail ends a session after repeated failed logins or suspicious traffic, when a proxy, VPN or antivirus interferes with the TLS handshake, or when the TLS mode does not match the port and the server gives up. Unlike a timeout, the network path does reach the server.',
  causes: [
    'A pooled or long-lived connection stayed idle and Gmail or a NAT/firewall closed it; the next command hits a dead socket',
    'Gmail closed the session after repeated AUTH failures or suspicious patterns (scripts retrying logins in a loop)',
    'A proxy, VPN, TLS-inspecting antivirus or corporate firewall interrupts the TLS handshake',
    'The TLS mode does not match the port (secure: true on 587 or plain on 465) and the server drops the half-open session',
    'Too many parallel connections for one account; extra sessions are cut',
  ],
  fixes: [
    {
      title: 'Reconnect and retry with backoff',
      detail:
        'Treat a reset as transient once: open a new connection and resend after a short delay (10 s, then doubling). nodemailer with pool: true replaces dead pooled connections automatically; without a pool, create the transport per batch rather than keeping one socket open for hours.',
    },
    {
      title: 'Check the port and TLS mode',
      detail:
        'smtp.gmail.com: port 465 with implicit TLS (nodemailer secure: true, Python SMTP_SSL) or port 587 with STARTTLS (secure: false, requireTLS: true; Python SMTP + starttls()). Never mix them.',
    },
    {
      title: 'Take TLS interception out of the path',
      detail:
        'Temporarily disable email or HTTPS scanning in antivirus, or test from a network without a proxy or VPN. If that fixes it, add an exception for smtp.gmail.com.',
    },
    {
      title: 'Fix failing logins first',
      detail:
        'If resets follow AUTH attempts, the real error is the credential failure before it; switch to an app password (with 2-Step Verification) or OAuth2 and stop retrying logins in a loop.',
    },
  ],
  prevention:
    'Use a connection pool with a small maxConnections, let idle connections close, keep TLS settings matched to the port, and retry resets with capped exponential backoff.',
  related: [
    'conn-timeout',
    'tls-wrong-version-number',
    'conn-greeting-never-received',
    '421-4.7.0-try-again-later-closing-connection',
    '454-4.7.0-too-many-login-attempts',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 10_000,
    maxDelayMs: 600_000,
    note: 'Reconnect on a new socket with exponential backoff; if every attempt is reset, check the TLS mode, interception and login failures instead of retrying.',
  },
  stage: 'any',
  signature: {
    // Four shapes: Node/errno resets, Node TLS-socket message (also carries ECONNRESET),
    // nodemailer's "Connection closed unexpectedly" and smtplib's "Connection unexpectedly closed".
    phrases: ['econnreset', 'connection reset', 'closed unexpectedly', 'unexpectedly closed'],
    errorCodes: ['ECONNRESET'],
    // smtplib's getreply says "Connection unexpectedly closed: " and the read's own error; "timed
    // out" there is socket.timeout, a read that timed out (conn-greeting-never-received's row in
    // families.ts), not a connection the server closed.
    notWith: ['unexpectedly closed: timed out'],
  },
  sources: [
    'https://nodejs.org/api/errors.html#common-system-errors',
    'https://github.com/nodemailer/nodemailer/issues/765',
    'https://github.com/nodemailer/nodemailer/issues/1240',
    'https://github.com/nodemailer/nodemailer/issues/1423',
    'https://github.com/nodemailer/nodemailer/issues/1610',
    'https://github.com/aahnik/bulk-email-sender/issues/10',
  ],
  checked: '2026-11-23',
};
