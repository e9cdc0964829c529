import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '501-5.5.2-cannot-decode-response',
  provider: 'gmail',
  replyCode: 501,
  enhancedCode: '5.5.2',
  providerText: 'Cannot Decode response.',
  fromGoogleList: true,
  googleListRows: [
    'Syntax error, cannot decode response. For more information, go to About SMTP error messages.',
  ],
  title: 'Cannot decode response (malformed AUTH data)',
  severity: 'high',
  summary:
    'Gmail could not base64-decode what your client sent during AUTH, so it never even checked the credentials. The AUTH string is built wrong (usually a hand-rolled XOAUTH2 or PLAIN string); fix the encoding, not the password.',
  whatYouSee: [
    '501 5.5.2 Cannot Decode response. d2e1a72fcca58-4a0 - gsmtp',
    "smtplib.SMTPAuthenticationError: (501, b'5.5.2 Cannot Decode response d2e1a72fcca58-4a0 - gsmtp')",
    'Error: Invalid login: 501 5.5.2 Cannot Decode response d2e1a72fcca58-4a0 - gsmtp',
    'Net::SMTPAuthenticationError: 501 5.5.2 Cannot Decode response d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Every SASL exchange on smtp.gmail.com is base64: the initial response after `AUTH PLAIN` or `AUTH XOAUTH2`, and every line you send after a 334 challenge. When the line is not valid base64, or decodes to something that does not have the shape the mechanism requires, Gmail answers 501 5.5.2 and aborts the AUTH. The password or token has not been judged at all yet, which is why changing it does nothing. It shows up almost only with custom or half-configured OAuth2 code: an XOAUTH2 string that is not base64, is base64-encoded twice, lacks the `\\x01` separators, or was wrapped over several lines. Newer versions of Google\'s table word it as "Syntax error, cannot decode response".',
  causes: [
    'XOAUTH2 string built by hand in the wrong format: it must be `user=<email>\\x01auth=Bearer <access-token>\\x01\\x01`, then base64-encoded once',
    'The SASL string base64-encoded twice, or sent raw without encoding',
    'Base64 output wrapped with line breaks (e.g. `base64` CLI default wrapping at 76 characters, Python `encodebytes`) so Gmail receives a partial line',
    "Python bytes/str mix-up: `str(base64.b64encode(...))` sends `b'dXNl...'`, which is not valid base64",
    'A client that answers the 334 challenge of a failed XOAUTH2 attempt with something other than an empty line',
  ],
  fixes: [
    {
      title: 'Let the library build the AUTH string',
      detail:
        "Use the library's OAuth2 support instead of a hand-built string. nodemailer: `auth: { type: 'OAuth2', user, clientId, clientSecret, refreshToken }` (or `accessToken`). Python smtplib: `server.auth('XOAUTH2', lambda challenge=None: f'user={user}\\x01auth=Bearer {token}\\x01\\x01')` — `auth()` does the base64 itself, so do not encode it again.",
    },
    {
      title: 'Check the XOAUTH2 string byte by byte',
      detail:
        "Decode what you send: `echo -n <string> | base64 -d | od -c`. It must read `user=you@example.com^Aauth=Bearer ya29...^A^A` (^A is \\x01), with no newline and no quotes. Encode it once, on one line (`base64 -w0`, `Buffer.from(s).toString('base64')`, `base64.b64encode`).",
    },
    {
      title: 'Send text, not a bytes representation',
      detail:
        "In Python 3, decode the encoded value before building the command: `base64.b64encode(raw).decode('ascii')`. Never concatenate `str()` of a bytes object, which adds `b'...'` around it.",
    },
    {
      title: 'Answer a 334 challenge with an empty line',
      detail:
        'If Gmail replies `334 <base64 JSON>` to XOAUTH2, the token was rejected; send an empty line to get the final error, then refresh the token. Do not send the token again on that line.',
    },
  ],
  prevention:
    "Use a maintained SMTP library's built-in OAuth2/XOAUTH2 support and test AUTH once at start-up, so an encoding mistake fails before real mail is queued.",
  related: [
    '334-xoauth2-challenge',
    '535-5.7.8-bad-credentials',
    '535-5.5.4-optional-argument-not-permitted',
    '504-5.7.4-unrecognized-auth-type',
    'token-invalid-grant-expired-or-revoked',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The AUTH data is malformed; resending the same string fails every time. Fix how the SASL string is built, then retry.',
  },
  stage: 'AUTH',
  signature: {
    phrases: ['cannot decode response'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/nodemailer/nodemailer/issues/144',
    'https://github.com/nfo/gmail_xoauth/issues/17',
    'https://github.com/soywod/iris.vim/issues/45',
    'https://developers.google.com/gmail/imap/xoauth2-protocol',
  ],
  checked: '2026-11-23',
};
