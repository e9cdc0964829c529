import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBounce, undoubled } from './bounce.js';
import { classify } from './classify.js';
import { type BounceSample, isRight, loadBounces } from './test/bounces.js';
import { noticeVariants } from './test/gnotice.js';

// Google's own notices reach us in many forms: copied from Gmail's web view (no headers, no
// asterisks, typographic apostrophes, non-breaking spaces, the help link as button text), as the
// text part only, with the remote server's reply re-wrapped or joined into one line. Every Google
// notice of the development side (never the held-back one) answered right as it is must keep its
// page and reason in each of these forms.
const GOOGLE_SHAPES = /^(?:gmail-notice|gmail-eml|gmail-dsn|groups)$/;

describe('a Google notice as people hand it over', () => {
  const samples = loadBounces().filter(
    (b) =>
      b.split === 'dev' &&
      (GOOGLE_SHAPES.test(b.shape) || readBounce(b.text)?.format === 'gmail') &&
      isRight(b, classify(b.text)),
  );

  it('has Google notices to vary', () => {
    expect(samples.length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, { apply, min }] of Object.entries(noticeVariants)) {
    it(`keeps page and reason: ${name}`, () => {
      const wrong: string[] = [];
      let applied = 0;
      for (const b of samples) {
        const text = apply(b);
        if (text === null) continue;
        applied++;
        const d = classify(text);
        if (!isRight(b, d))
          wrong.push(
            `${b.expected}/${b.reason} <- ${d.entry?.id ?? 'null'}/${d.reason} (${b.file}, ${b.source})`,
          );
      }
      console.log(`${name}: applied to ${applied}, wrong ${wrong.length}`);
      expect(applied).toBeGreaterThanOrEqual(min);
      expect(wrong).toEqual([]);
    });
  }
});

// Google's notices in the sender's language (sourced copies, src/test/fixtures/localised-notices.json):
// known by their layout and Google's markers, they must keep their page and reason in the same forms.
// A notice without English words is Google's by its sender's address and its `** heading **` line
// alone: a copy that drops them (the text part without its sender, the heading without its
// asterisks, every line break lost, the sender's address hidden) is any MTA's report in that
// language, which no reader can tell apart.
const WITHOUT_LAYOUT = new Set([
  'text part only',
  'heading without asterisks',
  'notice flattened into one line',
  'addresses hidden by a web page',
]);

describe('a localised Google notice as people hand it over', () => {
  const notices = (
    JSON.parse(
      readFileSync(new URL('./test/fixtures/localised-notices.json', import.meta.url), 'utf8'),
    ) as Omit<BounceSample, 'shape' | 'file' | 'split'>[]
  )
    .map((n): BounceSample => ({ ...n, shape: 'gmail-notice', file: 'localised-notices.json', split: 'dev' }))
    .filter((n) => isRight(n, classify(n.text)));

  it('keeps page and reason in every form that applies', () => {
    expect(notices.length).toBeGreaterThanOrEqual(10);
    const wrong: string[] = [];
    for (const [name, { apply }] of Object.entries(noticeVariants)) {
      if (WITHOUT_LAYOUT.has(name)) continue;
      for (const n of notices) {
        const text = apply(n);
        if (text === null) continue;
        const d = classify(text);
        if (!isRight(n, d))
          wrong.push(
            `${name}: ${n.expected}/${n.reason} <- ${d.entry?.id ?? 'null'}/${d.reason} (${n.text.slice(0, 40)})`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });
});

// One test per mechanism, on notices written in Google's documented layout.
describe('how the reader knows a handed-over Google notice', () => {
  const reply =
    "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser a1si123.45 - gsmtp";

  it("takes Google's 2020+ reply line with Google's sender as Google's notice", () => {
    // Gmail's web view: the sender line, then only the quoted reply under "The response was:".
    const pasted = `Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nThe response was:\n${reply}\n`;
    const read = readBounce(pasted);
    expect(read?.format).toBe('gmail');
    expect(read?.recipients[0]?.diagnosticCode).toBe(reply);
    // "The response was:" without Google's sender is anybody's words, even above a reply of
    // Gmail's own servers (which links Google's help): no bounce.
    expect(readBounce(`The response was:\n${reply}\n`)).toBeNull();
  });

  it("takes the 2016–2019 reply line as Google's even when the sender's address is hidden", () => {
    const pasted = `Mail Delivery Subsystem <[email protected]>\nThe response from the remote server was:\n550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\n`;
    expect(readBounce(pasted)?.format).toBe('gmail');
  });

  it('reads a web-view heading joined to its first sentence as a Google notice', () => {
    const flat =
      'Address not found Your message wasn’t delivered to bob@example.com because the address couldn’t be found, or is unable to receive mail.';
    expect(readBounce(flat)?.format).toBe('gmail');
    expect(readBounce(flat)?.recipients[0]?.recipient).toBe('bob@example.com');
  });

  it("ends a flattened notice at Google's returned-original rule inside the line", () => {
    const flat =
      'Delivery to the following recipient failed permanently: bob@example.com Technical details of permanent failure: Google tried to deliver your message, but it was rejected by the server for the recipient domain example.com by mx.example.com. [192.0.2.1]. The error that the other server returned was: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown ----- Original message ----- DKIM-Signature: v=1; a=rsa-sha256; d=gmail.com; s=20120113 Subject: hello';
    const read = readBounce(flat);
    expect(read?.format).toBe('gmail');
    expect(read?.recipients[0]?.diagnosticCode).toBe(
      '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown',
    );
    expect(read?.notice).not.toContain('DKIM-Signature');
  });

  it("takes Gmail's web-view sender, date and recipients lines as the notice's sender", () => {
    // An Italian notice copied from the web view: no header fields, the heading below the error
    // icon's alt text, no asterisks; only the view's sender line says it is Google's.
    const view =
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n10:15 AM (2 hours ago)\nto me\n\nError Icon\nIndirizzo non trovato\nIl tuo messaggio non è stato recapitato a mario@example.it.\n';
    const read = readBounce(view);
    expect(read?.format).toBe('gmail');
    expect(read?.notice.startsWith('Error Icon')).toBe(true);
    expect(classify(view).entry?.id).toBe('notice-address-not-found');
    // Without the view's date and "to" lines, only Google's own notice sender still names the copy's
    // sender; another sender's line is no web view.
    expect(
      readBounce('Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nIndirizzo non trovato\n')?.format,
    ).toBe('gmail');
    expect(
      readBounce('Mail Delivery Subsystem <mailer-daemon@mx.example.it>\nIndirizzo non trovato\n'),
    ).toBeNull();
  });

  it("takes Google's layout under the notice's subject line copied above it", () => {
    const notice =
      '** Messaggio bloccato **\nIl tuo messaggio a anna@example.it è stato bloccato.\nFinal-Recipient: rfc822; anna@example.it\nAction: failed\nStatus: 5.7.1\n';
    for (const subject of [
      'Delivery Status Notification (Failure)',
      'Notifica sullo stato della consegna (errore)',
    ])
      expect(readBounce(`${subject}\n\n${notice}`)?.format).toBe('gmail');
    // Words that are no subject line, or more than one line, above the heading: another MTA's text.
    expect(readBounce(`Here is what I got\n\n${notice}`)?.format).not.toBe('gmail');
    expect(readBounce(`Hello (team)\nsee below (again)\n\n${notice}`)?.format).not.toBe('gmail');
  });

  it('halves the line breaks of a copy that made every line a paragraph', () => {
    // A Postfix notice quoting Gmail's multi-line reply, each line pasted as a paragraph of its own.
    const lines = [
      '<bob@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.1] said:',
      '    550-5.7.1 [192.0.2.9] Our system has detected that this message is',
      '    550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,',
      '    550-5.7.1 this message has been blocked. Please visit',
      '    550-5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError',
      '    550 5.7.1  for more information. a1si1.2 - gsmtp (in reply to end of DATA command)',
    ];
    const doubled = lines.join('\n\n');
    expect(undoubled(doubled)).toBe(lines.join('\n'));
    expect(readBounce(doubled)?.recipients[0]?.diagnosticCode).toContain('for more information');
    // A text with any two lines next to each other is as its writer laid it out.
    const laidOut = `${lines[0]}\n${lines[1]}\n\n${lines.slice(2).join('\n\n')}`;
    expect(undoubled(laidOut)).toBe(laidOut);
  });

  it("reads Gmail's web-view heading a blank line above its first sentence", () => {
    const copied =
      'Address not found\n\nYour message wasn’t delivered to bob@example.com because the address couldn’t be found.';
    expect(readBounce(copied)?.format).toBe('gmail');
  });
});
