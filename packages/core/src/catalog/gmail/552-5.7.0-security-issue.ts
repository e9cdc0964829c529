import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '552-5.7.0-security-issue',
  provider: 'gmail',
  replyCode: 552,
  enhancedCode: '5.7.0',
  providerText:
    'This message was blocked because its content presents a potential security issue. Please visit https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment content guidelines.',
  fromGoogleList: false,
  googleListRows: [
    'This message was blocked because its content presents a potential security issue. To review our message content and attachment content guidelines, go to File types blocked in Gmail.',
    'This message was blocked because its content presents a potential security issue. To review our message and attachment content guidelines, go to File types blocked in Gmail.',
  ],
  title: 'Blocked because its content presents a potential security issue',
  severity: 'medium',
  summary:
    'Gmail refused the message because of what it carries: usually a blocked attachment type (executables, scripts, archives containing them), a document with malicious macros, or a password-protected archive that holds another archive. Remove or replace the attachment and send again.',
  whatYouSee: [
    '552-5.7.0 This message was blocked because its content presents a potential',
    '552-5.7.0 security issue. Please visit',
    '552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our',
    '552 5.7.0 message content and attachment content guidelines. d2e1a72fcca58-4a0 - gsmtp (in reply to end of DATA command)',
  ],
  whatsHappening:
    'Gmail scans every attachment, including files inside .zip, .gz or .tgz archives, and rejects the whole message at the end of DATA when it finds a file type it never accepts (such as .exe, .bat, .js, .jar, .msi, .ps1, .vbs, .iso, .lnk), a document with malicious macros, or a password-protected archive whose content is another archive. Google’s attachment rules (support.google.com/mail/answer/6590) name that last case only: a password-protected archive of ordinary files is not on the list, though other filters may still treat it as suspicious. Older replies pointed to https://support.google.com/mail/answer/6590 instead of the BlockedMessage short link. Senders have also reported it for messages whose links look like data exfiltration, for example tracking URLs that end in the recipient email address.',
  causes: [
    'An attachment of a blocked type (.exe, .bat, .cmd, .js, .jar, .msi, .scr, .vbs, .ps1, .iso, .img and others)',
    'A blocked file inside an archive, even nested or compressed (.zip containing a .jar, .tgz with a script)',
    'A password-protected archive that contains another archive (for example a protected .zip holding a .zip or .rar)',
    'An Office document with macros that Gmail considers malicious',
    'Links or tracking URLs that Gmail treats as a security risk',
  ],
  fixes: [
    {
      title: 'Share the file as a link instead',
      detail:
        'Upload the file to Google Drive, a release page or object storage and send a link. This is the only way to deliver executables and installers to Gmail users.',
    },
    {
      title: 'Remove blocked files from archives',
      detail:
        'List the archive contents (`unzip -l file.zip`) and remove scripts, executables and nested archives; renaming the extension does not help because Gmail inspects content.',
    },
    {
      title: 'Send documents without macros',
      detail: 'Save Office files in macro-free formats (.docx, .xlsx) or as PDF before attaching them.',
    },
    {
      title: 'Check tracking links',
      detail:
        'If no attachment is involved, review the links: avoid putting the recipient address at the end of tracking or pixel URLs and avoid URL shorteners with a poor reputation.',
    },
  ],
  prevention:
    'Never attach executable content; deliver software and large or sensitive files through links, and test templates with their attachments against a Gmail inbox.',
  related: ['552-5.2.3-message-too-large', '550-5.7.1-likely-unsolicited', '554-5.6.0-malformed'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Change the content (remove or replace the attachment or link) before resending.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=BlockedMessage',
  signature: {
    phrases: ['content presents a potential security issue', 'p=blockedmessage'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/?p=BlockedMessage',
    'https://support.google.com/mail/answer/6590',
    'https://doc.sorbsecurity.com/gmail-blocks-some-emails-because-of-the-attachment-file-types',
    'https://github.com/nylas/nylas-mail/issues/1296',
    'https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-are-my-emails-bouncing-with-reason-552-570-in-gmail',
  ],
  checked: '2026-12-03',
};
