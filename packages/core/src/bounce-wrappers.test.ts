import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { isRight, loadBounces } from './test/bounces.js';

// The same remote reply must get the same page and reason whichever MTA wraps it: the reason comes
// from the reply, not from the wrapper's own words (qmail's "Giving up on", Exim's "permanent
// error", Exchange's "Try sending this message again"). Each one-reply sample of the development
// side (never the held-back one) that is answered right on its own is wrapped as Postfix, Exim,
// qmail, sendmail and Exchange write their bounces.
const wrappers: Record<string, (reply: string, host: string) => string> = {
  postfix: (r, h) =>
    `This is the mail system at host mail.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<user@example.com>: host ${h}[192.0.2.1] said: ${r} (in reply to RCPT TO command)\n`,
  exim: (r, h) =>
    `This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  user@example.com\n    host ${h} [192.0.2.1]\n    SMTP error from remote mail server after RCPT TO:<user@example.com>:\n    ${r}\n`,
  qmail: (r) =>
    `Hi. This is the qmail-send program at example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<user@example.com>:\n192.0.2.1 does not like recipient.\nRemote host said: ${r}\nGiving up on 192.0.2.1.\n`,
  sendmail: (r, h) =>
    `The original message was received at Mon, 1 Jan 2024 10:00:00 +0000\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n<user@example.com>\n    (reason: ${r})\n\n   ----- Transcript of session follows -----\n... while talking to ${h}.:\n>>> RCPT To:<user@example.com>\n<<< ${r}\n`,
  exchange: (r, h) =>
    `Delivery has failed to these recipients or groups:\n\nuser@example.com\nA problem occurred during the delivery of this message to this e-mail address. Try sending this message again. If the problem continues, please contact your helpdesk.\n\nDiagnostic information for administrators:\n\nGenerating server: mail.example.org\n\nuser@example.com\n${h}\nRemote Server returned '${r}'\n`,
};

describe('a remote reply wrapped by any MTA', () => {
  const samples = loadBounces().filter(
    (b) =>
      b.split === 'dev' &&
      // One reply (or an app's error around one), not a whole bounce: a bounce inside a bounce is no
      // wrapping anyone sends.
      ['reply-only', 'app-error'].includes(b.shape) &&
      // An MTA quotes a reply as one paragraph: an app's multi-paragraph message (a blank line
      // inside) is no reply any MTA would wrap, and Postfix's blank line ends a recipient's block.
      !/\n[ \t]*\n/.test(b.text.trim()) &&
      // A client's exception that carries its own session transcript (">>> RCPT TO", "<<< 450 …")
      // is a conversation, not one remote reply an MTA would quote.
      !/^[ \t]*(?:>>>|<<<) /m.test(b.text) &&
      // So is a pasted run of replies with different codes ("250 2.1.0 Ok", then "554 5.7.1 …", then
      // "221 …"): an MTA's "said:" quotes the one reply that failed, never a session.
      new Set(b.text.match(/^[ \t]*[245]\d\d(?=[ -])/gm)?.map((c) => c.trim())).size <= 1 &&
      isRight(b, classify(b.text)),
  );

  it('keeps the page and reason the reply has on its own', () => {
    expect(samples.length).toBeGreaterThanOrEqual(20);
    const wrong: string[] = [];
    for (const b of samples) {
      const host = b.expected === 'not-gmail' ? 'mx.example.com' : 'gmail-smtp-in.l.google.com';
      for (const [name, wrap] of Object.entries(wrappers)) {
        const d = classify(wrap(b.text.trim(), host));
        if (!isRight(b, d))
          wrong.push(
            `${name}: ${b.expected}/${b.reason} <- ${d.entry?.id ?? 'null'}/${d.reason} (${b.source})`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });
});
