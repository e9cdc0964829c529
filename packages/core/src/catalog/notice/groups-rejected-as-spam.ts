import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'groups-rejected-as-spam',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'Message rejected by Google Groups. Please visit http://mail.google.com/support/bin/answer.py?hl=en&answer=188131 to review our Bulk Email Senders Guidelines.',
  fromGoogleList: false,
  title: 'Message rejected by Google Groups (Bulk Email Senders Guidelines)',
  severity: 'medium',
  summary:
    "Google Groups' spam filter refused your post before it reached the group's members or moderators. Check the sending domain's SPF/DKIM/DMARC and the message content; if many posters are hit at once it is a Groups-side problem that clears by itself.",
  whatYouSee: [
    'Delivery to the following recipient failed permanently:',
    '     support@sfox.com',
    'Technical details of permanent failure:',
    'Message rejected by Google Groups. Please visit http://mail.google.com/support/bin/answer.py?hl=en&answer=188131 to review our Bulk Email Senders Guidelines.',
  ],
  whatsHappening:
    "Google Groups runs Gmail's spam checks on every post. When a post fails them (the sender's domain does not authenticate, the content looks like bulk mail, or the sending IP has a poor reputation), Groups rejects it and points at Google's bulk sender guidelines. Unlike a moderation hold, nothing is queued for a moderator: the post is gone and must be sent again once the cause is fixed.",
  causes: [
    "The sending domain's SPF or DKIM fails, or DMARC rejects the message",
    'The post looks like bulk or promotional mail',
    'The sending server or IP has a poor reputation with Gmail',
    'A transient Google Groups problem rejecting legitimate posts from many senders',
  ],
  fixes: [
    {
      title: 'Check authentication',
      detail:
        'Look at the Authentication-Results of a message you sent to a Gmail address: SPF, DKIM and DMARC should all pass for your domain.',
    },
    {
      title: 'Post through the web interface',
      detail: 'If the email path keeps failing, post on groups.google.com while the cause is investigated.',
    },
    {
      title: 'Ask the group owner',
      detail: "Owners can see whether other members' posts are rejected too and report it to Google.",
    },
  ],
  prevention:
    "Authenticate the domains you post from (SPF, DKIM, DMARC) and follow Google's sender guidelines.",
  related: ['groups-no-permission-to-post', '550-5.7.1-likely-unsolicited', '550-5.7.26-unauthenticated'],
  retry: {
    kind: 'fix-then-retry',
    note: 'The post was discarded; send it again after fixing the cause.',
  },
  stage: 'DATA',
  helpUrl: 'https://support.google.com/mail/answer/188131',
  signature: {
    phrases: ['message rejected by google groups', 'our bulk email senders guidelines'],
  },
  sources: [
    'https://support.google.com/mail/answer/188131',
    'https://github.com/lavab/mailer/issues/67',
    'https://github.com/DynamoRIO/dynamorio/issues/5897',
  ],
  checked: '2026-12-03',
};
