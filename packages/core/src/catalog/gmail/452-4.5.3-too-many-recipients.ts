import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '452-4.5.3-too-many-recipients',
  provider: 'gmail',
  replyCode: 452,
  enhancedCode: '4.5.3',
  providerText:
    "Your message has too many recipients. For more information regarding Google's sending limits, visit Limits for sending & getting mail.",
  fromGoogleList: true,
  googleListRows: [
    "Your message has too many recipients. For more information regarding Google's sending limits, go to Limits for sending & getting email.",
  ],
  title: 'Your message has too many recipients',
  severity: 'medium',
  summary:
    'Gmail stopped accepting recipients for this message because it exceeds the per-message recipient limit (100 when an account sends over smtp.gmail.com or the Gmail API). Recipients accepted before the error got the message; send the rest in batches of 100 or fewer.',
  whatYouSee: [
    "452-4.5.3 Your message has too many recipients. For more information regarding Google's sending limits, go to https://support.google.com/mail/?p=TooManyRecipientsError d2e1a72fcca58-4a0 - gsmtp",
    '4.5.3 Your message has too many recipients. For more information regarding',
    "Your message has too many recipients. For more information regarding Google's sending limits, please visit: https://support.google.com/mail/?p=TooManyRecipientsError",
  ],
  whatsHappening:
    "Each RCPT TO adds a recipient to the transaction. Past the limit, Gmail answers the extra RCPT TO commands with 452 4.5.3, the reply RFC 5321 (section 4.5.3.1.8) prescribes when a server runs out of recipients for one transaction; To, Cc and Bcc all count. Where the 100 applies: Google's sending limits give 100 recipients per message for mail an account sends over SMTP (smtp.gmail.com, from IMAP/POP clients and apps) or through the Gmail API; the 2,000 (at most 500 external) per message is for mail written in Gmail itself. On the Workspace SMTP relay (smtp-relay.gmail.com) Google's relay limits page says its servers can take more than 100 recipients per transaction, but RFC 5321 only obliges a server to take 100, so a relay transaction past 100 may still get this reply, depending on the set-up. What happens next depends on the client: mail servers and nodemailer send to the accepted recipients and report the rest as rejected, while desktop clients such as Thunderbird often fail the whole send. Large git send-email runs with long Cc lists are a common way to meet it.",
  causes: [
    'More than 100 addresses across To, Cc and Bcc in one message sent through smtp.gmail.com',
    'More than 100 RCPT TO commands in one transaction on smtp-relay.gmail.com, in a set-up that does not take more',
    'A mail merge or announcement that puts the whole list in Bcc',
    'git send-email with a long Cc list (for example from get_maintainer.pl) added to every patch',
  ],
  fixes: [
    {
      title: 'Send in batches of 100 or fewer',
      detail:
        'Split the recipient list into chunks of at most 100 (To + Cc + Bcc) and send one message per chunk, or better, one message per recipient for personalised mail. On the Workspace relay, 100 per transaction is always safe: start a new transaction (new MAIL FROM or RSET) after 100 recipients.',
    },
    {
      title: 'Resend only to the rejected recipients',
      detail:
        'Do not resend to everyone. nodemailer lists them in `info.rejected` (with the reply in `info.rejectedErrors`); in Python smtplib, `sendmail()` returns a dict of refused recipients. Send a new message to just those.',
    },
    {
      title: 'Use a group or list for large audiences',
      detail:
        'Address a Google Group or a mailing list instead of hundreds of individuals; the group expands the recipients on Google’s side. For git send-email, trim Cc lists (`--suppress-cc`, a narrower `--cc-cmd`) or send to the list only.',
    },
    {
      title: 'Respect the daily limits',
      detail:
        'A Workspace user may send 2,000 messages and 10,000 recipients a day, of which 3,000 external recipients and 2,000 unique external recipients (500 on a trial account); a personal Gmail account far less. Regular mailings to large lists belong on a bulk email service.',
    },
  ],
  prevention:
    'Cap recipients per message at 100 in code, prefer one message per recipient or a Google Group, and send newsletters through a bulk email service.',
  related: [
    '550-5.4.5-daily-user-limit',
    '550-5.4.5-daily-sending-quota',
    '452-4.5.3-domain-policy-size',
    '550-5.4.5-daily-relay-limit-user',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 60_000,
    maxDelayMs: 3_600_000,
    note: 'Send the refused recipients again in a new transaction of 100 recipients or fewer (mail servers do this on their own retry); never resend to the recipients already accepted.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/mail/?p=TooManyRecipientsError',
  signature: {
    phrases: ['your message has too many recipients'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/166852',
    'https://support.google.com/a/answer/2956491',
    'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1.8',
    'https://github.com/emersion/go-smtp/issues/195',
  ],
  checked: '2026-12-03',
};
