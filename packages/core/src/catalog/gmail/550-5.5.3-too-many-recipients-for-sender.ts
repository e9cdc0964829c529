import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.5.3-too-many-recipients-for-sender',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.5.3',
  providerText:
    'Too many recipients for this sender. For more information, go to About SMTP error messages and review RFC 5321 specifications.',
  fromGoogleList: true,
  title: 'Too many recipients for this sender',
  severity: 'medium',
  summary:
    'Gmail refused a recipient because this sender has put more recipients into the transaction than it allows. Send to fewer recipients per message (split the list into batches); the refused recipients were not sent to.',
  whatYouSee: ['550-5.5.3 Too many recipients for this sender.', '550 5.5.3 d2e1a72fcca58-4a0 - gsmtp'],
  whatsHappening:
    'RFC 3463 gives 5.5.3 the meaning “too many recipients”: more recipients than the server will accept in one transaction. RFC 5321 (section 4.5.3.1.8) requires servers to take at least 100 recipients per message and lets them refuse the rest, which a client should then send in another transaction. Gmail’s wording adds “for this sender”: the limit applies to the sending account or domain. Google’s list gives no number for it; Google’s Workspace sending limits give 100 recipients per message for mail sent over SMTP (smtp.gmail.com and smtp-relay.gmail.com) or the Gmail API, while its SMTP relay page says the relay’s servers can take more than 100 recipients per transaction (RFC 5321 limits can still refuse them), and the temporary form for too many recipients in one message is 452 4.5.3. The recipients before the refusal were accepted; the ones refused must be sent again in a separate, smaller message.',
  causes: [
    'One message addressed to a large list in To:, Cc: or Bcc: instead of being sent in batches',
    'A mail merge or notification job that puts every recipient into one transaction',
  ],
  fixes: [
    {
      title: 'Send in smaller batches',
      detail:
        'Split the recipient list and send one message per batch (or one per recipient); start well under 100 recipients per message.',
    },
    {
      title: 'Resend only to the refused recipients',
      detail:
        'Read which RCPT TO got the 550 (nodemailer: `rejected` in the result; smtplib: the `SMTPRecipientsRefused` dict) and send to those in a new transaction.',
    },
    {
      title: 'Use a mailing service for large lists',
      detail:
        'Large announcements belong in Google Groups or a bulk email provider, not in one SMTP transaction.',
    },
  ],
  prevention: 'Cap recipients per message in the application and batch larger lists.',
  related: ['452-4.5.3-too-many-recipients', '550-5.4.5-daily-sending-quota', '452-4.5.3-domain-policy-size'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Resending the same recipient list in one transaction will not help; split it into smaller batches, then send to the refused recipients.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/a/answer/3221692',
  signature: {
    phrases: ['too many recipients for this sender'],
  },
  sources: [
    'https://support.google.com/a/answer/166852',
    'https://support.google.com/a/answer/2956491',
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/6140680',
    'https://www.rfc-editor.org/rfc/rfc3463#section-3.6',
    'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1.8',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
