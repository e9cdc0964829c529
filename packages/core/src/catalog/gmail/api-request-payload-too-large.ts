import type { CatalogEntry } from '../../types.js';

// Gmail API users.messages.send refusing a JSON request body that is too big. The wording is
// Google's API front end's (other Google APIs say it with their own limit, 10485760 bytes), so the
// phrase keeps Gmail's number; the upload limit is the discovery document's `maxSize` for
// gmail.users.messages.send (36700160 bytes, 35 MB, `accept: message/*`).
export const page: CatalogEntry = {
  id: 'api-request-payload-too-large',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Request payload size exceeds the limit: 1048576 bytes.',
  fromGoogleList: false,
  title: 'Gmail API: Request payload size exceeds the limit: 1048576 bytes (400)',
  severity: 'high',
  summary:
    'The whole message was sent as base64url `raw` inside the JSON body of users.messages.send, and that body was bigger than Google takes there (1 MiB in this reply). Send large messages through the upload URL, /upload/gmail/v1/users/me/messages/send, as message/rfc822 media.',
  whatYouSee: [
    'Gmail API 400 badRequest: Request payload size exceeds the limit: 1048576 bytes. (gmail.googleapis.com users.messages.send)',
    'Google.Apis.Requests.RequestError\nRequest payload size exceeds the limit: 1048576 bytes. [400]\nErrors [\n    Message[Request payload size exceeds the limit: 1048576 bytes.] Location[ - ] Reason[badRequest] Domain[global]\n]',
  ],
  whatsHappening:
    'users.messages.send has two URLs. The metadata URL (gmail/v1/users/{userId}/messages/send) takes a JSON Message whose `raw` field holds the entire RFC 5322 message, base64url-encoded, so the body is about a third larger than the message. Google\'s front end refuses a JSON body above its limit before Gmail looks at it: this reply names 1,048,576 bytes (1 MiB), so a message of roughly 780 KB or more, a single PDF of a megabyte or two, already fails. Other senders have seen the same path fail with HTTP 413 "Request Entity Too Large" at a few MB; Google does not publish the metadata limit. The upload URL (upload/gmail/v1/users/{userId}/messages/send, uploadType=media, multipart or resumable) takes the message itself as media of type message/*, up to 36,700,160 bytes (35 MB) per Google\'s discovery document for this method. Nothing was sent.',
  causes: [
    'A message with attachments sent as {"raw": "..."} in the JSON body of the metadata URL',
    'A client library call without its media parameter (Node `media`, Python `media_body`, .NET the Send overload that takes a stream), so the library never uses the upload URL',
    'A size switch to the upload URL set above the JSON limit (for example switching only above 3 MB)',
  ],
  fixes: [
    {
      title: 'Send large messages through the upload URL',
      detail:
        'POST the RFC 5322 bytes themselves (not base64) to https://gmail.googleapis.com/upload/gmail/v1/users/me/messages/send?uploadType=media with Content-Type: message/rfc822, or use uploadType=resumable for big or unreliable transfers. Google\'s "Uploading attachments" guide shows both.',
    },
    {
      title: "Use your client library's media upload",
      detail:
        "Node googleapis / @googleapis/gmail: gmail.users.messages.send({ userId: 'me', media: { mimeType: 'message/rfc822', body } }). Python: send(userId='me', media_body=MediaIoBaseUpload(stream, mimetype='message/rfc822', resumable=True)). .NET: the Send overload that takes a stream and a content type (message/rfc822) returns a SendMediaUpload; call Upload() and check the progress it returns.",
    },
    {
      title: 'Switch below the JSON limit, not above it',
      detail:
        'If you keep `raw` for small messages, switch to the upload URL once the base64url text would come near 1 MiB (a message of about 700 KB), or always use the upload URL: it takes small messages too.',
    },
  ],
  prevention:
    'Route every message above a few hundred KB (or every message) through the upload URL, and test one send with a 2 MB attachment before going live.',
  related: ['api-raw-payload-required', '552-5.2.3-message-too-large'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same request is refused every time; send the message again through the upload URL.',
  },
  stage: 'api',
  helpUrl: 'https://developers.google.com/workspace/gmail/api/guides/uploads',
  signature: {
    // Gmail's figure only: "Request payload size exceeds the limit: 10485760 bytes." is other
    // Google APIs' (BigQuery, Speech, Logging) and must not name a Gmail page.
    phrases: ['request payload size exceeds the limit: 1048576 bytes'],
    // Google's model APIs answer an oversized prompt with the same words and figure (agent
    // libraries list it among their context-overflow messages): not a Gmail send.
    // Another Google API named in the same paste (a Drive or Sheets upload) is not a Gmail send either.
    notWith: [
      'aiplatform.googleapis.com',
      'generativelanguage.googleapis.com',
      'vertex',
      'gemini',
      '/drive/v',
      'sheets.googleapis.com',
      'docs.googleapis.com',
      'storage.googleapis.com',
      'bigquery',
    ],
  },
  sources: [
    'https://developers.google.com/workspace/gmail/api/guides/uploads',
    'https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.messages/send',
    'https://github.com/googleapis/google-api-go-client/blob/main/gmail/v1/gmail-api.json',
    'https://developers.google.com/workspace/gmail/api/reference/quota',
    'https://github.com/googleapis/google-api-nodejs-client/blob/main/README.md',
    'https://googleapis.github.io/google-api-python-client/docs/media.html',
    'https://googleapis.dev/dotnet/Google.Apis.Gmail.v1/latest/api/Google.Apis.Gmail.v1.UsersResource.MessagesResource.SendMediaUpload.html',
    'https://github.com/googleapis/google-api-dotnet-client/issues/856',
    'https://github.com/googleapis/google-api-nodejs-client/issues/1491',
    'https://github.com/googleapis/google-api-go-client/issues/374',
    'https://github.com/googleworkspace/dotnet-samples/issues/23',
  ],
  checked: '2026-12-05',
};
