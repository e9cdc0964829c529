import { describe, expect, it } from 'vitest';
import { catalog, getEntry } from '../catalog.js';
import { catalogRules, isFactSource, quotedFigures } from '../rules.js';
import type { CatalogEntry } from '../types.js';
import { googleFacts } from './facts.js';

const rule = catalogRules['quoted-figures-agree']!;
/** A page's own prose, as the rule reads it. */
const prose = (e: CatalogEntry) =>
  [e.summary, e.whatsHappening, ...e.causes, ...e.fixes.flatMap((f) => [f.title, f.detail]), e.prevention]
    .join(' \n ')
    .replace(/[ \t]+/g, ' ');

describe("Google's figures the catalog quotes", () => {
  it.each(Object.entries(googleFacts))(
    '%s is quoted by a page, from a page of facts checked in the past',
    (name, f) => {
      const quoting = catalog.filter((e) => quotedFigures(prose(e)).some((q) => q.fact === name));
      expect(quoting.length, `no page quotes ${name}: its patterns find nothing`).toBeGreaterThan(0);
      expect(isFactSource(f.source)).toBe(true);
      expect(new Date(`${f.checked}T00:00:00Z`).getTime()).toBeLessThanOrEqual(Date.now() + 86_400_000);
    },
  );

  it('fails a page that quotes another value, or quotes a figure without citing where Google states it', () => {
    const page = getEntry('550-5.4.5-daily-sending-quota')!;
    expect(rule([page])).toEqual([]);
    const stale = {
      ...page,
      whatsHappening: page.whatsHappening.replace('may send 2,000 messages', 'may send 1,500 messages'),
    };
    expect(stale.whatsHappening).not.toBe(page.whatsHappening);
    expect(rule([stale]).map((p) => p.message)).toEqual([
      'says "Workspace user may send 1,500 messages": workspaceMessagesPerDay is 2,000 or 500, not 1,500',
    ]);
    const uncited = { ...page, sources: page.sources.filter((s) => !s.includes('answer/166852')) };
    expect(rule([uncited]).map((p) => p.message)).toContain(
      'quotes workspaceMessagesPerDay but does not cite https://support.google.com/a/answer/166852',
    );
  });

  it('lets a sentence that advises stopping at 80% quote that share of a limit, and only such a sentence', () => {
    const page = getEntry('550-5.4.5-daily-user-limit')!;
    const eighty = page.fixes.find((f) => /80%/.test(f.detail))!;
    expect(eighty.detail).toMatch(/1,600 messages/);
    expect(rule([page])).toEqual([]);
    const noShare = {
      ...page,
      fixes: page.fixes.map((f) =>
        f === eighty ? { ...f, detail: f.detail.replace(/80%/g, 'the level') } : f,
      ),
    };
    expect(rule([noShare]).length).toBeGreaterThan(0);
  });
});

describe('facts the pages state that can be checked mechanically', () => {
  // Google's XOAUTH2 page: base64("user=" {User} "^Aauth=Bearer " {Access Token} "^A^A"), ^A = \x01.
  it('every XOAUTH2 string a page writes out is user=…^Aauth=Bearer …^A^A', () => {
    const sep = String.raw`(?:\\x01|\x01|\^A)`;
    const wellFormed = new RegExp(String.raw`user=\S+?${sep}auth=Bearer [^\n]{1,40}?${sep}${sep}`, 'g');
    for (const e of catalog) {
      const text = prose(e);
      const written = text.match(/auth=Bearer/g)?.length ?? 0;
      expect(text.match(wellFormed)?.length ?? 0, e.id).toBe(written);
    }
    expect(catalog.filter((e) => prose(e).includes('auth=Bearer')).length).toBeGreaterThanOrEqual(2);
    // The check can fail: one separator missing at the end.
    expect('user=a@b.c\\x01auth=Bearer ya29.x\\x01'.match(wellFormed)).toBeNull();
  });

  // SMTP, IMAP and POP take only tokens for https://mail.google.com/ (Google's XOAUTH2 page).
  it('every page that names the scope for SMTP writes it https://mail.google.com/ with its slash', () => {
    const named = catalog.flatMap(
      (e) => prose(e).match(/\bscopes?\b[^.;]{0,60}?https?:\/\/mail\.google\.com\/?\S?/gi) ?? [],
    );
    expect(named.length).toBeGreaterThanOrEqual(5);
    for (const s of named) expect(s, s).toMatch(/https:\/\/mail\.google\.com\/(?![\w])/);
  });

  // smtp.gmail.com: 465 is implicit TLS (nodemailer secure: true), 587 is STARTTLS (secure: false).
  it('no settings a page gives pair port 587 with secure: true or port 465 with secure: false', () => {
    const settings = catalog.flatMap(
      (e) => prose(e).match(/\{[^{}]*\bport:[^{}]*\}|port: \d+, secure: \w+/g) ?? [],
    );
    expect(settings.length).toBeGreaterThanOrEqual(5);
    for (const s of settings) {
      expect(s, s).not.toMatch(/port: 587\b[^}]*secure: true|secure: true[^}]*port: 587\b/);
      expect(s, s).not.toMatch(/port: 465\b[^}]*secure: false|secure: false[^}]*port: 465\b/);
    }
  });
});
