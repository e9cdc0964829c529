import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '550-5.7.1-daily-relay-limit-customer',
  provider: 'gmail',
  replyCode: 550,
  enhancedCode: '5.7.1',
  providerText:
    'Daily SMTP relay limit exceeded for customer. For more information on SMTP relay sending limits please contact your administrator or visit SMTP relay service error messages.',
  fromGoogleList: true,
  googleListRows: [
    'Daily SMTP relay sending limit exceeded for this customer. For more information on SMTP relay sending limits, contact your administrator or visit SMTP relay service error messages.',
  ],
  title: 'Daily SMTP relay limit exceeded for customer',
  severity: 'critical',
  summary:
    "Your whole Google Workspace account (the 'customer') has used up its daily SMTP relay allowance, so every system relaying through smtp-relay.gmail.com is refused. Find what used it, stop it, and wait for the rolling window.",
  whatYouSee: [
    '550-5.7.1 Daily SMTP relay limit exceeded for customer. For more information on',
    '550-5.7.1 SMTP relay sending limits please contact your administrator or visit',
    '550 5.7.1 https://support.google.com/a/answer/6140680 d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    "Besides the per-user cap (10,000 messages and 10,000 unique recipients a rolling 24 hours), the Workspace SMTP relay has an organization-wide (per customer) cap: at most 4.6 million non-unique recipients in a rolling 24 hours and 319,444 per 10 minutes, and Google may set it lower for an organization based on its sending practices or while the account is in a trial period. Once the total relayed by all users, devices and IP-allowlisted servers passes it, the relay rejects everything for the customer with 550 5.7.1 until the rolling 24-hour window frees capacity. '450 4.2.1 Peak SMTP relay limit exceeded for customer' is the 10-minute version of the same organization-wide cap and is only a deferral; this daily one bounces the message. Mail sent by users from Gmail itself is not affected; only relay traffic is.",
  causes: [
    'A bulk campaign, newsletter or large notification run sent through the relay',
    'A compromised device, web form or server with a relay-allowlisted IP sending spam',
    'A runaway job or retry loop re-sending the same messages',
    'A trial Workspace account, or an organization whose relay limit Google lowered because of spam complaints or bounces',
  ],
  fixes: [
    {
      title: 'Find and stop the source',
      detail:
        'In the Admin console open Reporting > Email Log Search for the last 24 hours and group relay traffic by sender and source IP. Stop the job or device responsible; if the traffic is not yours, remove its IP from the SMTP relay rule and rotate any relay credentials.',
    },
    {
      title: 'Wait out the rolling window',
      detail:
        'Capacity returns as sends from 24 hours ago age out; there is no manual reset. Keep unsent mail queued (do not drop it) and release it gradually once the relay accepts again.',
    },
    {
      title: 'Move bulk volume elsewhere',
      detail:
        'Send marketing and high-volume notifications through a dedicated bulk email provider and keep the Workspace relay for operational mail. Ending a free trial does not raise the limits by itself: Google raises them automatically once the account has paid at least USD 100 in total (for a domain bought from Google, its price plus USD 100) and 60 days have passed since it reached that amount.',
    },
    {
      title: 'Lock down the relay rule',
      detail:
        "Restrict the SMTP relay service to specific static IPs, require SMTP authentication, and allow only addresses in your domains, so no stray host can spend the domain's allowance.",
    },
  ],
  prevention:
    'Budget relay volume across all systems, alert before it approaches the domain cap, and keep bulk mail off the Workspace relay.',
  related: [
    '550-5.4.5-daily-relay-limit-user',
    '450-4.2.1-peak-relay-limit',
    '550-5.7.1-invalid-relay-credentials',
    '550-5.4.5-daily-sending-quota',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Stop relay traffic, remove the cause, and resend queued mail only after the rolling 24-hour window has freed capacity.',
  },
  stage: 'MAIL',
  helpUrl: 'https://support.google.com/a/answer/6140680',
  // Keep 'daily': '450 4.2.1 Peak SMTP relay limit exceeded for customer' shares the rest of the wording.
  signature: {
    phrases: [
      'daily smtp relay limit exceeded for customer',
      'daily smtp relay sending limit exceeded for this customer',
    ],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://support.google.com/a/answer/6140680',
    'https://support.google.com/a/answer/2956491',
    'https://support.google.com/a/answer/166852',
  ],
  checked: '2026-12-03',
};
