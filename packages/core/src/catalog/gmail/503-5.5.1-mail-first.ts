import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '503-5.5.1-mail-first',
  provider: 'gmail',
  replyCode: 503,
  enhancedCode: '5.5.1',
  providerText: 'MAIL first.',
  fromGoogleList: true,
  title: 'MAIL first (RCPT or DATA before MAIL FROM)',
  severity: 'medium',
  summary:
    'Your client sent RCPT TO or DATA without an accepted MAIL FROM in the current transaction. Usually MAIL FROM itself was rejected and the client ignored it; look at the reply to MAIL FROM.',
  whatYouSee: [
    '503 5.5.1 MAIL first. d2e1a72fcca58-4a0 - gsmtp',
    'Expected response code 250/251/252 but got code "503", with message "503 5.5.1 MAIL first. d2e1a72fcca58-4a0 - gsmtp"',
  ],
  whatsHappening:
    'Each message transaction starts with `MAIL FROM:<sender>`; only after Gmail accepts it (250) may the client add recipients with RCPT TO and then send DATA. A 503 5.5.1 "MAIL first" means Gmail has no open transaction: MAIL FROM was never sent, was rejected, or was cleared by RSET or by a completed previous message. Typical real-world chains: MAIL FROM got `530 Authentication Required` or `530 Must issue a STARTTLS command first`, and a pipelining client had already sent RCPT TO, which then gets "MAIL first". The 503 is a symptom; the reply to MAIL FROM is the cause.',
  causes: [
    'MAIL FROM was rejected (authentication missing, STARTTLS missing, sender not allowed) and RCPT TO was sent anyway, often pipelined',
    'Custom code that sends RCPT TO before MAIL FROM, or skips MAIL FROM for a second message on the same connection',
    'RSET or the end of the previous message cleared the transaction and the client did not start a new one',
    'A malformed MAIL FROM line that the client did not notice had failed',
  ],
  fixes: [
    {
      title: 'Read the reply to MAIL FROM',
      detail:
        'Enable protocol logging and look at the line right after `MAIL FROM:`. If it is 530 (authentication or STARTTLS required) or 555 (syntax), fix that; the "MAIL first" error disappears with it.',
    },
    {
      title: 'Start each message with MAIL FROM',
      detail:
        'For every message on a reused connection send `MAIL FROM:<sender@example.com>`, wait for 250, then one `RCPT TO:` per recipient, then DATA. Angle brackets are required.',
    },
    {
      title: 'Stop on a failed MAIL FROM',
      detail:
        'In custom or pipelining code, check the MAIL FROM reply before treating RCPT results; on failure, send RSET and report the MAIL FROM error.',
    },
  ],
  prevention:
    "Check each transaction step's reply and report the first failure, not the last; use a library that does this for you.",
  related: [
    '530-5.7.0-starttls-first',
    '530-5.5.1-authentication-required',
    '503-5.5.1-rcpt-first',
    '555-5.5.2-syntax-error',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Fix the MAIL FROM failure or the command order, then resend.',
  },
  stage: 'RCPT',
  signature: {
    // Very short phrase ("mail first" also occurs inside e.g. "email first"); rely on 503 / 5.5.1 to confirm.
    phrases: ['mail first'],
  },
  sources: ['https://support.google.com/a/answer/3726730'],
  checked: '2026-11-23',
};
