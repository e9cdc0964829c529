import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-ip-not-authorized',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    "The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. For more information, visit 'The IP you're using to send email is not authorized...'.",
  fromGoogleList: true,
  googleListRows: [
    "The IP you're using to send email is not authorized to send email directly to our servers. Use the SMTP relay at your service provider instead. For more information, go to 'The IP you're using to send email is not authorized...'.",
  ],
  title: "The IP you're using is not authorized to send directly to Gmail",
  severity: 'critical',
  summary:
    "Gmail does not accept direct-to-MX mail from this IP, typically a residential, dynamic or otherwise 'should not run a mail server' address. Send through an authenticated relay (your ISP, Workspace, or an email provider) instead of delivering directly.",
  whatYouSee: [
    "550-5.7.1 [203.0.113.7] The IP you're using to send mail is not authorized to",
    '550-5.7.1 send email directly to our servers. Please use the SMTP relay at your',
    '550-5.7.1 service provider instead. For more information, go to',
    '550 5.7.1 https://support.google.com/mail/?p=NotAuthorizedError d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "Your server (or a library doing direct delivery, such as the old nodemailer direct transport, the sendmail npm package, or a home Postfix) connected straight to Gmail's MX on port 25. Gmail checks the connecting IP against lists of address space that is not supposed to send mail directly, mainly residential broadband, dynamic pools and some hosting ranges, and IPs without sensible reverse DNS. Mail from those addresses is refused regardless of content. The fix is architectural: hand the mail to a server that is allowed to deliver it.",
  causes: [
    'Sending from a home or office broadband connection with a dynamic or residential IP',
    'A library or script doing direct MX delivery from a laptop, container or serverless host',
    'A VPS/cloud IP listed as end-user or policy space (e.g. on Spamhaus PBL), or without a PTR record that matches its forward DNS',
    'A VPN or NAT gateway changing the outbound IP to one not intended for mail',
  ],
  fixes: [
    {
      title: 'Relay through an authenticated smarthost',
      detail:
        "Configure your MTA or app to send via a submission server: smtp.gmail.com:587 with an app password or OAuth2 for one mailbox, smtp-relay.gmail.com for a Workspace domain, your ISP's relay, or an email service. Postfix: `relayhost = [smtp.gmail.com]:587` with SASL auth; nodemailer: set `host`, `port` and `auth` instead of direct transport.",
    },
    {
      title: 'Check the IP against policy blocklists',
      detail:
        'Look the IP up at check.spamhaus.org. A PBL listing means the owner marked it as not for direct mail; on a server you control, ask the hosting provider about removal and set a proper PTR record.',
    },
    {
      title: 'Set reverse DNS and authentication',
      detail:
        'If you must send directly from a static server IP, give it a PTR record whose hostname resolves back to the same IP, list the IP in SPF, and sign with DKIM. Gmail also rejects IPs without PTR records (550 5.7.25).',
    },
  ],
  prevention:
    'Never deliver directly to Gmail from residential, dynamic or ad-hoc IPs; route application mail through a fixed, authenticated relay with SPF and DKIM in place.',
  related: [
    '550-5.7.25-missing-ptr',
    '550-5.7.1-unusual-rate-ip-blocked',
    '550-5.7.26-sender-unauthenticated',
    '550-5.7.0-relay-denied',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Every message from this IP will be refused; change the sending path before retrying.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=NotAuthorizedError',
  signature: {
    phrases: [
      'not authorized to send email directly to our servers',
      'the smtp relay at your service provider',
    ],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/Mailu/Mailu/issues/2599',
    'https://github.com/guileen/node-sendmail/issues/37',
    'https://github.com/iredmail/iRedMail/issues/264',
  ],
  checked: '2026-11-23',
};
