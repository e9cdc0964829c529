import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-rfc5322-noncompliant',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    'Our system has detected that this message is not RFC 5322 compliant: duplicate headers. To reduce the amount of spam sent to Gmail, this message has been blocked. Please visit https://support.google.com/mail/?p=RfcMessageNonCompliant and review RFC 5322 specifications for more information.',
  fromGoogleList: false,
  googleListRows: [
    'This message is not RFC 5322 compliant because it has duplicate headers. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
    'This message is not RFC 5322 compliant because the From: header is missing. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
    'This message is not RFC 5322 compliant because it has multiple From: headers. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
    'This message is not RFC 5322 compliant because the From: header has a non-compliant domain name. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
    'This message is not RFC 5322 compliant. There are multiple header-name headers. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
    'This message is not RFC 5322 compliant. There is a malformed header- name header. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
  ],
  title: 'Message is not RFC 5322 compliant (duplicate or missing headers)',
  severity: 'high',
  summary:
    'Gmail rejected the message because its header block breaks RFC 5322: a header that may appear once appears twice (From, To, Subject, Reply-To, Date, Message-ID), or a required one is missing. The reply names the problem; fix how the message is built.',
  whatYouSee: [
    '550-5.7.1 [2001:db8::3d] Our system has detected that this message is not',
    '550-5.7.1 RFC 5322 compliant: duplicate headers. To reduce the amount of spam',
    '550-5.7.1 sent to Gmail, this message has been blocked. Please review',
    '550 5.7.1  RFC 5322 specifications for more information. d2e1a72fcca58-4a0 - gsmtp',
    '',
    '550-5.7.1 This message is not RFC 5322 compliant. There are multiple Reply-To headers.',
    '550-5.7.1 To reduce the amount of spam sent to Gmail, this message has been blocked.',
    '550-5.7.1 Please visit https://support.google.com/mail/?p=RfcMessageNonCompliant and review',
    '550 5.7.1 RFC 5322 specifications for more information. d2e1a72fcca58-4a0 - gsmtp',
    '',
    '550-5.7.1 Our system has detected that this message is',
    '550-5.7.1 not RFC 2822 compliant. To reduce the amount of spam sent to Gmail,',
    '550-5.7.1 this message has been blocked. Please review',
    '550 5.7.1 RFC 2822 specifications for more information. x7si17045593eeo.307 - gsmtp',
  ],
  whatsHappening:
    'RFC 5322 allows certain header fields at most once (From, Sender, Reply-To, To, Cc, Bcc, Subject, Date, Message-ID) and requires From and Date. Gmail enforces this strictly for mail to its users and rejects violations at the end of DATA with 550 5.7.1 and the RfcMessageNonCompliant link. The detail after the colon varies: "duplicate headers", "\'From\' header is missing", or, in newer wordings, "because it has multiple From: headers" and "This message is not RFC 5322 compliant. There are multiple Reply-To headers." It usually comes from code that adds a header the library already sets, or a mailing list or gateway that adds its own copy. Replies from before about 2014 say the same under the same code with RFC 2822, the standard RFC 5322 replaced.',
  causes: [
    'Application code adding To/From/Subject/Reply-To as custom headers in addition to the library setting them',
    'A mailing list or relay adding a second Reply-To, To or Date header',
    'Building the message by hand (e.g. Go net/smtp, raw sockets) without a From header or without the blank line that ends the headers',
    'Several recipients written as repeated To: lines instead of one comma-separated To header',
    'Line-ending problems (bare LF, mixed CRLF/LF) that make a header spill into a second one',
  ],
  fixes: [
    {
      title: 'Read which header is wrong',
      detail:
        'The text after "not RFC 5322 compliant" names it. Capture the exact message your app sends (nodemailer `streamTransport: true`, Python `msg.as_string()`, Postfix `always_bcc` to a test box) and count each header.',
    },
    {
      title: 'Let the library own the standard headers',
      detail:
        'Set recipients and subject through the API (`to`, `cc`, `subject`, `replyTo`) and remove the same names from any custom `headers` map. In Python use `EmailMessage` and assign each header once (`msg["To"] = ", ".join(addrs)`).',
    },
    {
      title: 'Put all recipients in one header',
      detail:
        'Use a single `To:` with comma-separated addresses (same for Cc). Never emit one To: line per recipient.',
    },
    {
      title: 'Fix lists and gateways',
      detail:
        'If a mailing list adds Reply-To, remove custom Reply-To headers in its settings (or set it to replace rather than add). Check relays and signature appliances for headers they add twice.',
    },
  ],
  prevention:
    'Build messages with a maintained MIME library, never add standard headers by hand, and test new templates against a Gmail inbox before release.',
  related: [
    '550-5.7.1-missing-from',
    '550-5.7.1-missing-message-id',
    '554-5.6.0-malformed',
    '550-5.7.1-likely-unsolicited',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The same bytes will always be rejected; fix the header block and send a new message.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=RfcMessageNonCompliant',
  signature: {
    // The RfcMessageNonCompliant link is shared with 550-5.7.1-missing-message-id (same code), so it is not used as a phrase.
    // Until about 2014 Gmail said the same rejection under the same code, naming RFC 2822 (the
    // standard RFC 5322 replaced); whatYouSee shows that older reply second. Its closing sentence is
    // the phrase: other servers say "not RFC 2822 compliant" in their own refusals too.
    // Google's list words the duplicate-header case "There are multiple header-name headers"; the
    // Reply-To case, the one seen cut after that sentence, names this page without the rest.
    phrases: [
      'not rfc 5322 compliant',
      'rfc 2822 specifications for more information',
      'there are multiple reply-to headers',
    ],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/mail/?p=RfcMessageNonCompliant',
    'https://github.com/domodwyer/mailyak/issues/70',
    'https://github.com/Chaste/Chaste/issues/268',
    'https://github.com/pivotal-cf/email-resource/issues/9',
    'https://github.com/Mailtrain-org/mailtrain/issues/299',
  ],
  checked: '2026-11-23',
};
