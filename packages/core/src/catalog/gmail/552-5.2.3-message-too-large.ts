import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '552-5.2.3-message-too-large',
  provider: 'gmail',
  replyCode: 552,
  enhancedCode: '5.2.3',
  providerText:
    "Your message exceeded Google's message size limits. For more information, visit Send attachments with your Gmail message.",
  fromGoogleList: true,
  title: "Message exceeded Google's message size limits",
  severity: 'medium',
  summary:
    'The message is bigger than Gmail accepts (about 25 MB of attachments for mail you send through Gmail, which is roughly 35 MB once base64-encoded). Shrink it or send large files as links; retrying the same message will never work.',
  whatYouSee: [
    "552-5.2.3 Your message exceeded Google's message size limits. Please visit",
    '552-5.2.3 https://support.google.com/mail/?p=MaxSizeError to view our size',
    '552 5.2.3 guidelines. d2e1a72fcca58-4a0 - gsmtp',
    "SMTPSenderRefused: (552, b\"5.2.3 Your message exceeded Google's message size limits. Please visit\\n5.2.3  https://support.google.com/mail/?p=MaxSizeError to view our size\\n5.2.3 guidelines. d2e1a72fcca58-4a0 - gsmtp\", 'me@example.com')",
  ],
  whatsHappening:
    "Gmail measures the whole message as transmitted, after attachments are base64-encoded, which inflates binary files by about a third. Mail submitted through smtp.gmail.com is limited to 25 MB of attachments in practice (the server advertises `SIZE 35882577` bytes for the encoded message in its EHLO reply); mail Gmail receives from other servers may be up to 50 MB. A 20 MB PDF plus some images can already be over. Clients that declare the size up front (`MAIL FROM:<...> SIZE=...`, as Python's smtplib does) get the refusal at MAIL FROM, which smtplib reports as SMTPSenderRefused; others get it after DATA. Newer replies use 5.3.4 with the same 'exceeded Google's message size limits' text.",
  causes: [
    'Attachments whose total size is near or above 25 MB before encoding',
    'Base64 encoding overhead (about 33-37%): the encoded message must fit under the advertised SIZE, so a raw attachment set only slightly over 25 MB is already too big',
    'Inline images embedded at full resolution in HTML mail',
    'Forwarding a message that already contains large attachments, adding them again',
  ],
  fixes: [
    {
      title: 'Send large files as links',
      detail:
        'Upload the file to Google Drive, S3 or your own server and send a link. In scripts, generate a signed URL instead of attaching.',
    },
    {
      title: 'Check the encoded size before sending',
      detail:
        'Keep the raw message (headers + encoded body) under the SIZE value the server advertises in EHLO. A quick rule: total attachments x 1.37 + body must stay under 35 MB for smtp.gmail.com; for a recipient on another provider, their limit may be lower.',
    },
    {
      title: 'Compress or split',
      detail:
        'Resize images, compress PDFs, zip text data, or split the content across several messages, each clearly under the limit.',
    },
  ],
  prevention:
    'Validate attachment sizes in the app before handing mail to SMTP, and default to links for anything over about 10 MB.',
  related: [
    '554-5.6.0-malformed',
    '552-5.7.0-security-issue',
    '452-4.5.3-too-many-recipients',
    '452-4.5.3-domain-policy-size',
  ],
  retry: {
    kind: 'never',
    note: 'This message is too big and will always be refused; send a smaller message instead.',
  },
  stage: 'any',
  helpUrl: 'https://support.google.com/mail/?p=MaxSizeError',
  signature: {
    phrases: ["exceeded google's message size limits", "your message exceeded google's message size"],
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc1870',
    'https://support.google.com/a/answer/1366776',
    'https://support.google.com/mail/answer/6584',
    'https://support.google.com/a/answer/3726730',
    'https://github.com/kootenpv/yagmail/issues/268',
    'https://github.com/swiftmailer/swiftmailer/issues/989',
    'https://github.com/nodemailer/nodemailer/issues/400',
  ],
  checked: '2026-12-03',
};
