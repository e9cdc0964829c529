import { it } from 'vitest';
import { readBounce } from './bounce.js';
import { classify } from './classify.js';
import { reasonOfText } from './reason.js';
it('x', () => {
  const cut = `There was a problem delivering your message to bob@example.net. See the technical details below.\n\nThe response was:\n\n550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table\n`;
  const b = readBounce(cut);
  console.log(JSON.stringify(b && { f: b.format, r: b.recipients.map((r) => ({ ...r, notice: r.notice.slice(0, 80) })) }));
  console.log(classify('550 I cannot deliver mail for <bob@example.net>').reason, reasonOfText('550 I cannot deliver mail for <bob@example.net>'));
  const h = `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\n** Message not delivered **\n\nThere was a problem delivering your message to bob@example.net. See the technical details below.\n\nThe response was:\n\n550 I cannot deliver mail for <bob@example.net>\n`;
  const d = classify(h);
  console.log(d.entry?.id, d.reason, d.confidence, JSON.stringify(readBounce(h)?.recipients.map((r) => ({ ...r, notice: r.notice.slice(0, 300) }))));
});
