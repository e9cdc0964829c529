import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '421-4.7.0-unusual-rate-ip-blocked',
  provider: 'gmail',
  replyCode: 421,
  enhancedCode: '4.7.0',
  providerText:
    'Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked. For more information, visit Prevent mail to Gmail users from being blocked or sent to spam.',
  fromGoogleList: true,
  title: 'Unusual rate of unsolicited mail: IP temporarily blocked',
  severity: 'high',
  summary:
    'Gmail judged that too much of the mail coming from your IP looks like spam and is deferring everything from that IP for now. Slow down, find what is sending the unwanted mail, and fix authentication and list hygiene before volume goes back up.',
  whatYouSee: [
    '421-4.7.0 [203.0.113.7      15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked.',
    '421-4.7.0 [203.0.113.7      15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines. d2e1a72fcca58-4a0 - gsmtp',
    'status=deferred (host gmail-smtp-in.l.google.com[192.0.2.27] said: 421-4.7.0 [203.0.113.7      15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. (in reply to end of DATA command))',
  ],
  whatsHappening:
    'This comes from Gmail’s inbound servers (gmail-smtp-in.l.google.com, aspmx.l.google.com) to a server delivering mail directly, not from smtp.gmail.com to a mail client. Gmail scores each sending IP on how its recipients react: spam reports, unknown recipients, authentication, volume patterns. When the IP’s recent mail looks unsolicited, Gmail defers all of it with 421 4.7.0 after DATA. Nothing has bounced yet and your queue will retry, but every retry that brings the same kind of mail keeps the score down. If nothing changes, the same text comes back as a permanent 550 5.7.1 block. Newer servers send the same situation as 421 4.7.28.',
  causes: [
    'A sudden jump in volume from the IP: a campaign blast, a new or cold IP with no warm-up, or a backlog flushed at once',
    'Many recipients marking your mail as spam (a spam rate above 0.3% in Postmaster Tools breaks Gmail’s sender rules)',
    'A compromised account, web form or script on your server sending spam you do not know about',
    'Missing or failing SPF, DKIM or DMARC, or no matching PTR record for the IP',
    'A shared or recycled cloud IP whose earlier users sent spam',
    'Sending to old or purchased lists with many unknown or inactive addresses',
  ],
  fixes: [
    {
      title: 'Slow down mail to Gmail',
      detail:
        'Pause or throttle the Gmail queue instead of letting it retry at full speed. In Postfix, route gmail.com (and domains whose MX is Google) through a dedicated transport with `gmail_destination_concurrency_limit = 2` and `gmail_destination_rate_delay = 1s`, then raise it slowly once deferrals stop.',
    },
    {
      title: 'Find and stop unwanted mail',
      detail:
        'Inspect the outbound queue (`mailq`) and logs for senders, subjects or scripts you do not recognise. Reset passwords of compromised accounts, add CAPTCHA or rate limits to web forms, and delete queued spam before it is retried.',
    },
    {
      title: 'Authenticate the mail and the IP',
      detail:
        'Publish SPF for the envelope domain, sign with DKIM, and publish a DMARC record whose domain aligns with the From: header. Give the IP a PTR record whose hostname resolves back to the same IP. Senders of more than 5,000 messages a day to Gmail also need one-click unsubscribe (RFC 8058) on marketing mail.',
    },
    {
      title: 'Watch spam rate and compliance in Postmaster Tools',
      detail:
        'Verify your domain at https://postmaster.google.com and track what v2 shows: user-reported spam rate, compliance status, authentication, TLS and delivery errors (there is no IP or domain reputation dashboard since v1 was retired on 30 September 2025; these deferrals appear under delivery errors). Keep the user-reported spam rate below 0.3% (ideally under 0.1%), remove bounced and inactive addresses, and send only to people who asked for the mail.',
    },
    {
      title: 'Warm up new IPs',
      detail:
        'When you move to a new IP, start with a few hundred messages a day to engaged recipients and double volume every few days, rather than moving all traffic at once.',
    },
  ],
  prevention:
    'Authenticate every message (SPF, DKIM, aligned DMARC), keep lists clean and opt-in, ramp volume gradually, and watch the spam rate and delivery errors in Postmaster Tools so a rise is caught before Gmail blocks the IP.',
  related: [
    '550-5.7.1-unusual-rate-ip-blocked',
    '421-4.7.28-unusual-rate-limited',
    '421-4.7.0-spf-and-dkim-fail',
    '550-5.7.25-missing-ptr',
    '550-5.7.1-likely-unsolicited',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 1_800_000,
    maxDelayMs: 14_400_000,
    note: 'Retry slowly and at reduced volume; fast retries of the same mail extend the block.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/?p=UnsolicitedRateLimitError',
  signature: {
    // Only the "temporarily blocked" words: "unusual rate of unsolicited mail" is also the
    // "temporarily rate limited" reply's (421-4.7.28-unusual-rate-limited, sent under 421 4.7.0 too),
    // and a phrase both share would let the 4.7.0 code override the words (wording beats code).
    // Both replies share 4.7.28's "unsolicited mail originating from your ip address"; the codes
    // then pick this page for a 4.7.0 "temporarily blocked".
    phrases: ['your ip address has been temporarily blocked'],
  },
  sources: [
    'https://support.google.com/mail/answer/81126',
    'https://support.google.com/a/answer/14229414',
    'https://support.google.com/a/answer/3726730',
    'https://github.com/zone-eu/zone-mta/pull/201',
    'https://github.com/mail-in-a-box/mailinabox/issues/1771',
    'https://support.google.com/mail/answer/6227174',
    'https://developers.google.com/workspace/gmail/postmaster',
    'https://www.practicalecommerce.com/?p=1556723',
  ],
  checked: '2026-12-03',
};
