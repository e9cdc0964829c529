import { describe, expect, it } from 'vitest';
import { getEntry } from './catalog.js';
import { classify } from './classify.js';
import { reasonOfEntry } from './reason.js';

// Three pages of session 15 for refusals fresh pastes asked for. Lines are typed here in the shapes
// Google's consent page, a token helper and the Gmail API client libraries print them, in the
// documented wording (Google's OOB migration guide and its blocked-request error, the consent
// page's "This app is blocked", the Gmail API's 400 on import), not copied from a paste.

describe('token-oob-flow-blocked: the copy/paste (OOB) flow refused on the consent page', () => {
  it.each([
    [
      'Error 400: invalid_request\nThe out-of-band (OOB) flow has been blocked in order to keep users secure. Follow the Out-of-Band (OOB) flow migration guide linked in the developer docs below to migrate your app to an alternative method.\nRequest details: redirect_uri=urn:ietf:wg:oauth:2.0:oob',
    ],
    [
      "Access blocked: My Mail Helper's request is invalid\nYou can't sign in because My Mail Helper sent an invalid request.\nError 400: invalid_request\nRequest details: redirect_uri=urn:ietf:wg:oauth:2.0:oob flowName=GeneralOAuthFlow",
    ],
    [
      "Authorization Error\nError 400: invalid_request\nYou can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy for keeping apps secure.\nRequest details: redirect_uri=urn:ietf:wg:oauth:2.0:oob",
    ],
  ])('%s', (paste) => {
    const d = classify(paste);
    expect(d.entry?.id).toBe('token-oob-flow-blocked');
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.reason).toBe('credentials');
    expect(d.transient).toBe(false);
  });

  it('is a login refused that a person must fix', () => {
    const e = getEntry('token-oob-flow-blocked')!;
    expect(reasonOfEntry(e)).toBe('credentials');
    expect(e.retry.kind).toBe('fix-then-retry');
    expect(e.stage).toBe('token');
  });

  // Near misses: the token pages that were there before keep their own errors, even when the
  // request details quote an OOB redirect.
  it.each([
    ['invalid_request: Could not determine client ID from request.', 'token-invalid-request'],
    [
      '{ "error": "invalid_request", "error_description": "Missing required parameter: refresh_token" }',
      'token-invalid-request',
    ],
    [
      'Error 400: redirect_uri_mismatch\nRequest details: redirect_uri=urn:ietf:wg:oauth:2.0:oob',
      'token-redirect-uri-mismatch',
    ],
    [
      "Error 400: redirect_uri_mismatch\nYou can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy.",
      'token-redirect-uri-mismatch',
    ],
    ['http://localhost:8080/?error=access_denied&state=xyz', 'token-access-denied'],
    ['Error 400: admin_policy_enforced', 'token-admin-policy-enforced'],
  ])('not for %s', (paste, page) => {
    const got = classify(paste).entry?.id ?? null;
    expect(got).not.toBe('token-oob-flow-blocked');
    expect(got).toBe(page);
  });

  // Google's policy sentence names no flow (answer 16668185: any authorization method it no longer
  // allows), and a helper's consent URL with the OOB redirect is the request, not the refusal.
  it.each([
    [
      "Error 400: invalid_request\nYou can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy for keeping apps secure.",
    ],
    [
      "Visit this url: https://accounts.google.com/o/oauth2/auth?client_id=123.apps.googleusercontent.com&redirect_uri=urn:ietf:wg:oauth:2.0:oob&response_type=code\nsmtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')",
    ],
    // Another refusal's request details list the same redirect.
    ['Error 403: access_denied\nRequest details: redirect_uri=urn:ietf:wg:oauth:2.0:oob response_type=code'],
  ])('not for %s', (paste) => {
    expect(classify(paste).entry?.id ?? null).not.toBe('token-oob-flow-blocked');
  });
});

describe('token-app-blocked-unverified: "This app is blocked" on the consent screen', () => {
  it.each([
    [
      'This app is blocked\nThis app tried to access sensitive info in your Google Account. To keep your account safe, Google blocked this access.',
    ],
    ['Signing in with Google failed: This app tried to access sensitive info in your Google Account.'],
    ['To keep your account safe, Google blocked this access.'],
  ])('%s', (paste) => {
    const d = classify(paste);
    expect(d.entry?.id).toBe('token-app-blocked-unverified');
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.reason).toBe('credentials');
  });

  it('is a login refused that a person must fix', () => {
    const e = getEntry('token-app-blocked-unverified')!;
    expect(reasonOfEntry(e)).toBe('credentials');
    expect(e.retry.kind).toBe('fix-then-retry');
  });

  // Near misses: the testing-mode refusal and a declined consent are access_denied's page; an admin's
  // block is admin_policy_enforced's; Gmail's blocked sign-in over SMTP is no consent screen.
  it.each([
    [
      'Access blocked: Mail Sender has not completed the Google verification process\nMail Sender has not completed the Google verification process. The app is currently being tested, and can only be accessed by developer-approved testers.\nError 403: access_denied',
      'token-access-denied',
    ],
    [
      '{"error": "admin_policy_enforced", "error_description": "This application is currently blocked."}',
      'token-admin-policy-enforced',
    ],
  ])('not for %s', (paste, page) => {
    const got = classify(paste).entry?.id ?? null;
    expect(got).not.toBe('token-app-blocked-unverified');
    expect(got).toBe(page);
  });

  it('not for the word "blocked" alone', () => {
    for (const paste of ['This app is blocked', 'Google blocked this sign-in attempt'])
      expect(classify(paste).entry?.id ?? null).not.toBe('token-app-blocked-unverified');
  });
});

describe('api-invalid-from-header: the Gmail API refusing a message for its From header', () => {
  it.each([
    [
      '<HttpError 400 when requesting https://gmail.googleapis.com/gmail/v1/users/me/messages/import?alt=json returned "Invalid From header">',
    ],
    [
      '<HttpError 400 when requesting https://gmail.googleapis.com/upload/gmail/v1/users/me/messages/import?uploadType=multipart&alt=json returned "Expected a single \'From\' header">',
    ],
  ])('%s', (paste) => {
    const d = classify(paste);
    expect(d.entry?.id).toBe('api-invalid-from-header');
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    expect(d.reason).toBe('syntax');
    expect(d.transient).toBe(false);
  });

  // Go's googleapi line names no Gmail host: the page, with less confidence (as for the To header).
  it('googleapi: Error 400: Invalid From header, invalidArgument', () => {
    const d = classify('googleapi: Error 400: Invalid From header, invalidArgument');
    expect(d.entry?.id).toBe('api-invalid-from-header');
    expect(d.reason).toBe('syntax');
  });

  // Near misses: the To header's page, and Gmail's SMTP refusals about From keep their pages.
  it.each([
    ['googleapi: Error 400: Invalid To header, invalidArgument', 'api-invalid-to-header'],
    [
      '550-5.7.1 Messages missing a valid address in From: header, or having no From: header, are not accepted. - gsmtp',
      '550-5.7.1-missing-from',
    ],
  ])('not for %s', (paste, page) => {
    const got = classify(paste).entry?.id ?? null;
    expect(got).not.toBe('api-invalid-from-header');
    expect(got).toBe(page);
  });
});
