import { describe, expect, it } from 'vitest';
import { forwardedBlock } from './forwarded.js';

// Layouts as the clients write them (crisp-oss/email-forward-parser's fixtures: gmail_en_body.txt,
// apple_mail_en_body.txt, outlook_2013_en_body.txt), around a bounce's first line.
const NOTICE = "** Address not found **\n\nYour message wasn't delivered to a@example.com";

describe('forwardedBlock', () => {
  it("reads Gmail's block: the forwarded sender, subject and the text after it", () => {
    const f = forwardedBlock(
      `FYI\n\n---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nDate: Wed, Oct 27, 2021 at 9:31 AM\nSubject: Delivery Status Notification (Failure)\nTo: <me@example.org>\n\n\n${NOTICE}`,
    );
    expect(f?.from).toBe('Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    expect(f?.subject).toBe('Delivery Status Notification (Failure)');
    expect(f?.body.trim()).toBe(NOTICE);
  });

  it("reads Outlook's rule and its bold fields, and Outlook 2019's block with no blank line after it", () => {
    const rule = forwardedBlock(
      `see below\n\n________________________________\n*From:* MAILER-DAEMON@mail.example.org (Mail Delivery System)\n*Sent:* Monday, March 4, 2024 10:15 AM\n*To:* me@example.org\n*Subject:* Undelivered Mail Returned to Sender\n\n${NOTICE}`,
    );
    expect(rule?.from).toBe('MAILER-DAEMON@mail.example.org (Mail Delivery System)');
    expect(rule?.subject).toBe('Undelivered Mail Returned to Sender');
    const original = forwardedBlock(
      `-----Original Message-----\nFrom: Mail Delivery System [mailto:MAILER-DAEMON@mail.example.org]\nSent: 25 October 2021 11:17\nTo: me@example.org\nSubject: failure notice\n${NOTICE}`,
    );
    expect(original?.subject).toBe('failure notice');
    expect(original?.body).toBe(NOTICE);
  });

  it("reads Apple Mail's quoted block and takes the quote off what follows", () => {
    const quoted =
      `Begin forwarded message:\n\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\nDate: 25 October 2021 at 11:17:21 EEST\nTo: me@example.org\n\n${NOTICE}`
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
    const f = forwardedBlock(`Any idea?\n\n${quoted}`);
    expect(f?.from).toBe('Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    expect(f?.body.trim()).toBe(NOTICE);
  });

  it("reads Yahoo Mail's block, its marker and fields run together on one line", () => {
    const f = forwardedBlock(
      `See below\n\n   ----- Forwarded Message ----- From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>To: "me@example.org" <me@example.org>Sent: Tuesday, November 2, 2021, 09:26:50 AM GMT+1Subject: Delivery Status Notification (Failure)\n ${NOTICE}`,
    );
    expect(f?.from).toBe('Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    expect(f?.subject).toBe('Delivery Status Notification (Failure)');
    expect(f?.body).toBe(NOTICE);
  });

  it("reads a reply's attribution line (wrapped or not, English or French) and the lines it quotes", () => {
    const quoted = NOTICE.split('\n')
      .map((l) => (l ? `> ${l}` : '>'))
      .join('\n');
    const wrapped = forwardedBlock(
      `Why?\n\nOn Mon, Mar 4, 2024 at 10:15 AM Mail Delivery Subsystem <\nmailer-daemon@googlemail.com> wrote:\n\n${quoted}\n\n--\nAlice`,
    );
    expect(wrapped?.from).toMatch(/mailer-daemon@googlemail\.com/);
    expect(wrapped?.subject).toBeNull();
    expect(wrapped?.body.trim()).toBe(NOTICE);
    const french = forwardedBlock(
      `Le lun. 4 mars 2024 à 10:15, Mail Delivery Subsystem <mailer-daemon@googlemail.com> a écrit :\n${quoted}`,
    );
    expect(french?.from).toMatch(/^Le lun\. 4 mars 2024 .*mailer-daemon@googlemail\.com> a écrit$/);
    // An attribution with nothing quoted under it is no reply.
    expect(forwardedBlock('On Monday Bob wrote:\nthanks')).toBeNull();
  });

  it('finds no block without a marker, without a sender, or past the first 4 KB', () => {
    expect(forwardedBlock(`From: a@example.org\nSubject: x\n\n${NOTICE}`)).toBeNull();
    expect(
      forwardedBlock(`---------- Forwarded message ---------\nDate: today\nTo: b\n\n${NOTICE}`),
    ).toBeNull();
    expect(
      forwardedBlock(
        `${'x\n'.repeat(2100)}---------- Forwarded message ---------\nFrom: a@example.org\nSubject: s\n\n${NOTICE}`,
      ),
    ).toBeNull();
  });

  it("reads French Outlook's marker line with either apostrophe", () => {
    // A client or a copy may write the typographic apostrophe (U+2019) in "Message d'origine".
    for (const marker of ["-----Message d'origine-----", '-----Message d’origine-----']) {
      const f = forwardedBlock(
        `Voir ci-dessous.\n\n${marker}\nDe : Mail Delivery System <MAILER-DAEMON@example.org>\nEnvoyé : lundi 4 mars 2024 10:15\nÀ : me@example.org\nObjet : Undelivered Mail Returned to Sender\n\n${NOTICE}`,
      );
      expect(f?.from, marker).toMatch(/MAILER-DAEMON@example\.org/);
    }
  });
});
