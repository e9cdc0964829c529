import { describe, expect, it } from 'vitest';
import { readBounce } from './bounce.js';
import { classify } from './classify.js';
import { reasonOfMtaWords } from './reason-words.js';
import { reasonOfText } from './reason.js';
import { loadBounces } from './test/bounces.js';

// Whole bounces of older MTAs (SMTP32/IMail, Lotus Domino, Exim, InterScan, Sun Internet Mail
// Server), each rule pinned on a real sample of the dev side of batch-4.json, found by its note.
const dev = loadBounces().filter((b) => b.split === 'dev' && b.file === 'batch-4.json');
const sample = (note: string) => {
  const b = dev.find((x) => x.note?.includes(note));
  if (!b) throw new Error(`no dev sample noted ${note}`);
  return b;
};

describe("older MTAs' whole bounces", () => {
  it("cuts SMTP32's returned message at 'Original message follows.' and reads its per-recipient lines", () => {
    const b = sample('smtp32_04.txt');
    const r = readBounce(b.text)!;
    expect(r.notice).not.toMatch(/Organization: Not Very Much/);
    expect(r.notice).toMatch(/Addressee unknown/);
    expect(classify(b.text).reason).toBe('user-unknown');
    // Its "User mailbox exceeds allowed size" was read with the returned headers' words before.
    const q = sample('t/corpus/quota.msg');
    expect(readBounce(q.text)!.notice).not.toMatch(/^Received:/m);
    expect(classify(q.text).reason).toBe('mailbox-full');
  });

  it("reads Domino's reason after its 'because:' line, past the blank line", () => {
    const b = sample('simple_11.txt');
    const r = readBounce(b.text)!;
    expect(r.recipients[0]!.recipient).toBe('carlosr73@hartfordlife.com');
    expect(r.recipients[0]!.notice).toMatch(/not listed in Domino Directory/);
    expect(classify(b.text).reason).toBe('user-unknown');
  });

  it("does not take the sender Exim names after 'A message sent by' for a failed recipient", () => {
    const b = sample('fixture_bounce_001.eml');
    const r = readBounce(b.text)!;
    expect(r.recipients.map((x) => x.recipient)).not.toContain('sender@example.test');
    expect(r.recipients[0]!.recipient).toBe('recipient.one@example.test');
    expect(classify(b.text).reason).toBe('user-unknown');
  });

  it('reads the unknown-user wordings of older MTAs and providers as user-unknown', () => {
    for (const [note, words] of [
      ['cam-unknown.msg', 'is not a known user on this system'],
      ['nomailbox.msg', 'No mail box available for this user'],
      ['badrcptto.msg', 'badrcptto(user mail-box not found)'],
      ['fixture_bounce_002.eml', 'is unavailable: user not found'],
      ['simple_05.txt', "This user doesn't have a sbcglobal.net account"],
      ['simple_12.txt', 'Invalid final delivery userid'],
      ['swipnet', 'wurde nicht in swipnet.se gefunden'],
    ] as const) {
      const b = sample(note);
      expect(b.text).toContain(words);
      expect(reasonOfText(words), words).toBe('user-unknown');
      expect(classify(b.text).reason, note).toBe('user-unknown');
    }
    // Exchange's English wording of the same notice.
    expect(reasonOfText("equel wasn't found at swipnet.se.")).toBe('user-unknown');
  });

  it('reads full mail folders, disk quotas and quota violations as mailbox-full', () => {
    for (const [note, words] of [
      ['qmail_02.txt', "the user's mailfolder is full"],
      ['dsn_01.txt', 'recipient reached disk quota'],
      ['simple_14.txt', '552 Quota violation for'],
    ] as const) {
      const b = sample(note);
      expect(b.text).toContain(words);
      expect(reasonOfText(words), words).toBe('mailbox-full');
      expect(classify(b.text).reason, note).toBe('mailbox-full');
    }
  });

  it('reads "No such domain" as host-unknown and "Listed by" a list as blocked', () => {
    expect(reasonOfText('550 No such domain at this location')).toBe('host-unknown');
    expect(classify(sample('no-such-domain.msg').text).reason).toBe('host-unknown');
    expect(reasonOfText('550 zen.example.test Listed by CSS')).toBe('blocked');
    expect(classify(sample('fixture_bounce_009.eml').text).reason).toBe('blocked');
  });

  it("reads Exchange Online's AS(201806281) as user-unknown and a sender's last attempt as expired", () => {
    const words =
      '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DBAEUR03FT030.eop-EUR03.prod.protection.outlook.com]';
    expect(reasonOfMtaWords(words)).toBe('user-unknown');
    expect(classify(sample('not in the directory) quoted by Postfix').text).reason).toBe('user-unknown');
    // InterScan VirusWall: its product name is no verdict on the message.
    const b = sample('dumbass_01.txt');
    expect(b.text).toContain('Exceeded Maximum Delivery Attempts');
    expect(classify(b.text).reason).toBe('expired');
  });

  it("names Gmail's reply page for the reason of an old Google reply that names none, only when Google replied", () => {
    const b = sample('gmail-via-sendmail.unknown.msg');
    const r = readBounce(b.text)!;
    expect(r.recipients[0]!.remoteMta).toBe('gmail-smtp-in.l.google.com');
    const d = classify(b.text);
    expect(d.entry?.id).toBe('550-5.1.1-no-such-user');
    expect(d.reason).toBe('user-unknown');
    // The same bounce from another server's MX keeps the generic page.
    const other = classify(b.text.replaceAll('gmail-smtp-in.l.google.com', 'mx.example.net'));
    expect(other.entry?.provider).not.toBe('gmail');
    expect(other.reason).toBe('user-unknown');
  });

  it("names no Gmail reply page from a bare code and common words in another MTA's own notice", () => {
    const b = sample('sendmail_02.txt');
    const r = readBounce(b.text)!;
    expect(r.format).toBe('sendmail');
    expect(r.recipients[0]!.diagnosticCode).toBe('550 5.1.1 User unknown');
    const d = classify(b.text);
    expect(d.entry?.provider).not.toBe('gmail');
    expect(d.reason).toBe('user-unknown');
    // The same reply with Google's suffix is Google's, and keeps its page.
    const google = classify(
      b.text.replace('550 5.1.1 User unknown', '550 5.1.1 User unknown x1si1.2 - gsmtp'),
    );
    expect(google.entry?.id).toBe('550-5.1.1-no-such-user');
  });
});
