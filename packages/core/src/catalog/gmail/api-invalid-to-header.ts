import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'api-invalid-to-header',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Invalid To header',
  fromGoogleList: false,
  title: 'Gmail API: Invalid To header (400 invalidArgument)',
  severity: 'medium',
  summary:
    'The raw message you sent has a To (or Cc, Bcc) header Gmail cannot parse into addresses. Build the message with a MIME library and pass addresses as a list or a properly quoted, comma-separated string.',
  whatYouSee: [
    "Error sending email: <HttpError 400 when requesting https://gmail.googleapis.com/gmail/v1/users/me/messages/send?alt=json returned \"Invalid To header\". Details: \"[{'message': 'Invalid To header', 'domain': 'global', 'reason': 'invalidArgument'}]\">",
    'DATA:{"error"=>{"errors"=>[{"domain"=>"global", "reason"=>"invalidArgument", "message"=>"Invalid to header"}], "code"=>400, "message"=>"Invalid to header"}}',
  ],
  whatsHappening:
    'users.messages.send takes an RFC 5322 message (raw, base64url) and reads its recipients from the To, Cc and Bcc headers. When one of them is not a valid address list (a bare name, an unquoted display name with a comma, colon or parenthesis, a Python list turned into a string letter by letter, an address without a domain) Gmail refuses the whole message with 400 invalidArgument "Invalid To header". Nothing is sent; sending the same bytes again gets the same answer.',
  causes: [
    'A display name with special characters (, : ; ( ) ") not quoted: To: Last, First <a@example.com>',
    'A list passed where a string was expected, or the reverse, so the header holds ["a@x.com"] or single characters',
    'An address without a domain or with a typo (human@f, missing @)',
    'Non-ASCII display names not encoded (RFC 2047) by a hand-built message',
  ],
  fixes: [
    {
      title: 'Build the message with a MIME library',
      detail:
        "Use nodemailer's MailComposer, Python's email.message.EmailMessage, Go's net/mail, or JavaMail to write the headers; they quote and encode names correctly.",
    },
    {
      title: 'Validate recipients before sending',
      detail: 'Reject addresses that do not parse (e.g. with an address parser) and show which one is wrong.',
    },
  ],
  prevention:
    'Never concatenate header strings by hand; keep recipients as structured lists until the message is built.',
  related: ['api-recipient-address-required', '553-5.1.2-domain-not-found'],
  retry: {
    kind: 'never',
    note: 'The same message will always be refused; fix the header and send a new message.',
  },
  stage: 'api',
  helpUrl: 'https://developers.google.com/gmail/api/guides/sending',
  signature: {
    phrases: ['invalid to header'],
  },
  sources: [
    'https://developers.google.com/gmail/api/guides/sending',
    'https://github.com/googleapis/google-api-ruby-client/issues/173',
    'https://github.com/langchain-ai/langchain/issues/6234',
    'https://github.com/langchain-ai/agents-from-scratch/pull/47',
    'https://github.com/FlowCrypt/flowcrypt-browser/issues/2443',
    'https://github.com/FlowCrypt/flowcrypt-browser/issues/1370',
  ],
  checked: '2026-12-03',
};
