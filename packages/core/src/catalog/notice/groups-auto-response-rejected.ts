import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'groups-auto-response-rejected',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Your email looks like an auto-response so is not being accepted.',
  fromGoogleList: false,
  title: 'Google Groups refused a message that looks like an automatic reply',
  severity: 'medium',
  summary:
    'A Google group (a googlegroups.com list or a Google Workspace group address) refused your message because its headers mark it as an automatic reply. Groups drop auto-replies so that an out-of-office and a list cannot answer each other forever. If your application sends ordinary notifications with auto-reply headers, remove them.',
  whatYouSee: [
    'Technical details of permanent failure:',
    'Your email looks like an auto-response so is not being accepted.',
  ],
  whatsHappening:
    "RFC 3834 lets software mark mail it sends automatically (`Auto-Submitted: auto-replied`, and the vendor headers `X-Autoreply`, `X-Auto-Response-Suppress`, `Precedence: auto_reply`). A group forwards each post to every member, so an auto-reply accepted by a group can set off replies from members' autoresponders and loop. Google Groups therefore refuses messages that carry auto-reply markers and bounces them with this notice. Helpdesk and ticket systems often add these headers to every alert and notice they send, which makes their mail to a group address fail this way.",
  causes: [
    'A helpdesk, ticketing or monitoring system adds `Auto-Submitted: auto-replied` or `X-Autoreply` to all its notifications',
    'An out-of-office or vacation reply was sent to a group address',
    'A forwarding rule re-sent an automatic message to a group',
  ],
  fixes: [
    {
      title: 'Send notifications without auto-reply headers',
      detail:
        'In the sending application, mark only true automatic replies as such; alerts and notices addressed to a group should go out without `Auto-Submitted: auto-replied`, `X-Autoreply` and `Precedence: auto_reply` (RFC 3834 allows `Auto-Submitted: auto-generated` for notifications).',
    },
    {
      title: 'Address the members, not the group',
      detail: 'If the headers cannot be changed, send the notification to the members individually.',
    },
  ],
  prevention:
    'Test every kind of automated message against the group addresses it will reach before going live.',
  related: ['groups-no-permission-to-post', 'groups-rejected-as-spam'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The group refuses the message again until the auto-reply headers are gone.',
  },
  stage: 'DATA',
  signature: {
    phrases: ['looks like an auto-response so is not being accepted'],
  },
  sources: ['https://github.com/osTicket/osTicket-1.7/issues/609', 'https://www.rfc-editor.org/rfc/rfc3834'],
  checked: '2026-12-03',
};
