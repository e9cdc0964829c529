// A whole bounce pasted into Slack arrives in several shapes: as typed, forwarded by a mail client,
// in a code block, and always with Slack's own markup. Each must answer as the plain text does.
import { describe, expect, it } from 'vitest';
import { type Diagnosed, diagnose } from './diagnose.js';

// A real Postfix bounce quoting Google's reply, from https://github.com/virtualmin/virtualmin-install/issues/46.
const BOUNCE = `This is the mail system at host mail.mine8.in.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<yashlikhar13@gmail.com>: host gmail-smtp-in.l.google.com[74.125.24.26] said:
    550-5.7.26 This message does not have authentication information or fails
    to 550-5.7.26 pass authentication checks. To best protect our users from
    spam, the 550-5.7.26 message has been blocked. Please visit 550-5.7.26
    https://support.google.com/mail/answer/81126#authentication for more 550
    5.7.26 information. t17si19162202pgh.400 - gsmtp (in reply to end of DATA
    command)`;

const FORWARD_HEAD = `---------- Forwarded message ---------
From: Mail Delivery System <MAILER-DAEMON@mail.mine8.in>
Date: Mon, Dec 3, 2018 at 10:02 AM
Subject: Undelivered Mail Returned to Sender
To: <info@mine8.in>


`;

/** What Slack's message event carries for text a person typed: `&<>` escaped, addresses and URLs wrapped. */
function asSlackSends(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (a) => `<mailto:${a}|${a}>`)
    .replace(/https?:\/\/[^\s&]+/g, (u) => `<${u}|${u.replace(/^https?:\/\//, '')}>`);
}

const shape = (d: Diagnosed) => ({
  entry: d.diagnosis.entry?.id,
  reason: d.diagnosis.reason,
  format: d.diagnosis.bounce?.format,
  recipients: d.diagnosis.bounce?.recipients.map((r) => [
    r.recipient.recipient,
    r.recipient.status,
    r.diagnosis.entry?.id,
  ]),
});

describe('a pasted whole bounce', () => {
  const plain = shape(diagnose(BOUNCE));

  it('is read as a Postfix bounce of Google 550 5.7.26 as typed', () => {
    expect(plain).toEqual({
      entry: '550-5.7.26-unauthenticated',
      reason: 'auth-failure',
      format: 'postfix',
      recipients: [['yashlikhar13@gmail.com', '5.7.26', '550-5.7.26-unauthenticated']],
    });
  });

  it.each([
    ['with Slack escaping and link markup', asSlackSends(BOUNCE)],
    ['in a code block', `\`\`\`${BOUNCE}\`\`\``],
    ['in a code block, as Slack sends it', asSlackSends(`why?\n\`\`\`\n${BOUNCE}\n\`\`\``)],
    ['forwarded by Gmail', `${FORWARD_HEAD}${BOUNCE}`],
    ['forwarded, as Slack sends it', asSlackSends(`FYI\n\n${FORWARD_HEAD}${BOUNCE}`)],
    ['quoted with > (Slack blockquote)', asSlackSends(BOUNCE.replace(/^/gm, '> '))],
  ])('classifies the same %s', (_name, text) => {
    expect(shape(diagnose(text))).toEqual(plain);
  });

  it('undoes exactly the markup Slack adds', () => {
    const sent = asSlackSends('<a@b.co> said: 550 x & y, see https://e.example/p?a=1');
    expect(diagnose(sent).masked).toBe('<a@b.co> said: 550 x & y, see https://e.example/p?a=1');
  });
});
