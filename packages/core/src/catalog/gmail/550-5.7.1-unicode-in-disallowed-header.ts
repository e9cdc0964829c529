import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-unicode-in-disallowed-header',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    'The message contains a unicode character in a disallowed header. To review our message and header content guidelines, go to File types blocked in Gmail.',
  fromGoogleList: true,
  title: 'Unicode character in a header where Gmail does not allow it',
  severity: 'medium',
  summary:
    'Gmail blocked the message for a Unicode character in a header where it does not allow one, most often a check mark or similar symbol (✅ ✓ ✔ ☑) or an emoji in the sender’s display name. Remove the character from the From name (and other headers); this message will not be accepted as it is.',
  whatYouSee: [
    '550-5.7.1 The message contains a unicode character in a disallowed header. To',
    '550 5.7.1 review our message and header content guidelines. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Non-ASCII text may appear in headers as RFC 2047 encoded-words (`=?UTF-8?B?…?=`), for example in Subject: or a display name, or raw when the transaction uses SMTPUTF8 (RFC 6532). Gmail adds its own rule on top: some characters are refused in some headers whatever the encoding. The case seen in public is the From display name: Ghost found that Gmail rejects sender names containing check-mark symbols (U+2705, U+2713, U+2714, U+2611, U+1F5F8), characters that can make a sender look verified, and the reply links to Google’s “message and header content guidelines” (`?p=BlockedMessage`). Google publishes no list of the characters. Every copy with the same header is refused at the end of DATA.',
  causes: [
    'A check mark, badge-like symbol or emoji in the sender’s display name (a newsletter or site name such as “✅ Example News”)',
    'Such a character in another address header (Reply-To:, To:) taken from a contact name',
    'Raw, unencoded UTF-8 written into a header by code that builds header lines itself',
  ],
  fixes: [
    {
      title: 'Remove the symbol from the sender name',
      detail:
        'Change the display name in the app’s settings (site name, newsletter name, From name) to letters, digits and ordinary punctuation; send a test to a Gmail address.',
    },
    {
      title: 'Find the header in the sent copy',
      detail:
        'Save the message as sent (nodemailer `streamTransport`, smtplib debug output), decode the encoded-words of From:, Reply-To: and Subject:, and look for symbols and emoji.',
    },
    {
      title: 'Let the library encode what remains',
      detail:
        'Pass names and subjects as text to nodemailer, Python `email.message.EmailMessage` or PHPMailer (`CharSet = "UTF-8"`), which encode them; do not write header lines by hand.',
    },
  ],
  prevention:
    'Keep symbols and emoji out of sender names; if users can set the From name, strip check marks and similar symbols before sending.',
  related: [
    '550-5.7.1-encoded-word-not-permitted',
    '550-5.7.1-rfc5322-noncompliant',
    '552-5.7.0-security-issue',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Resending the same message will not help; remove the character from that header, then send.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=BlockedMessage',
  signature: {
    phrases: ['contains a unicode character in a disallowed header'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/?p=BlockedMessage',
    'https://www.rfc-editor.org/rfc/rfc2047',
    'https://www.rfc-editor.org/rfc/rfc6532',
    'https://github.com/TryGhost/Ghost/pull/23487',
    'https://www.suped.com/knowledge/email-deliverability/content/why-does-gmail-block-emails-with-unicode-characters-or-emojis-in-the-from-address',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
