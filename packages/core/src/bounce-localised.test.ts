import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { googleLayout, googleNoticePage } from './google-notice.js';
import { createBounceScanner } from './mailbox.js';
import type { BounceReason } from './reason.js';

interface LocalisedNotice {
  source: string;
  language: string;
  text: string;
  expected: string;
  reason: BounceReason;
  note?: string;
}

// Google's notices in the sender's UI language, copied from public sources and labelled by
// LABELLING.md before the classifier ran on them (see the file's first commit).
const notices: LocalisedNotice[] = JSON.parse(
  readFileSync(new URL('./test/fixtures/localised-notices.json', import.meta.url), 'utf8'),
);

const pageOf = (id: string | undefined) => (id && !id.startsWith('not-gmail') ? id : 'not-gmail');
const answered = (entry: { id: string; provider: string } | null) =>
  entry && entry.provider === 'gmail' ? entry.id : 'not-gmail';

describe("Google's notices in other languages", () => {
  it('holds sourced, labelled samples in several languages', () => {
    expect(notices.length).toBeGreaterThanOrEqual(10);
    expect(new Set(notices.map((n) => n.language)).size).toBeGreaterThanOrEqual(4);
    for (const n of notices) expect(n.source.length, n.text.slice(0, 40)).toBeGreaterThan(10);
  });

  it.each(notices.map((n, i) => [`${i} ${n.language} ${n.expected}`, n] as const))(
    'classifies %s by structure and Google markers',
    (_name, n) => {
      const d = classify(n.text);
      expect(answered(d.entry), n.note).toBe(pageOf(n.expected));
      expect(d.reason, n.note).toBe(n.reason);
    },
  );

  it('counts them in a mailbox scan under the same pages and reasons', () => {
    const s = createBounceScanner();
    for (const n of notices) expect(s.add(n.text), n.text.slice(0, 60)).toBe(true);
    const r = s.report();
    expect(r.bounces).toBe(notices.length);
    const want = new Map<string, number>();
    const wantReason = new Map<string, number>();
    for (const n of notices) {
      if (n.expected !== 'not-gmail') want.set(n.expected, (want.get(n.expected) ?? 0) + 1);
      wantReason.set(n.reason, (wantReason.get(n.reason) ?? 0) + 1);
    }
    const got = new Map(
      r.byEntry.filter((c) => c.entry.provider === 'gmail').map((c) => [c.entry.id, c.count]),
    );
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));
    expect(Object.fromEntries(r.byReason.map((c) => [c.reason, c.count]))).toEqual(
      Object.fromEntries(wantReason),
    );
  });
});

describe("Google's layout and markers", () => {
  it("takes a `** heading **` line for Google's only when it opens a notice with a report", () => {
    const report = 'Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1';
    expect(googleLayout(`** Titre quelconque **\nTexte.\n${report}`)).toBe(true);
    // Another MTA's notice that has such a line further down is not Google's.
    expect(googleLayout(`This is the mail system at host mx.example.org.\n\n** note **\n${report}`)).toBe(
      false,
    );
    // The heading alone, with no report, is not enough.
    expect(googleLayout('** Titre quelconque **\nTexte.')).toBe(false);
  });

  it("names the page by Google's help link before any heading", () => {
    expect(googleNoticePage('** Adresse introuvable **\nhttps://support.google.com/mail/answer/69585')).toBe(
      'notice-message-blocked',
    );
    expect(googleNoticePage('** Adresse introuvable **\nTexte.')).toBe('notice-address-not-found');
    expect(googleNoticePage('** Titre quelconque **\nTexte.')).toBeUndefined();
  });

  it("reads a copy that kept only the view's sender line, when that sender is Google's notice sender", () => {
    const body =
      "Adresse introuvable\nVotre message n'a pas été distribué à bob@example.net, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.";
    const d = classify(`Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n${body}`);
    expect(d.entry?.id).toBe('notice-address-not-found');
    expect(d.reason).toBe('user-unknown');
    // Any other sender on that line is no Google marker (§6: the name alone is sendmail's too).
    expect(
      classify(`Mail Delivery Subsystem <mailer-daemon@mx.example.org>\n${body}`).entry?.provider,
    ).not.toBe('gmail');
  });

  it("names the domain-not-found page by Gmail's English DNS line under a translated sentence", () => {
    // Current notices number the line ("DNS Error: 5512 DNS type 'mx' lookup of …"); a localised
    // notice keeps it in English below its own sentence.
    const line = "DNS Error: 5512 DNS type 'mx' lookup of shop.example.invalid responded with code NXDOMAIN";
    for (const text of [
      line,
      `주소를 찾을 수 없음\n도메인을 찾지 못하여 메일을 전송하지 못했습니다.\n응답은 다음과 같습니다. ${line}`,
    ]) {
      const d = classify(text);
      expect(d.entry?.id, text).toBe('553-5.1.2-domain-not-found');
      expect(d.reason).toBe('host-unknown');
    }
    // Other resolvers' MX failures are not Gmail's line.
    expect(
      classify('Host or domain name not found. Name service error for name=shop.example.invalid type=MX')
        .entry?.provider,
    ).not.toBe('gmail');
  });
});
