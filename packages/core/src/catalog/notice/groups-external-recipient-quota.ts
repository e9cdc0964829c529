import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'groups-external-recipient-quota',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'The group brigade@codeforamerica.org has exceeded its quota for total number of external recipients.',
  fromGoogleList: false,
  title: 'Google Groups: the group has exceeded its quota of external recipients',
  severity: 'medium',
  summary:
    'A Google Workspace group forwarded more mail to members outside the organisation than Google allows in a day, so this post was not delivered. Wait for the daily quota to reset, and move large external audiences to a mailing-list service.',
  whatYouSee: [
    'Delivery to the following recipient failed permanently:',
    '     brigade@codeforamerica.org',
    'Technical details of permanent failure:',
    'The group brigade@codeforamerica.org has exceeded its quota for total number of external recipients.',
  ],
  whatsHappening:
    "Each message a Workspace group receives counts once for every member it is forwarded to. Google caps how many external (outside-the-domain) recipients a group's messages may reach per day, as part of Workspace sending limits. A group with many external members, or a busy thread, hits the cap and every further post that day bounces with this notice to its sender.",
  causes: [
    'The group has many members outside the organisation',
    'A busy day (long threads, many replies) multiplied by the number of external members',
    'A forwarding loop or auto-replies inflating the count',
  ],
  fixes: [
    {
      title: 'Wait for the quota to reset',
      detail: 'The limit is a rolling daily one; posts go through again once the window passes.',
    },
    {
      title: 'Reduce external fan-out',
      detail:
        'Move external members to digest delivery, or run large public lists on groups.google.com groups or a mailing-list service instead of a Workspace group.',
    },
  ],
  prevention:
    "Keep Workspace groups for internal mail and check Google's Workspace sending limits before adding large external audiences.",
  related: [
    '550-5.4.5-daily-user-limit',
    'groups-no-permission-to-post',
    '550-5.7.1-daily-relay-limit-customer',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Resend after the daily quota resets or the group has fewer external recipients.',
  },
  stage: 'any',
  helpUrl: 'https://support.google.com/a/answer/166852',
  signature: {
    phrases: ['exceeded its quota for total number of external recipients'],
  },
  sources: [
    'https://github.com/codeforamerica/brigade/issues/242',
    'https://support.google.com/a/answer/166852',
  ],
  checked: '2026-12-03',
};
