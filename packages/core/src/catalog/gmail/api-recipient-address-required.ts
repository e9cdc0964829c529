import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'api-recipient-address-required',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Recipient address required',
  fromGoogleList: false,
  title: 'Gmail API: Recipient address required (400 invalidArgument)',
  severity: 'medium',
  summary:
    'Gmail found no recipient in the message you sent: no To, Cc or Bcc header, or the headers are not where Gmail reads them (a blank line before them, wrong line endings, the wrong base64 alphabet). Build the whole message with a MIME library and base64url-encode it.',
  whatYouSee: [
    'googleapi: Error 400: Recipient address required, invalidArgument',
    'Bad Request: {"error":{"code":400,"errors":[{"domain":"global","message":"Recipient address required","reason":"invalidArgument"}],"message":"Recipient address required","status":"INVALID_ARGUMENT"}}',
  ],
  whatsHappening:
    'users.messages.send reads the recipients from the message\'s own headers; the request has no separate envelope. When the decoded message has no To, Cc or Bcc header in its header block, Gmail refuses it with 400 invalidArgument "Recipient address required". Common reasons are a message that starts with a blank line or indentation (in a Go or Python multi-line string the headers then become body), headers set on the API\'s Message resource instead of inside raw, and standard base64 instead of base64url so the message decodes to garbage.',
  causes: [
    'The raw message starts with an empty line or leading spaces, so every header is read as body',
    'Headers given in payload.headers of the Message resource, which messages.send ignores; only raw counts',
    'The raw field encoded with standard base64 (+ and /) or with line breaks instead of base64url',
    'A message built with only From and Subject',
  ],
  fixes: [
    {
      title: 'Put the recipients in the raw message',
      detail:
        'Write To:/Cc:/Bcc: as headers of the RFC 5322 text, with CRLF line ends and nothing before the first header, then encode the whole text with base64url (no padding needed).',
    },
    {
      title: 'Use a MIME builder',
      detail:
        "nodemailer's MailComposer, Python's EmailMessage or Go's net/mail produce headers Gmail reads.",
    },
  ],
  prevention: 'Build messages with a library and test one send with a real recipient list before going live.',
  related: ['api-invalid-to-header'],
  retry: {
    kind: 'never',
    note: 'The same bytes are refused every time; rebuild the message with its recipients in the headers.',
  },
  stage: 'api',
  helpUrl: 'https://developers.google.com/gmail/api/guides/sending',
  signature: {
    phrases: ['recipient address required'],
  },
  sources: [
    'https://developers.google.com/gmail/api/guides/sending',
    'https://stackoverflow.com/questions/64267579/googleapi-error-400-recipient-address-required-invalidargument',
    'https://github.com/Byron/google-apis-rs/issues/351',
    'https://github.com/rubenCodeforges/ng-gapi/issues/108',
  ],
  checked: '2026-12-03',
};
