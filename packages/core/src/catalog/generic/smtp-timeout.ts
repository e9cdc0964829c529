import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'smtp-timeout',
  provider: 'generic',
  replyCode: 451,
  enhancedCode: '4.4.2',
  providerText: 'Timeout - closing connection / command timeout / idle timeout',
  fromGoogleList: false,
  title: 'The server timed out the session (any server)',
  severity: 'medium',
  summary:
    'The server closed the session because it waited too long for the client (idle between commands, or a slow DATA upload). Reconnect and resend; if it repeats, look for a slow network, a huge message or a client that holds connections idle.',
  whatYouSee: [
    '451 Timeout - closing connection',
    '421 4.4.2 example.com Error: timeout exceeded',
    '421 gmx.net Service closing transmission channel - command timeout',
    '451 4.4.2 Timeout waiting for data from client.',
  ],
  whatsHappening:
    'Every SMTP server limits how long it waits for the next command (RFC 5321 suggests 5 minutes, many use less) and how long DATA may take. When the limit passes it sends 421 or 451 and closes the connection. Pooled or kept-alive connections that sit idle meet this first, as do uploads of large attachments over slow links and local test servers (MailDev, MailHog) with short timeouts.',
  causes: [
    'A pooled/kept-alive connection idle longer than the server allows',
    'Large messages over a slow or lossy link',
    'The client stalls between commands (debugger, blocking work mid-transaction)',
    'Aggressive timeouts on a test server',
  ],
  fixes: [
    {
      title: 'Reconnect and resend',
      detail: 'Open a new connection for the next attempt; the message was not accepted.',
    },
    {
      title: 'Do not hold connections idle',
      detail:
        "Close idle pooled connections (nodemailer `pool` closes after socketTimeout; set it below the server's limit) or reconnect before each batch.",
    },
    {
      title: 'Shrink or speed up DATA',
      detail: 'Send large files as links, or check the network path for packet loss.',
    },
  ],
  prevention:
    "Keep client idle timeouts shorter than the server's so the client, not the server, closes idle sessions.",
  related: ['451-4.4.2-timeout', 'conn-timeout', 'conn-reset'],
  retry: {
    kind: 'backoff',
    initialDelayMs: 1000,
    maxDelayMs: 300000,
    note: 'Temporary: reconnect and resend; back off if the new session times out too.',
  },
  stage: 'any',
  signature: {
    phrases: [
      'timeout - closing connection',
      'command timeout',
      'timeout exceeded',
      'timeout waiting for data',
    ],
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.2',
    'https://github.com/maildev/maildev',
    'https://github.com/chatmail/filtermail/issues/143',
  ],
  checked: '2026-12-03',
};
