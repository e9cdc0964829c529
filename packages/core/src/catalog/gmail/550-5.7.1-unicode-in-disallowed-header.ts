import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-unicode-in-disallowed-header',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    'The message contains a unicode character in a disallowed header. To review our message and header content guidelines, go to File types blocked in Gmail.',
  fromGoogleList: true,
  title: 'Unicode character in a header where it is not allowed',
  severity: 'medium',
  summary:
    'A header that must be plain ASCII carries a raw non-ASCII (Unicode) character, such as an accented name or an emoji written unencoded into a header. Let the mail library encode headers (RFC 2047) and keep addresses ASCII; this message will not be accepted as it is.',
  whatYouSee: [
    '550-5.7.1 The message contains a unicode character in a disallowed header. To',
    '550 5.7.1 review our message and header content guidelines. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'RFC 5322 headers are ASCII. Non-ASCII text belongs in headers only as RFC 2047 encoded-words (`=?UTF-8?B?…?=`) in places that allow them, such as Subject: or a display name; raw UTF-8 in headers is allowed only when the transaction uses SMTPUTF8 (RFC 6532), and some headers must never carry it. Gmail refuses a message whose restricted header holds a raw Unicode character with this 550 5.7.1 at the end of DATA. It happens when an application writes header lines itself, or tells the library a header is already encoded when it is not. Every copy built the same way is refused.',
  causes: [
    'A display name, Subject: or custom header written as raw UTF-8 instead of an encoded-word',
    'Hand-built header lines (string templates) that bypass the mail library’s encoding',
    'A non-ASCII address local part sent without SMTPUTF8',
  ],
  fixes: [
    {
      title: 'Let the library build the headers',
      detail:
        'Pass names and subjects as text to nodemailer, Python `email.message.EmailMessage` or PHPMailer (`CharSet = "UTF-8"`), which encode them; do not write header lines by hand.',
    },
    {
      title: 'Find the header in the sent copy',
      detail:
        'Save the message as sent (nodemailer `streamTransport`, smtplib debug output) and look for bytes above 127 in the header section; encode or remove them.',
    },
    {
      title: 'Keep addresses and custom headers ASCII',
      detail: 'Use ASCII addresses, and put non-ASCII data for custom headers into the body or encode it.',
    },
  ],
  prevention: 'Never write header lines yourself; test sending with non-ASCII names and subjects.',
  related: ['550-5.7.1-encoded-word-not-permitted', '550-5.7.1-rfc5322-noncompliant', '554-5.6.0-malformed'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Resending the same message will not help; encode or remove the Unicode character, then send.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=BlockedMessage',
  signature: {
    phrases: ['contains a unicode character in a disallowed header'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://www.rfc-editor.org/rfc/rfc2047',
    'https://www.rfc-editor.org/rfc/rfc6532',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
