import { describe, expect, it } from 'vitest';
import { readableText, readBounce, unfenced } from './bounce.js';
import { classify } from './classify.js';
import { isRight, loadBounces } from './test/bounces.js';
import {
  appleForward,
  emlAttachment,
  forwardedTwice,
  forwards,
  gmailForward,
  gmailReply,
  isMessage,
  outlookForward,
  thunderbirdForward,
} from './test/forwards.js';

// People rarely hand a bounce over as it arrived: they forward it from Gmail, Outlook or Apple
// Mail, attach it as an `.eml`, paste it into Slack in a code block, or their client re-encodes it
// (base64, quoted-printable, a declared charset, RFC 2047 headers, CRLF). Every bounce of the
// development side (never the held-back one) answered right as it is must keep its page and reason
// in each of these forms.
describe('a bounce as people hand it over', () => {
  const samples = loadBounces().filter((b) => b.split === 'dev' && isRight(b, classify(b.text)));

  for (const [name, { apply, allShapes }] of Object.entries(forwards)) {
    it(`keeps page and reason: ${name}`, () => {
      const wrong: string[] = [];
      let applied = 0;
      for (const b of samples) {
        if (!allShapes && !isMessage(b)) continue;
        const text = apply(b);
        if (text === null) continue;
        applied++;
        const d = classify(text);
        if (!isRight(b, d))
          wrong.push(
            `${b.expected}/${b.reason} <- ${d.entry?.id ?? 'null'}/${d.reason} (${b.shape}, ${b.source})`,
          );
      }
      expect(applied).toBeGreaterThanOrEqual(name === 'iso-2022-jp' ? 50 : 100);
      expect(wrong).toEqual([]);
    });
  }
});

// One test per mechanism, each on a real bounce of the development side.
describe('how the reader gets at a handed-over bounce', () => {
  const dev = loadBounces().filter((b) => b.split === 'dev');
  const sample = (source: string, text: string) => {
    const b = dev.find((s) => s.source.includes(source) && `${s.note ?? ''}\n${s.text}`.includes(text));
    if (!b) throw new Error(`no dev sample ${source} / ${text}`);
    return b;
  };
  const gmailNoDns = () => sample('mailgun/flanker', 'gmail-no-dns.eml');
  const recipients = (text: string) =>
    readBounce(text)?.recipients.map((r) => [r.recipient, r.action, r.status, r.diagnosticCode]);

  it("takes a forward's header block as the notice's sender and subject", () => {
    // A qmail reply line alone is no bounce; forwarded with its notice's From and Subject, it is.
    const b = sample('ubiquityhosting', 'bad reverse dns');
    expect(readBounce(b.text)).toBeNull();
    for (const fwd of [gmailForward, outlookForward, appleForward]) {
      const read = readBounce(fwd(b));
      expect(read?.subject).toBe('failure notice');
      expect(isRight(b, classify(fwd(b)))).toBe(true);
    }
  });

  it("takes a reply's attribution line as the sender of the bounce it quotes", () => {
    const b = sample('ubiquityhosting', 'bad reverse dns');
    const reply = gmailReply(b);
    expect(reply).toMatch(/wrote:\n\n> Remote host said/);
    expect(readBounce(reply)?.subject).toBe('Re: failure notice');
    expect(isRight(b, classify(reply))).toBe(true);
  });

  it('takes the innermost block of a forward of a forward as the notice sender', () => {
    const b = sample('ubiquityhosting', 'bad reverse dns');
    const twice = forwardedTwice(b);
    expect(twice.match(/^From: /gm)?.length).toBe(3);
    expect(readBounce(twice)?.subject).toBe('failure notice');
    expect(isRight(b, classify(twice))).toBe(true);
  });

  it("takes no header block below the notice's beginning, nor one no bounce follows, as a forward", () => {
    // A localised notice (no English wording: known by its heading and Google's link) whose
    // returned original follows under a marker a forward also uses.
    const notice =
      '** Dirección no encontrada **\n\nTu mensaje no se ha entregado a someone@example.es porque no se ha encontrado la dirección.\n\nhttps://support.google.com/mail/?p=NoSuchUser\n';
    const original =
      '----- Mensaje original -----\nFrom: sender@example.org\nTo: someone@example.es\nSubject: hola\n\nhola';
    const read = readBounce(`${notice}\n${original}`);
    expect(read?.format).toBe('gmail');
    expect(read?.notice).toContain('Dirección no encontrada');
    // A person's own thread forwarded above a bounce it does not hold is no bounce's block either.
    const thread = `Subject: Fwd: hola\nFrom: a@example.org\n\n${original}`;
    expect(readBounce(thread)).toBeNull();
  });

  it('reads the notice under an Apple Mail forward whose lines are all quoted', () => {
    const b = gmailNoDns();
    expect(recipients(appleForward(b))).toEqual(recipients(b.text));
  });

  it('reads a Thunderbird forward wrapped as format=flowed on its unwrapped lines', () => {
    // A Postfix bounce (dev sample, goneo.de) whose long reply Thunderbird wraps at 72 columns.
    const b = sample('goneo.de', '');
    const fwd = thunderbirdForward(b);
    expect(fwd).toMatch(/format=flowed/);
    expect(fwd.split('\n').every((l) => l.length <= 78)).toBe(true);
    expect(readBounce(fwd)?.subject).toBe(
      readBounce(b.text)?.subject ?? 'Undelivered Mail Returned to Sender',
    );
    expect(isRight(b, classify(fwd))).toBe(true);
  });

  it('reads a bounce attached as message/rfc822 instead of the note around it', () => {
    const b = gmailNoDns();
    const attached = readBounce(emlAttachment(b));
    expect(attached?.subject).toBe(readBounce(b.text)?.subject);
    expect(attached?.format).toBe('gmail');
    expect(recipients(emlAttachment(b))).toEqual(recipients(b.text));
  });

  it('reads the bounce inside a code fence with its headers', () => {
    const b = gmailNoDns();
    const fenced = `here is the whole message:\n\`\`\`\n${b.text.trim()}\n\`\`\`\nany idea?`;
    expect(readBounce(fenced)?.subject).toBe('Delivery Status Notification (Failure)');
    expect(recipients(fenced)).toEqual(recipients(b.text));
    // A bounce that quotes a code block of its own is read as it is.
    expect(unfenced(`${b.text.trim()}\n\`\`\`\nlog\n\`\`\``)).toBe(`${b.text.trim()}\n\`\`\`\nlog\n\`\`\``);
  });

  it('decodes RFC 2047 Subject and From words and base64 text', () => {
    const b = gmailNoDns();
    const localised = forwards['encoded-headers-base64']!.apply(b)!;
    expect(localised).toMatch(/^Subject: =\?UTF-8\?B\?/m);
    expect(readBounce(localised)?.subject).toBe('Delivery Status Notification (Failure)');
    expect(recipients(localised)).toEqual(recipients(b.text));
  });

  it('classifies a message that is no bounce by its decoded text', () => {
    // An Exim log line (dev sample) mailed base64-encoded: no bounce, but its reply still read.
    const b = sample('tianon/dockerfiles', 'SMTP error from remote mail server');
    // Mailed under a plain subject: the harness's Exim subject ("Warning: message … delayed") is a
    // bounce's, which would make it one.
    const mailed = forwards['base64-utf8']!.apply(b)!.replace(/^Subject: .*$/m, 'Subject: mail log');
    expect(readBounce(mailed)).toBeNull();
    expect(readableText(mailed)).toContain('451 Internal resource temporarily unavailable');
    expect(isRight(b, classify(mailed))).toBe(true);
  });
});
