import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '451-4.4.2-timeout',
  provider: 'gmail',
  replyCode: 451,
  enhancedCode: '4.4.2',
  providerText: 'Timeout - closing connection.',
  fromGoogleList: true,
  googleListRows: ['Timeout - closing connection. For more information, go to About SMTP error messages.'],
  title: 'Timeout, closing connection',
  severity: 'low',
  summary:
    'Gmail waited too long for your client to send the next command or the rest of the message, and closed the session. Reconnect and resend; if it repeats, find where your client stalls mid-session.',
  whatYouSee: [
    '451 4.4.2 Timeout - closing connection. d2e1a72fcca58-4a0 - gsmtp',
    '451-4.4.2 Timeout - closing connection.',
    'Expected response code "250" but got code "451", with message "451 4.4.2 Timeout - closing connection. d2e1a72fcca58-4a0 - gsmtp".',
  ],
  whatsHappening:
    'SMTP servers only wait so long between commands and while message data is arriving. Your client went quiet, or sent data too slowly, for longer than Gmail allows, so Gmail sent 451 4.4.2 ("bad connection") and closed the socket. The message in progress was not accepted. Your client typically only notices at its next write, so the error can surface on a later command than the one that stalled. "Timeout - closing connection" is also the text of other servers, including Node’s smtp-server; the 451 4.4.2 code and the "gsmtp" tag mark it as Gmail’s.',
  causes: [
    'The client opens the connection and then does slow work before sending: rendering templates, querying a database, downloading attachments',
    'A rate-limit sleep or a wait for a lock while a transaction is open on the connection',
    'A pooled or kept-alive connection reused after sitting idle for minutes',
    'A very slow or stalled upload of a large message (slow uplink, proxy buffering, MTU problems that drop large packets)',
    'A debugger breakpoint or a paused process in the middle of a send',
  ],
  fixes: [
    {
      title: 'Reconnect and resend',
      detail:
        'The session is gone; open a new connection and send the whole message again. A retry a few seconds later nearly always works if the stall is gone. Make sure your code does not reuse the dead connection object.',
    },
    {
      title: 'Prepare the message before connecting',
      detail:
        'Build the complete message (rendered body, attachments in memory or on local disk) before you connect, so nothing slow happens between MAIL FROM and the end of DATA. Do rate-limit waits between transactions, not inside them.',
    },
    {
      title: 'Do not keep idle connections too long',
      detail:
        'Close pooled connections that have been idle for a while and reconnect on demand. With nodemailer, keep `pool: true` but let the pool recycle connections (`maxMessages`), and treat a timeout error on a pooled connection as retryable.',
    },
    {
      title: 'Check the network for large messages',
      detail:
        'If only large messages fail, test the path: send a small message and then a 10 MB one; check for MTU problems (`ping -M do -s 1472 smtp.gmail.com` on Linux) and proxies or antivirus that buffer outbound SMTP.',
    },
  ],
  prevention:
    'Keep SMTP transactions short: connect with the message ready, send it in one go, and recycle idle pooled connections.',
  related: [
    'conn-timeout',
    'conn-reset',
    '421-4.3.0-temporary-system-problem',
    '552-5.2.3-message-too-large',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 5_000,
    maxDelayMs: 300_000,
    note: 'Reconnect and resend the whole message; repeated timeouts mean the client stalls mid-session.',
  },
  stage: 'any',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    // Other servers (e.g. Node's smtp-server) use the same words with other codes; 451 4.4.2 marks Gmail's.
    phrases: ['timeout - closing connection'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://support.google.com/a/answer/3221692'],
  checked: '2026-11-23',
};
