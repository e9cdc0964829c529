import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { htmlAsText, undented, unescapedBreaks } from './pasted.js';
import { isRight, loadBounces } from './test/bounces.js';
import { isMessage } from './test/forwards.js';

// Besides forwarding a bounce (bounce-forwards.test.ts), people paste it into a chat, an issue or a
// log in some shape of their tool's: quoted with "> " (a mail reply, a forum quote), inside their own
// sentences, double-spaced, indented as a Markdown code block, logged as a JSON string, or as a web
// page's source. Every bounce of the development side (never the held-back one) answered right as
// it is keeps its page and reason in each shape.
const lines = (t: string, f: (l: string) => string) => t.split('\n').map(f).join('\n');
const html = (t: string) =>
  `<div>${lines(t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'), (l) => `${l}<br>`)}</div>`;
const SHAPES: Record<string, { apply: (t: string) => string; messages: boolean }> = {
  'quoted with "> "': { apply: (t) => lines(t, (l) => `> ${l}`), messages: true },
  'quoted twice': { apply: (t) => lines(t, (l) => `>> ${l}`), messages: true },
  "in the asker's own sentences": {
    apply: (t) =>
      `Hi all, our app keeps getting this when it sends mail:\n\n${t}\n\nAny idea what is wrong? Thanks!`,
    messages: true,
  },
  'double-spaced': { apply: (t) => t.split('\n').join('\n\n'), messages: true },
  'indented as a Markdown code block': { apply: (t) => lines(t, (l) => `    ${l}`), messages: true },
  'indented by a tab': { apply: (t) => lines(t, (l) => `\t${l}`), messages: true },
  'logged as a JSON string': { apply: (t) => JSON.stringify({ level: 'error', error: t }), messages: true },
  // A whole message's source is read by the MIME reader; a page's source is a paste's shape.
  "a web page's source": { apply: html, messages: false },
};

describe('a bounce as people paste it', () => {
  const samples = loadBounces().filter((b) => b.split === 'dev' && isRight(b, classify(b.text)));
  for (const [name, { apply, messages }] of Object.entries(SHAPES)) {
    it(`keeps page and reason: ${name}`, () => {
      const wrong: string[] = [];
      let applied = 0;
      for (const b of samples) {
        if (!messages && isMessage(b)) continue;
        applied++;
        const d = classify(apply(b.text));
        if (!isRight(b, d))
          wrong.push(`${b.expected}/${b.reason} <- ${d.entry?.id ?? 'null'}/${d.reason} (${b.source})`);
      }
      expect(applied).toBeGreaterThanOrEqual(messages ? 600 : 250);
      expect(wrong).toEqual([]);
    });
  }
});

describe('each shape is undone only when the text is unmistakably in it', () => {
  it('a JSON string gets its line breaks and quotes back; a real message mentioning "\\n" keeps it', () => {
    expect(unescapedBreaks('{"error":"550 5.1.1 <a@example.com>: User unknown\\n550 try \\"again\\""}')).toBe(
      '{"error":"550 5.1.1 <a@example.com>: User unknown\n550 try "again""}',
    );
    // An escaped backslash before an "n" is a backslash.
    expect(unescapedBreaks('path C:\\\\new\\nnext')).toBe('path C:\\new\nnext');
    const real = 'Subject: test\nthe log said "\\n" here';
    expect(unescapedBreaks(real)).toBe(real);
  });

  it("a page's source becomes its text; an address in angle brackets is never a tag", () => {
    expect(
      htmlAsText('<div>550 5.1.1 &lt;a@example.com&gt;: User unknown<br>in virtual table<br></div>'),
    ).toBe('550 5.1.1 <a@example.com>: User unknown\nin virtual table\n\n');
    expect(htmlAsText('<p>Rejected <a@example.com> by <b>policy</b></p><p>again</p>')).toBe(
      'Rejected <a@example.com> by policy\nagain\n',
    );
    // One tag is a reply quoting it, and a MIME message carries its HTML in its own part.
    expect(htmlAsText('550 5.7.1 HTML <br> tags not allowed')).toBe('550 5.7.1 HTML <br> tags not allowed');
    const mime = 'Content-Type: text/html\n\n<p>a</p><p>b</p>';
    expect(htmlAsText(mime)).toBe(mime);
  });

  it('an indent every line shares comes off; one some lines lack stays', () => {
    expect(undented('    Final-Recipient: rfc822; a@example.com\n\n    Status: 5.1.1\n')).toBe(
      'Final-Recipient: rfc822; a@example.com\n\nStatus: 5.1.1\n',
    );
    expect(undented('\t  550 a\n\t550 b')).toBe('  550 a\n550 b');
    const partial = 'Delivery to the following recipient failed permanently:\n\n     a@example.com';
    expect(undented(partial)).toBe(partial);
  });

  it('a reply quoted by a mail client or a page keeps its code', () => {
    expect(classify('> 550 Command Rejected').reply?.replyCode).toBe(550);
    expect(classify('<div>550 Command Rejected</div>').reply?.replyCode).toBe(550);
    // A comparison in a sentence is no reply.
    expect(classify('the queue holds > 500 messages').reply?.replyCode).toBeNull();
  });

  it("a notice's sentence re-wrapped across lines is still the notice's (a client's or the MTA's own wrap)", () => {
    const exim =
      'A message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mx.example.org.\n\n  bob@example.net\n    retry timeout not reached';
    expect(classify(exim).bounce?.recipients[0]?.recipient.action).toBe('delayed');
    const sendmail =
      'Returned mail: see transcript for details\n   ----- The following addresses had\npermanent fatal errors -----\n<bob@example.net>\n    (reason: Insufficient permission)\n\n   ----- Transcript of session follows -----\nmaildrop: maildir over quota.\n550 5.0.0 <bob@example.net>... Insufficient permission';
    const d = classify(sendmail);
    expect(d.bounce?.format).toBe('sendmail');
    // A Gmail API page's words in another MTA's notice are not Gmail's.
    expect(d.entry?.provider).not.toBe('gmail');
  });
});

describe("batch-30's dev miss: the notice's account of the greeting reaches the report's reply", () => {
  const notice = (diag: string, how: string) =>
    `This is the mail system at host mail.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<bob@example.net>: host mx.example.net[192.0.2.1]\n    ${how} ${diag}\n\nFinal-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.0.0\nRemote-MTA: dns; mx.example.net\nDiagnostic-Code: smtp; ${diag}\n`;
  it('a refusal at the greeting is blocked whatever its words, with or without the report part (§4)', () => {
    expect(classify(notice('554 A problem occurred.', 'refused to talk to me:')).reason).toBe('blocked');
    // The same reply after RCPT names no cause.
    expect(classify(notice('554 A problem occurred.', 'said:')).reason).toBe('other');
  });
});
