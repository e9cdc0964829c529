import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '552-5.3.4-header-too-large',
  provider: 'gmail',
  replyCode: 552,
  enhancedCode: '5.3.4',
  providerText:
    "Your message exceeded Google's message header size limits. To view our header size guidelines, go to Gmail message header limits.",
  fromGoogleList: true,
  googleListRows: [
    "Your message exceeded Google's message header size limits. Messages must not exceed limit total header bytes or limit header fields. To view our header size guidelines, go to Gmail message header limits.",
    "The size of the header name header value (size bytes) exceeds Google's limit of limit bytes per individual header size. To view our header size guidelines, go to Gmail message header limits.",
    "The size of one of the header values (size bytes) exceeds Google's limit of limit bytes per individual header size. To view our header size guidelines, go to Gmail message header limits.",
    "The size of a header name (size bytes) exceeds Google's header name limit of limit bytes. To view our header size guidelines, go to Gmail message header limits.",
    "Your message has a Subject: header that exceeds Google's message header size limits. To view our header size guidelines, go to Gmail message header limits.",
  ],
  title: "Message headers exceed Google's header size limits",
  severity: 'medium',
  summary:
    'The message headers are too big for Gmail: all headers together, the number of header fields, one header value (often Subject:, To: or a custom X- header), or a header name. Shorten the header the reply names; this message will never be accepted as it is.',
  whatYouSee: [
    "552-5.3.4 Your message exceeded Google's message header size limits. To view our",
    '552 5.3.4 header size guidelines, go to Gmail message header limits. d2e1a72fcca58-4a0 - gsmtp',
    "552-5.3.4 The size of the header name header value (size bytes) exceeds Google's limit",
    '552 5.3.4 of limit bytes per individual header size. d2e1a72fcca58-4a0 - gsmtp',
    "552-5.3.4 Your message has a Subject: header that exceeds Google's message header",
    '552 5.3.4 size limits. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "Gmail enforces limits on the header section, separate from the message size: a total for all headers, a maximum number of header fields, a maximum size for each header value and for each header name, and a limit for Subject:. Google's current list has six wordings of this 552 5.3.4, each naming which limit was crossed and, where it applies, the sizes in bytes; Google's “Gmail message header limits” page gives the numbers. Headers grow large when an application puts data in them (a long recipient list in To: or Cc:, a JSON blob in an X- header, a very long Subject), or when a message passes through many relays and each adds trace headers. RFC 5322 only limits line length (998 characters before folding); a long value folded over many lines is still one header value for this limit.",
  causes: [
    'Hundreds of recipients written into To: or Cc: instead of sent as envelope recipients (Bcc)',
    'Application data in a custom header (an X- header with encoded JSON, tracking data or a signature blob)',
    'A Subject: built from user input or concatenated content without a length cap',
    'Many trace headers (Received:, ARC-*, Authentication-Results) added by a long relay chain or forwarding loop',
  ],
  fixes: [
    {
      title: 'Shorten the header the reply names',
      detail:
        'Cap Subject: length; move data out of custom headers into the body or a link; the reply names the header and its size when one value is too long.',
    },
    {
      title: 'Put bulk recipients in the envelope, not the headers',
      detail:
        'Send to many recipients as Bcc (envelope only) or as separate messages, so To: and Cc: stay short.',
    },
    {
      title: 'Check the relay chain',
      detail:
        'If the bounced copy shows dozens of Received: or ARC headers, look for a forwarding loop or an appliance that adds headers on every pass.',
    },
  ],
  prevention:
    'Limit header lengths in the application (Subject:, custom X- headers, recipient lists) and keep data out of headers.',
  related: [
    '552-5.3.4-message-too-large',
    '552-5.3.4-too-many-attachments',
    '550-5.7.1-rfc5322-noncompliant',
  ],
  retry: {
    kind: 'never',
    note: 'These headers will always be refused; shorten them and send a new message.',
  },
  stage: 'DATA',
  signature: {
    phrases: [
      "exceeded google's message header size limits",
      "exceeds google's message header size limits",
      'bytes per individual header size',
      "exceeds google's header name limit of",
    ],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/1366776',
    'https://www.rfc-editor.org/rfc/rfc5322#section-2.1.1',
    'https://www.rfc-editor.org/rfc/rfc3463#section-3.4',
    'https://github.com/sisimai/rb-sisimai/blob/03ab0da036c8e86e805dc94f554d5e88faf9bab4/lib/sisimai/rhost/google.rb',
    'https://github.com/azumakuniyuki/feb-2024-no-auth-no-entry/blob/2558299a6fe1211a71f59b9df063a2aee498dc6e/google-3726730-smtp-errors-and-codes/text/google-3726730-smtp-errors-and-codes-2026-02-15.txt',
  ],
  checked: '2026-12-03',
};
