import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '503-5.5.1-rcpt-first',
  provider: 'gmail',
  replyCode: 503,
  enhancedCode: '5.5.1',
  providerText: 'RCPT first.',
  fromGoogleList: true,
  googleListRows: [
    'RCPT first. An email transaction protocol command was issued out of sequence. For more information, go to About SMTP error messages and review RFC 5321 specifications.',
  ],
  title: 'RCPT first (DATA with no accepted recipient)',
  severity: 'medium',
  summary:
    'Your client sent DATA but Gmail had accepted no recipient in this transaction. Almost always every RCPT TO was rejected just before; the real error is in the RCPT replies (no such user, disabled account, policy).',
  whatYouSee: [
    '503 5.5.1 RCPT first. d2e1a72fcca58-4a0 - gsmtp',
    '>>> DATA',
    '<<< 503 5.5.1 RCPT first. d2e1a72fcca58-4a0',
    'SMTP DATA error (503 5.5.1 RCPT first)',
  ],
  whatsHappening:
    'DATA is only allowed after at least one RCPT TO has been accepted with 250. If every recipient was refused, or none was sent, Gmail answers DATA with 503 5.5.1 "RCPT first". Clients that pipeline commands send DATA before they have read the RCPT replies, so the DATA error often shows up in logs and bounce transcripts right after the real rejection, for example `550 5.2.1 The email account that you tried to reach is disabled`. A second pattern is an empty recipient list: a To/Cc/Bcc that was blank or failed to parse, so the client never sent RCPT TO at all.',
  causes: [
    'All RCPT TO commands were rejected (unknown user, disabled account, rate limit, policy) and the pipelined DATA arrived anyway',
    'The recipient list was empty or unparsable, so no RCPT TO was sent',
    'Custom SMTP code that sends DATA without checking the RCPT replies',
    'A lost or reset transaction on a reused connection',
  ],
  fixes: [
    {
      title: 'Look at the RCPT TO replies above it',
      detail:
        "In the transcript or bounce, find the reply to each `RCPT TO:`. A 550 5.1.1, 550 5.2.1 or 550 5.7.x there is the real reason; follow that error's page. The 503 is just the consequence.",
    },
    {
      title: 'Validate recipients before sending',
      detail:
        'Make sure To/Cc/Bcc contain at least one syntactically valid address after trimming (no empty strings, stray commas or display names without an address). In nodemailer, check `info.rejected` and `err.rejected`.',
    },
    {
      title: 'Only send DATA after an accepted RCPT',
      detail:
        'In custom code, count RCPT replies with 250/251; if none, send RSET and report the RCPT errors instead of sending DATA.',
    },
  ],
  prevention:
    'Validate recipient lists before queueing, record per-recipient RCPT results, and remove addresses that returned permanent RCPT failures.',
  related: [
    '550-5.1.1-no-such-user',
    '550-5.2.1-account-disabled',
    '503-5.5.1-mail-first',
    '502-5.5.1-too-many-unrecognized-commands',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Resending the same recipient list fails the same way; fix or remove the rejected recipients first.',
  },
  stage: 'DATA',
  signature: {
    phrases: ['rcpt first', 'rcpt first. an email transaction protocol command was issued out of sequence'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/MailCore/mailcore2/issues/298',
    'https://github.com/sisimai/go-sisimai/issues/337',
    'https://github.com/xreef/EMailSender/issues/42',
  ],
  checked: '2026-11-23',
};
