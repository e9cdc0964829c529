import type { CatalogEntry } from '../../types.js';

// Gmail API users.messages.send given neither a `raw` message in the JSON body nor media on the
// upload URL. The wording is Gmail's own (no other Google API sends RFC 822 messages), so either
// of its distinctive halves names the page; Python's repr may split the sentence across quotes.
export const page: CatalogEntry = {
  id: 'api-raw-payload-required',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: "'raw' RFC822 payload message string or uploading message via /upload/* URL required",
  fromGoogleList: false,
  title:
    "Gmail API: 'raw' RFC822 payload message string or uploading message via /upload/* URL required (400)",
  severity: 'medium',
  summary:
    'The send request carried no message: the JSON body had no `raw` field and nothing was uploaded to the /upload URL. Put the whole RFC 5322 message, base64url-encoded, in `raw` at the top level of the body, or upload the message bytes as message/rfc822 media.',
  whatYouSee: [
    "googleapi: Error 400: 'raw' RFC822 payload message string or uploading message via /upload/* URL required, invalidArgument",
    "Gmail API 400 invalidArgument: 'raw' RFC822 payload message string or uploading message via /upload/* URL required (gmail.googleapis.com users.messages.send)",
  ],
  whatsHappening:
    'users.messages.send reads the message from exactly two places: the `raw` field of the Message in the JSON body (the entire RFC 5322 message, base64url-encoded), or the media posted to the upload URL (upload/gmail/v1/users/{userId}/messages/send, type message/*). The structured fields of a Message (payload, headers, parts) are what Gmail returns when you read mail; send ignores them. When neither place holds a message, Gmail refuses the request with 400 (reason invalidArgument, or badRequest in older answers) and nothing is sent.',
  causes: [
    'The message built as a structured Message (payload, headers, parts) instead of a raw RFC 5322 text',
    'The drafts shape used for send: {"message": {"raw": ...}} is drafts.create\'s body; messages.send wants {"raw": ...} at the top level',
    'The body not posted at all: a client or wrapper that puts the parameters in the query string instead of the JSON body',
  ],
  fixes: [
    {
      title: 'Send the message in raw',
      detail:
        'Build the message with a MIME library, encode the whole text (headers, blank line, body) with base64url, and POST {"raw": "<that string>"} as the JSON body of https://gmail.googleapis.com/gmail/v1/users/me/messages/send. Add threadId beside raw for a reply, not inside it.',
    },
    {
      title: 'Or upload the message bytes',
      detail:
        "Post the RFC 5322 bytes (not base64) to the upload URL with Content-Type: message/rfc822. Node googleapis: media: { mimeType: 'message/rfc822', body }; Python: media_body=MediaIoBaseUpload(stream, mimetype='message/rfc822'); .NET: the Send overload that takes a stream, then Upload() on the SendMediaUpload it returns.",
    },
    {
      title: 'Log the request your library sends',
      detail:
        'Check that the request is a POST with Content-Type: application/json and a body that holds "raw"; a wrapper that moves the body into the URL or drops it gives this answer for every message.',
    },
  ],
  prevention:
    'Keep one send path that always builds raw (or always uploads), and cover it with a test that checks the request body before going live.',
  related: ['api-recipient-address-required', 'api-request-payload-too-large', 'api-invalid-to-header'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same request is refused every time; fix how the message is put in the request, then send it.',
  },
  stage: 'api',
  helpUrl: 'https://developers.google.com/workspace/gmail/api/guides/sending',
  signature: {
    phrases: ["'raw' rfc822 payload message string", 'payload message string or uploading message via'],
  },
  sources: [
    'https://developers.google.com/workspace/gmail/api/guides/sending',
    'https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.messages/send',
    'https://developers.google.com/workspace/gmail/api/guides/uploads',
    'https://github.com/googleapis/google-api-go-client/blob/main/gmail/v1/gmail-api.json',
    'https://github.com/googleapis/google-api-nodejs-client/blob/main/README.md',
    'https://googleapis.github.io/google-api-python-client/docs/media.html',
    'https://googleapis.dev/dotnet/Google.Apis.Gmail.v1/latest/api/Google.Apis.Gmail.v1.UsersResource.MessagesResource.SendMediaUpload.html',
    'https://github.com/warmbly/warmbly/issues/107',
    'https://github.com/omarryhan/aiogoogle/issues/131',
    'https://github.com/jentic/jentic-public-apis/pull/479',
    'https://github.com/googleapis/google-api-dotnet-client/issues/856',
  ],
  checked: '2026-12-05',
};
