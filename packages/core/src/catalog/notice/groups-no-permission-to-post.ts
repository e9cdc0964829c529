import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'groups-no-permission-to-post',
  provider: 'gmail',
  replyCode: null,
  enhancedCode: null,
  providerText:
    "We're writing to let you know that the group you tried to contact (group-name) may not exist, or you may not have permission to post messages to the group.",
  fromGoogleList: false,
  title: 'Google Groups: the group may not exist, or you may not post to it',
  severity: 'medium',
  summary:
    'The address is a Google Group (often a Workspace group such as info@ or privacy@), and it does not accept posts from you: outsiders, non-members, or everyone may be barred from posting. Ask the group owner to allow your address, or write to a person instead.',
  whatYouSee: [
    "We're writing to let you know that the group you tried to contact (editor) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:",
    ' * You might have spelled or formatted the group name incorrectly.',
    ' * The owner of the group may have removed this group.',
    ' * You may need to join the group before receiving permission to post.',
    ' * This group may not be open to posting.',
    'If you have questions related to this or any other Google Group, visit the Help Center at https://support.google.com/a/mg.co.za/bin/topic.py?topic=25838.',
    'If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/.',
  ],
  whatsHappening:
    'Google Groups checks who may post before it accepts a message for a group. When the group\'s "Who can post" setting excludes you (only members, only managers, only the organisation), or the group was deleted, Groups bounces the message with this notice from mailer-daemon@googlemail.com, signed by "Google Groups" or "<domain> admins". It deliberately does not say which of the reasons applies, so that outsiders cannot learn whether the group exists. The notice is sent in the sender\'s language; its structure and the Groups help link stay the same.',
  causes: [
    'The group only accepts posts from members, managers or people in the organisation',
    'You are posting from a different address than the one that is a member',
    'The group was deleted or renamed, or the address is misspelt',
    'The group is an announcement-only list',
  ],
  fixes: [
    {
      title: 'Post from your member address, or join',
      detail: 'Send from the address that is subscribed to the group, or ask to join it first.',
    },
    {
      title: 'Ask the owner to open posting',
      detail:
        'In Google Groups (or the Workspace Admin console) the owner sets Group settings > Who can post to include external users or "Anyone on the web".',
    },
    {
      title: 'Find another contact',
      detail:
        'For role addresses (privacy@, info@) that are closed groups, look for a personal contact or a web form on the site.',
    },
  ],
  prevention:
    'When you create a role address as a Google Group, set who can post to match who is expected to write to it.',
  related: ['groups-rejected-as-spam', 'notice-address-not-found', '550-5.7.1-policy-prohibited'],
  retry: {
    kind: 'fix-then-retry',
    note: 'Every post from this address is refused until the group settings or your membership change.',
  },
  stage: 'RCPT',
  helpUrl: 'https://support.google.com/groups/answer/2464926',
  signature: {
    phrases: [
      'the group you tried to contact',
      'may not have permission to post messages to the group',
      'bin/topic.py?topic=25838',
      'google group, visit the help center at',
      // Google's stable marker, the same in every language the notice is sent in.
      'groups.google.com/support/',
    ],
  },
  sources: ['https://support.google.com/groups/answer/2464926', 'https://github.com/sisimai/rb-sisimai'],
  checked: '2026-12-03',
};
