import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.0-ip-not-in-whitelist',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.0',
  providerText: 'IP not in whitelist for RCPT domain, closing connection.',
  fromGoogleList: true,
  googleListRows: [
    'IP not in whitelist for RCPT domain, closing connection. For more information, go to Allowlists, denylists, and approved senders.',
  ],
  title: 'IP not in allowlist for the recipient domain',
  severity: 'high',
  summary:
    'The recipient is a Google Workspace domain that only accepts mail from listed IPs (usually its inbound gateway), and your server is not one of them. Deliver to the domain’s real MX, or have its admin add your sending IPs.',
  whatYouSee: [
    '421 4.7.0 IP not in whitelist for RCPT domain, closing connection. d2e1a72fcca58-4a0 - gsmtp',
    'status=deferred (host aspmx.l.google.com[192.0.2.26] said: 421 4.7.0 IP not in whitelist for RCPT domain, closing connection. d2e1a72fcca58-4a0 - gsmtp (in reply to RCPT TO command))',
  ],
  whatsHappening:
    'Gmail answered your RCPT TO with 421 and hung up. The recipient domain is hosted on Google Workspace, and its administrator has told Gmail to accept mail for it only from certain IP addresses. The usual setup is an inbound gateway (a third-party filter such as a secure email gateway) with "Reject all mail not from gateway IPs" turned on: the domain’s MX record points at the gateway, and Google refuses anything that arrives from elsewhere. Your server reached Google directly, from an address that is not on that list. Mail to other domains is unaffected. Although the code is 4xx, waiting alone does not fix it: either your mail has to go through the domain’s gateway, or the domain has to list your IP.',
  causes: [
    'The recipient domain uses an inbound gateway and has "Reject all mail not from gateway IPs" turned on in its Gmail settings',
    'Your server delivers straight to Google (aspmx.l.google.com) instead of the domain’s published MX: a hard-coded route, transport map or smart host entry for that domain',
    'A cached or stale MX record: the domain moved its MX to a gateway and your server still uses the old Google MX',
    'Your outbound IP changed (new server, new cloud egress, new email provider) and the recipient’s allowlist still holds the old one',
    'A forwarding or relay service you use sends from IP ranges the recipient has not listed',
  ],
  fixes: [
    {
      title: 'Deliver to the domain’s published MX',
      detail:
        'Look up the MX: `dig +short MX example.com`. If it points to a gateway and not to Google, make sure your server delivers there: remove any Postfix `transport_maps` or `relayhost` entry, Exchange send connector or app setting that sends that domain straight to aspmx.l.google.com, flush the DNS cache, then flush the queue (`postqueue -f`).',
    },
    {
      title: 'Ask the recipient to allow your IPs',
      detail:
        'If you are meant to deliver directly, send the recipient’s administrator your exact outbound IP addresses. They add them in the Google Admin console under Apps > Google Workspace > Gmail > Spam, phishing and malware > Inbound gateway, or turn off "Reject all mail not from gateway IPs" if they do not want that restriction.',
    },
    {
      title: 'Fix it on your side if you run the recipient domain',
      detail:
        'Check the Inbound gateway setting and any IP allowlists for the affected organizational unit, add the missing sender IPs or the new gateway range, and save. Changes can take a while to apply (Google quotes up to 24 hours, usually much less).',
    },
    {
      title: 'Let the queue retry, then confirm',
      detail:
        'A normal mail server keeps 4xx messages queued for days, so messages sent meanwhile are delivered once the route or allowlist is fixed. Check the deferred queue after the change rather than resending by hand.',
    },
  ],
  prevention:
    'Always route by the recipient’s current MX record, never by a hard-coded Google host, and tell partners with IP allowlists before your outbound IPs change.',
  related: [
    '421-4.7.0-tls-required-for-rcpt-domain',
    '550-5.7.1-policy-prohibited',
    '550-5.7.1-ip-not-authorized',
    '550-5.7.0-relay-denied',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: "Waiting alone will not help: resending over the same route meets the same allowlist. Deliver through the recipient domain's inbound gateway (its MX) or have its admin allow your sending IPs, then resend.",
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/a/answer/60730',
  signature: {
    phrases: ['ip not in whitelist for rcpt domain'],
  },
  sources: ['https://support.google.com/a/answer/3726730', 'https://support.google.com/a/answer/60752'],
  checked: '2026-11-23',
};
