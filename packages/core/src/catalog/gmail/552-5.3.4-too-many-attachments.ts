import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '552-5.3.4-too-many-attachments',
  provider: 'gmail',
  replyCode: 552,
  enhancedCode: '5.3.4',
  providerText:
    "The number of attachments (num-attachments) exceeds Google's limit of limit attachments. To view our attachment size guidelines, go to Gmail receiving limits in Google Workspace.",
  fromGoogleList: true,
  title: "The number of attachments exceeds Google's limit",
  severity: 'medium',
  summary:
    'The message has more attachments (MIME parts) than Gmail accepts in one message; the reply names both numbers. Send fewer attachments per message: zip them or send a link. This message will never be accepted as it is.',
  whatYouSee: [
    "552-5.3.4 The number of attachments (num-attachments) exceeds Google's limit of",
    '552 5.3.4 limit attachments. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "Besides the total size, Gmail caps how many attachments one message may carry, and refuses a message over that count with 552 5.3.4 at the end of DATA. The reply states the message's count and the limit; Google's list points to “Gmail receiving limits in Google Workspace” for the numbers. Messages that reach it are usually generated: a report with one file per record, a forwarded archive, or a mail merge that attaches a folder. Every copy with the same attachments is refused the same way.",
  causes: [
    'An application that attaches one file per item (invoices, images, log files) to a single message',
    'Forwarding or re-sending a message that already carries many attachments',
    'Inline images counted as parts: a newsletter with very many embedded images',
  ],
  fixes: [
    {
      title: 'Bundle the files',
      detail: 'Put the files in one archive (zip) or one document, and attach that.',
    },
    {
      title: 'Send a link',
      detail: 'Upload the files to Google Drive or object storage and send one link to the folder.',
    },
    {
      title: 'Split the message',
      detail: 'Send the files over several messages, each well under the limit the reply names.',
    },
  ],
  prevention:
    'Cap attachments per message in the application and switch to an archive or a link above a small number.',
  related: ['552-5.3.4-message-too-large', '552-5.3.4-header-too-large', '552-5.7.0-security-issue'],
  retry: {
    kind: 'never',
    note: 'This message has too many attachments and will always be refused; send it with fewer.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/a/answer/1366776',
  signature: {
    phrases: ["exceeds google's limit of", 'the number of attachments'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/1366776',
    'https://www.rfc-editor.org/rfc/rfc3463#section-3.4',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
