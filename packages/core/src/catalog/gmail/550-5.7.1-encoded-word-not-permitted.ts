import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-encoded-word-not-permitted',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    'Encoded-word syntax is not permitted in message header header-name. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
  fromGoogleList: true,
  title: 'Encoded-word syntax is not permitted in this header',
  severity: 'medium',
  summary:
    'A header carries an RFC 2047 encoded-word (`=?UTF-8?B?…?=`) where encoded-words are not allowed: inside an address, or in a structured field such as Message-ID:. Gmail blocks the message; encode only display names and unstructured text such as Subject:.',
  whatYouSee: [
    '550-5.7.1 Encoded-word syntax is not permitted in message header header-name. To',
    '550-5.7.1 reduce the amount of spam sent to Gmail, this message has been blocked.',
    '550 5.7.1 d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'RFC 2047 encoded-words let non-ASCII text into headers, but only in certain places: unstructured fields (Subject:, Comments:) and phrases such as the display name of an address. Its section 5 forbids them inside an address (`addr-spec`), in quoted strings and in structured fields such as Message-ID:. Gmail blocks a message with an encoded-word where it is not permitted with this 550 5.7.1 and names the header. It comes from code that encodes a whole header value, address included, or encodes a header that must stay plain. Every copy built the same way is blocked.',
  causes: [
    'A whole From: or To: value, address included, encoded as one encoded-word',
    'A library or template that encodes every header, including Message-ID:, Date: or Reply-To:',
    'A custom header carrying an encoded-word where plain text is required',
  ],
  fixes: [
    {
      title: 'Encode the display name only',
      detail:
        'Pass name and address separately (nodemailer `{ name, address }`, Python `email.headerregistry.Address`, PHPMailer `setFrom($address, $name)`); the library encodes the name and leaves the address plain.',
    },
    {
      title: 'Leave structured headers unencoded',
      detail:
        'Do not encode Message-ID:, Date:, Return-Path: or addresses; find the header the reply names and write it in plain ASCII.',
    },
  ],
  prevention:
    'Build headers with the mail library’s address and header objects, never by encoding whole header strings.',
  related: [
    '550-5.7.1-unicode-in-disallowed-header',
    '550-5.7.1-rfc5322-noncompliant',
    '550-5.7.1-missing-from',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Resending the same message will not help; remove the encoded-word from that header, then send.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=RfcMessageNonCompliant',
  signature: {
    phrases: ['encoded-word syntax is not permitted in message header'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://www.rfc-editor.org/rfc/rfc2047#section-5',
    'https://support.google.com/mail/answer/81126',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
