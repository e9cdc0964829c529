import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'api-invalid-from-header',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: "Invalid From header / Expected a single 'From' header",
  fromGoogleList: false,
  title: 'Gmail API: Invalid From header (400) when importing a message',
  severity: 'medium',
  summary:
    'The raw message handed to the Gmail API has a From header Gmail cannot read as one sender address: missing, repeated, or not an address at all. It shows up when restoring or importing old mail (messages.import). Fix or skip that message; the rest of the mailbox imports fine.',
  whatYouSee: [
    'googleapiclient.errors.HttpError: <HttpError 400 when requesting https://www.googleapis.com/gmail/v1/users/me/messages/import?alt=json&neverMarkSpam=true&fields=id returned "Invalid From header">',
    'HttpError: <HttpError 400 when requesting https://www.googleapis.com/upload/gmail/v1/users/me/messages/import?internalDateSource=dateHeader&neverMarkSpam=true&uploadType=multipart&alt=json returned "Expected a single \'From\' header">',
  ],
  whatsHappening:
    'users.messages.import takes a whole RFC 5322 message, and RFC 5322 requires exactly one From field holding a mailbox list. Gmail refuses the request with 400 when that field is unusable: "Invalid From header" when the field does not parse into an address, "Expected a single \'From\' header" when there is none or more than one. Old archives hold such messages, so a restore or mbox import runs for a while and then stops on the first of them. Nothing about the account or its send-as addresses is involved, and the same bytes are refused every time.',
  causes: [
    'A message in a backup or mbox whose From holds a name or text with no valid address',
    'A message with no From header, or with two (a broken export or a hand-made test message)',
    'Code that builds the raw message by hand and writes the From header unquoted or unencoded',
  ],
  fixes: [
    {
      title: 'Skip or repair the one message',
      detail:
        "Log the failing message and carry on with the rest; repair its From header (a valid address, quoted display name) before importing it again. Got Your Back's maintainer suggests --fast-restore for such messages, which restores them without threading or de-duplication.",
    },
    {
      title: 'Build messages with a MIME library',
      detail:
        "When your own code builds the messages it imports, write the headers with Python's email.message.EmailMessage, nodemailer's MailComposer or JavaMail, which quote and encode names correctly, and set exactly one From.",
    },
  ],
  prevention:
    'Validate the From header of each message before a bulk import, and let an importer skip and report bad messages instead of stopping.',
  related: ['api-invalid-to-header', '550-5.7.1-missing-from', '550-5.7.1-multiple-from-addresses'],
  retry: {
    kind: 'never',
    note: 'The same message is refused every time; fix its From header or skip it.',
  },
  stage: 'api',
  helpUrl: 'https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.messages/import',
  signature: {
    phrases: ['invalid from header', "expected a single 'from' header"],
  },
  sources: [
    'https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.messages/import',
    'https://www.rfc-editor.org/rfc/rfc5322#section-3.6',
    'https://github.com/GAM-team/got-your-back/issues/61',
    'https://github.com/google/import-mailbox-to-gmail/issues/23',
    'https://github.com/google/import-mailbox-to-gmail/issues/4',
  ],
  checked: '2026-12-05',
};
