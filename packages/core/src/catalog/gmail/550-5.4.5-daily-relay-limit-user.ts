import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.4.5-daily-relay-limit-user',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.4.5',
  providerText:
    'Daily SMTP relay limit exceeded for user. For more information on SMTP relay sending limits please contact your administrator or visit SMTP relay service error messages.',
  fromGoogleList: true,
  googleListRows: [
    'Daily SMTP relay limit exceeded for user. For more information on SMTP relay sending limits, contact your administrator or go to SMTP relay service error messages.',
  ],
  title: 'Daily SMTP relay limit exceeded for user',
  severity: 'high',
  summary:
    'One Google Workspace user has sent more through smtp-relay.gmail.com in the last 24 hours than the relay allows per user. Stop relaying as that user, let the window roll over, and spread or move the volume.',
  whatYouSee: [
    '550-5.4.5 Daily SMTP relay limit exceeded for user. For more information on SMTP',
    '550-5.4.5 relay sending limits please contact your administrator or visit',
    '550 5.4.5 https://support.google.com/a/answer/6140680 d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'This comes from Google Workspace\'s SMTP relay service (smtp-relay.gmail.com), not from the per-mailbox submission server smtp.gmail.com. The relay lets each registered Workspace user send up to 10,000 messages to at most 10,000 unique recipients in a rolling 24 hours (less for trial accounts). Usage is counted against the envelope sender (MAIL FROM) of each transaction, not the From: header or the SMTP AUTH login; an envelope sender that is not a registered user is not subject to the per-user cap. Once that user passes the cap, every further message for that user is refused with 550 5.4.5 until older sends age out of the window. Other users in the domain can still relay. The wording says "relay limit ... for user"; the similar "Daily user sending limit exceeded" comes from smtp.gmail.com and the Gmail mailbox limit, and "for customer" means the whole domain\'s relay pool is spent.',
  causes: [
    'An application, printer or CRM relays everything with one Workspace user as envelope sender, so the whole volume lands on that user',
    'A bulk or newsletter send pushed through the relay instead of a bulk email provider',
    'A retry loop or duplicate job re-sending the same batch, multiplying recipients',
    'A compromised device, form or relay credential being used to send spam through the relay',
    'Each recipient counts: one message to 200 addresses uses 200 of the allowance',
  ],
  fixes: [
    {
      title: 'Stop the sender and let the window roll',
      detail:
        'Pause the job that relays as this user. The limit is a rolling 24 hours, so capacity comes back gradually as sends from a day ago age out; there is no reset button and retrying now only adds failures. Queue the unsent messages rather than dropping them.',
    },
    {
      title: 'Find out what used the allowance',
      detail:
        "In the Admin console open Reporting > Email Log Search, filter by the sender for the last 24 hours, and check volume by source IP. If you do not recognise the volume, rotate the SMTP AUTH password or app password for that user and tighten the relay's allowed IP list before resuming.",
    },
    {
      title: 'Spread volume across senders or move bulk mail off the relay',
      detail:
        'Give different systems different envelope senders (separate registered users or addresses) so no single user carries everything, and move newsletters and campaigns to a dedicated bulk provider. Google publishes the relay caps at https://support.google.com/a/answer/2956491 and the mailbox limits at https://support.google.com/a/answer/166852.',
    },
    {
      title: 'Throttle and deduplicate in the sending app',
      detail:
        'Cap recipients per hour in the application, make retries idempotent (one message per recipient per event), and treat 550 5.4.5 as a stop signal: with nodemailer, check `err.responseCode === 550` and a response containing `relay limit` and pause the queue instead of retrying each message.',
    },
  ],
  prevention:
    'Give each sending system its own envelope sender, cap its hourly volume below the daily budget, and alert on relay volume per user before it reaches the cap; bulk marketing belongs on a bulk email provider.',
  related: [
    '550-5.7.1-daily-relay-limit-customer',
    '450-4.2.1-peak-relay-limit',
    '550-5.4.5-daily-user-limit',
    '550-5.4.5-daily-sending-quota',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Permanent for this attempt: pause the relay for this user and resend queued mail only after the rolling 24-hour window has freed capacity or the volume has been moved to another sender.',
  },
  stage: 'MAIL',
  helpUrl: 'https://support.google.com/a/answer/6140680',
  // 'for user' separates this from the customer-wide relay cap (550 5.7.1) and from the 450 4.2.1 peak relay limit.
  signature: {
    phrases: ['daily smtp relay limit exceeded for user'],
  },
  sources: [
    'https://support.google.com/a/answer/2956491',
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/6140680',
    'https://support.google.com/a/answer/166852',
  ],
  checked: '2026-12-03',
};
