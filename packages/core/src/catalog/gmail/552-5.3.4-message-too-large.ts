import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '552-5.3.4-message-too-large',
  provider: 'gmail',
  replyCode: 552,
  enhancedCode: '5.3.4',
  providerText:
    "Your message exceeded Google's message size limits. To view our message size guidelines, go to Send attachments with your Gmail message.",
  fromGoogleList: true,
  googleListRows: [
    "The size of your message (size bytes) exceeded Google's message size limits of limit bytes. To view our message size guidelines, go to Gmail receiving limits in Google Workspace.",
  ],
  title: "Message exceeded Google's message size limits (5.3.4)",
  severity: 'medium',
  summary:
    'The message as transmitted (attachments base64-encoded) is bigger than Gmail accepts. Send large files as links or shrink the message; this message will never be accepted as it is.',
  whatYouSee: [
    "552-5.3.4 Your message exceeded Google's message size limits. To view our message",
    '552 5.3.4 size guidelines, go to Send attachments with your Gmail message. d2e1a72fcca58-4a0 - gsmtp',
    "552-5.3.4 The size of your message (size bytes) exceeded Google's message size",
    '552 5.3.4 limits of limit bytes. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "Gmail measures the whole message as sent: headers plus a body in which every attachment is base64-encoded, about a third bigger than the files. Over the limit, it answers 552 5.3.4 (RFC 3463: message too big for system). Google's current list has two wordings: the plain one, and one that states the message's size and the limit in bytes. The limit depends on the path: Google's help pages give 25 MB of attachments for mail sent from Gmail and a larger limit for mail Gmail receives (Gmail receiving limits in Google Workspace); the byte limit in the reply is the one that applied. Clients that announce SIZE= in MAIL FROM get the refusal before sending the body. The older form of this reply is 552 5.2.3 with the same first sentence.",
  causes: [
    'Attachments near or above 25 MB before encoding',
    'Base64 overhead: files that fit before encoding no longer fit after it',
    'Full-resolution inline images, or a forwarded message carrying its attachments again',
  ],
  fixes: [
    {
      title: 'Send large files as links',
      detail: 'Upload to Google Drive or object storage and send a link instead of the attachment.',
    },
    {
      title: 'Compare the encoded size with the limit in the reply',
      detail:
        'When the reply states both sizes, shrink the message below the limit it names; otherwise keep attachments x 1.37 + body under the SIZE the server advertises in its EHLO reply.',
    },
    {
      title: 'Compress or split',
      detail: 'Resize images, compress PDFs, zip data, or split the content over several messages.',
    },
  ],
  prevention: 'Check attachment sizes in the app before sending and default to links above about 10 MB.',
  related: ['552-5.2.3-message-too-large', '552-5.3.4-too-many-attachments', '552-5.3.4-header-too-large'],
  retry: {
    kind: 'never',
    note: 'This message is too big and will always be refused; send a smaller message instead.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=MaxSizeError',
  signature: {
    // The first phrase is shared with 552-5.2.3 (the older code); the enhanced code tells them apart.
    phrases: ["exceeded google's message size limits", "exceeded google's message size limits of"],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/answer/6584',
    'https://support.google.com/a/answer/1366776',
    'https://www.rfc-editor.org/rfc/rfc3463#section-3.4',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
