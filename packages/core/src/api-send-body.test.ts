import { describe, expect, it } from 'vitest';
import { getEntry } from './catalog.js';
import { classify } from './classify.js';
import { reasonOfEntry } from './reason.js';

// Two 400s of Gmail's users.messages.send about the request body rather than the message: a JSON
// body over the metadata URL's limit (the answer names 1048576 bytes; the upload URL takes up to
// 36700160, the discovery document's maxSize), and a request with neither `raw` nor uploaded
// media. Lines are typed here in the shapes clients print (our sender's failure text, Go's
// googleapi, Python's HttpError, .NET's RequestError), not copied from a paste.
describe('api-request-payload-too-large: the JSON body of messages.send over its limit', () => {
  it.each([
    [
      'Gmail API 400 badRequest: Request payload size exceeds the limit: 1048576 bytes. (gmail.googleapis.com users.messages.send)',
    ],
    ['googleapi: Error 400: Request payload size exceeds the limit: 1048576 bytes., badRequest'],
    [
      '<HttpError 400 when requesting https://gmail.googleapis.com/gmail/v1/users/me/messages/send?alt=json returned "Request payload size exceeds the limit: 1048576 bytes.">',
    ],
    ['Google.GoogleApiException: Request payload size exceeds the limit: 1048576 bytes. [400]'],
  ])('%s', (paste) => {
    const d = classify(paste);
    expect(d.entry?.id).toBe('api-request-payload-too-large');
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.reason).toBe('too-big');
    expect(d.transient).toBe(false);
  });

  it('is a size refusal a person must fix, not one to back off from', () => {
    const e = getEntry('api-request-payload-too-large')!;
    expect(reasonOfEntry(e)).toBe('too-big');
    expect(e.retry.kind).toBe('fix-then-retry');
    expect(e.stage).toBe('api');
  });

  // Near misses: other Google APIs' figure, a model API's prompt limit, a bare HTTP 413.
  it.each([
    [
      'google.api_core.exceptions.InvalidArgument: 400 Request payload size exceeds the limit: 10485760 bytes.',
    ],
    [
      '{"error":{"code":400,"message":"Request payload size exceeds the limit: 10485760 bytes.","status":"INVALID_ARGUMENT"}}',
    ],
    [
      'POST https://aiplatform.googleapis.com/v1/projects/p/locations/l/publishers/google/models/m:generateContent: 400 Request payload size exceeds the limit: 1048576 bytes.',
    ],
    ['Gemini API error 400: Request payload size exceeds the limit: 1048576 bytes.'],
    [
      'POST https://www.googleapis.com/upload/drive/v3/files: 400 Request payload size exceeds the limit: 1048576 bytes.',
    ],
    ['413 Request Entity Too Large'],
  ])('not for %s', (paste) => {
    expect(classify(paste).entry?.id).not.toBe('api-request-payload-too-large');
  });
});

describe('api-raw-payload-required: messages.send with no message in the request', () => {
  it.each([
    [
      "googleapi: Error 400: 'raw' RFC822 payload message string or uploading message via /upload/* URL required, invalidArgument",
    ],
    [
      "Gmail API 400 invalidArgument: 'raw' RFC822 payload message string or uploading message via /upload/* URL required (gmail.googleapis.com users.messages.send)",
    ],
    // Python's repr breaks the message into two adjacent string literals.
    [
      `{'code': 400, 'message': "'raw' RFC822 payload message string or uploading " 'message via /upload/* URL required', 'status': 'INVALID_ARGUMENT'}`,
    ],
    [
      "RequestError 'raw' RFC822 payload message string or uploading message via /upload/* URL required [400] Reason[badRequest] Domain[global]",
    ],
  ])('%s', (paste) => {
    const d = classify(paste);
    expect(d.entry?.id).toBe('api-raw-payload-required');
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.reason).toBe('syntax');
    expect(d.transient).toBe(false);
  });

  it('is a malformed request a person must fix', () => {
    const e = getEntry('api-raw-payload-required')!;
    expect(reasonOfEntry(e)).toBe('syntax');
    expect(e.retry.kind).toBe('fix-then-retry');
  });

  // Near misses: the other body errors of messages.send have their own pages, and "payload" alone
  // names nothing.
  it.each([
    ['googleapi: Error 400: Recipient address required, invalidArgument', 'api-recipient-address-required'],
    ['googleapi: Error 400: Invalid To header, invalidArgument', 'api-invalid-to-header'],
    ['400 Bad Request: payload required', null],
  ])('not for %s', (paste, page) => {
    const got = classify(paste).entry?.id ?? null;
    expect(got).not.toBe('api-raw-payload-required');
    if (page) expect(got).toBe(page);
  });
});
