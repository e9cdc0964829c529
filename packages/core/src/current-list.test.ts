import { describe, expect, it } from 'vitest';
import { catalog, getEntry } from './catalog.js';
import { classify } from './classify.js';
import { catalogRules, checkCatalog, type GoogleListRow } from './rules.js';
import { readGoogleList } from './test/google-list.js';
import type { CatalogEntry, Stage } from './types.js';

// The rows of Google's current list that the reference copy lacks, each with the page that covers it.
const rows = readGoogleList('google-list-current.tsv');
const reference = readGoogleList('google-list.tsv');

// No public paste of the new rows was found in the stored threads (the reworded ones have pastes of
// their older wording in the development set), so each row's published text is put into the shapes
// real pastes take: the reply as Gmail sends it (continuation lines, session id, "gsmtp"), and how
// nodemailer, Python's smtplib, PHPMailer and a Postfix log line quote it. Google's text is never changed.

/** The reply as Gmail sends it: lines of about 70 characters, `552-5.3.4` on all but the last. */
function gmailReply(row: GoogleListRow): string[] {
  // Drop the list's pointer to a help article: live replies carry a link there instead.
  const text = row.text.replace(
    / (?:For more information, go to|To view our|To review our|To learn more about) .*$/,
    '',
  );
  const words = `${text} d2e1a72fcca58-4a0 - gsmtp`.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length > 70) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  return lines.map((l, i) => `${row.replyCode}${i === lines.length - 1 ? ' ' : '-'}${row.enhancedCode} ${l}`);
}

const postfixCommand: Partial<Record<Stage, string>> = {
  EHLO: 'EHLO',
  MAIL: 'MAIL FROM',
  RCPT: 'RCPT TO',
  STARTTLS: 'STARTTLS',
};
const nodemailerCommand: Partial<Record<Stage, string>> = {
  EHLO: 'EHLO',
  MAIL: 'MAIL FROM',
  RCPT: 'RCPT TO',
  STARTTLS: 'STARTTLS',
};

/** The same reply in the shapes people paste, named by where they come from. */
function shapes(row: GoogleListRow, page: CatalogEntry): [string, string | Record<string, unknown>][] {
  const lines = gmailReply(row);
  const raw = lines.join('\n');
  // smtplib strips the reply code from each line and keeps the enhanced code.
  const smtplibText = lines.map((l) => l.slice(4)).join('\\n');
  const permanent = row.replyCode >= 500 && row.enhancedCode.startsWith('5');
  const smtplib =
    page.stage === 'RCPT'
      ? `smtplib.SMTPRecipientsRefused: {'someone@gmail.com': (${row.replyCode}, b'${smtplibText}')}`
      : page.stage === 'MAIL'
        ? `smtplib.SMTPSenderRefused: (${row.replyCode}, b'${smtplibText}', 'me@example.com')`
        : page.stage === 'EHLO'
          ? `smtplib.SMTPHeloError: (${row.replyCode}, b'${smtplibText}')`
          : `smtplib.SMTPDataError: (${row.replyCode}, b'${smtplibText}')`;
  const phpCommand =
    { MAIL: 'MAIL FROM', RCPT: 'RCPT TO', STARTTLS: 'STARTTLS', EHLO: 'EHLO' }[page.stage as string] ??
    'DATA END';
  const postfix = `Dec  3 10:15:02 mx postfix/smtp[4242]: 4B1C2123A: to=<someone@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.102.27]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=${row.enhancedCode}, status=${permanent ? 'bounced' : 'deferred'} (host gmail-smtp-in.l.google.com[142.250.102.27] said: ${lines.join(' ')} (in reply to ${postfixCommand[page.stage] ?? 'end of DATA'} command))`;
  return [
    ['raw reply', raw],
    [
      'nodemailer error',
      {
        message: `${page.stage === 'MAIL' ? 'Mail command failed' : page.stage === 'RCPT' ? "Can't send mail - all recipients were rejected" : 'Message failed'}: ${raw}`,
        code: page.stage === 'RCPT' ? 'EENVELOPE' : 'EMESSAGE',
        response: raw,
        responseCode: row.replyCode,
        command: nodemailerCommand[page.stage] ?? 'DATA',
      },
    ],
    ['smtplib exception', smtplib],
    [
      'PHPMailer debug output',
      `SMTP ERROR: ${phpCommand} command failed: ${raw}\nSMTP Error: data not accepted.`,
    ],
    ['Postfix log line', postfix],
  ];
}

describe("the rows of Google's current list", () => {
  it('are all covered, with their codes and text, by the page the fixture names', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    // A page may cover a row of each list (its providerText in one, googleListRows in the other).
    const ids = new Set(rows.map((r) => r.id));
    expect(
      checkCatalog(catalog, [...reference, ...rows]).filter(
        (p) => p.rule === 'google-list-covered' && ids.has(p.id),
      ),
    ).toEqual([]);
  });

  const cases = rows.flatMap((row) => {
    const page = getEntry(row.id);
    if (!page) throw new Error(`no page ${row.id}`);
    return shapes(row, page).map(([shape, paste]) => [row.id, shape, row.text.slice(0, 50), paste] as const);
  });

  it.each(cases)('%s is found from its %s ("%s…")', (id, _shape, _text, paste) => {
    const d = classify(paste);
    expect(d.entry?.id).toBe(id);
    expect(d.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('says a temporary row may be retried and a permanent one may not', () => {
    for (const row of rows) {
      const d = classify(gmailReply(row).join('\n'));
      const page = getEntry(row.id)!;
      expect(d.transient, row.text).toBe(page.retry.kind === 'backoff');
    }
  });
});

describe("the rows whose codes are misprinted on Google's page", () => {
  // Rows whose codes no page has: only misprints can be covered that way.
  const misprinted = rows.filter((r) => getEntry(r.id)?.enhancedCode !== r.enhancedCode);

  it('are the five rows printed with a 0 appended, each covered by the page of the code Gmail sends', () => {
    expect(misprinted.map((r) => `${r.replyCode} ${r.enhancedCode}`)).toEqual([
      '504 5.7.40',
      '504 5.7.40',
      '535 5.7.80',
      '534 5.7.90',
      '534 5.7.90',
    ]);
    for (const row of misprinted) {
      const page = getEntry(row.id)!;
      expect(`${page.enhancedCode}0`).toBe(row.enhancedCode);
      expect(page.googleListMisprints?.map((m) => m.text)).toContain(row.text);
    }
  });

  it.each(misprinted.map((r) => [r.id, r.text.slice(0, 40), r] as const))(
    '%s is found from the reply as Gmail sends it ("%s…")',
    (id, _text, row) => {
      const sent = { ...row, enhancedCode: getEntry(id)!.enhancedCode! };
      expect(classify(gmailReply(sent).join('\n')).entry?.id).toBe(id);
    },
  );

  it('fails a misprint that is not the page code with one digit appended, and one that is no row', () => {
    const page = getEntry('535-5.7.8-bad-credentials')!;
    const row = misprinted.find((r) => r.id === page.id)!;
    const wrong: CatalogEntry = {
      ...page,
      googleListMisprints: [{ ...page.googleListMisprints![0]!, enhancedCode: '5.7.18' }],
    };
    expect(catalogRules['misprints-are-typos']!([wrong]).map((p) => p.message)).toEqual([
      '"5.7.18" is not "5.7.8" with one digit appended',
    ]);
    const covered = (e: CatalogEntry) =>
      checkCatalog([e], [row])
        .filter((p) => p.rule === 'google-list-covered')
        .map((p) => p.message);
    expect(covered(page)).toEqual([]);
    expect(covered(wrong)).toHaveLength(2);
    expect(covered({ ...page, googleListMisprints: [] })[0]).toMatch(/nor a misprint/);
  });
});

describe('google-list-covered with rows that share a page', () => {
  const header = getEntry('552-5.3.4-header-too-large')!;
  const headerRows = rows.filter((r) => r.id === header.id);

  it('accepts every row of a page as its providerText or one of its googleListRows', () => {
    expect(headerRows.length).toBe(6);
    expect(checkCatalog([header], headerRows).filter((p) => p.rule === 'google-list-covered')).toEqual([]);
  });

  it('fails a row whose text is on no page, and a googleListRows entry that is no row', () => {
    const renamed = { ...headerRows[1]!, text: `${headerRows[1]!.text} Changed.` };
    const problems = checkCatalog([header], [headerRows[0]!, renamed, ...headerRows.slice(2)])
      .filter((p) => p.rule === 'google-list-covered')
      .map((p) => p.message);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/neither providerText nor googleListRows/);
    expect(problems[1]).toMatch(/googleListRows ".*" is no row of the list/);
  });

  it('fails a row whose codes are not the page’s', () => {
    const wrongCode = { ...headerRows[0]!, enhancedCode: '5.2.3' };
    expect(checkCatalog([header], [wrongCode, ...headerRows.slice(1)]).map((p) => p.rule)).toContain(
      'google-list-covered',
    );
  });

  it('fails a googleListRows text quoted on a page other than the one the row names', () => {
    const other: CatalogEntry = {
      ...getEntry('552-5.3.4-too-many-attachments')!,
      googleListRows: [headerRows[1]!.text],
    };
    const problems = checkCatalog(
      [header, other],
      rows.filter((r) => r.id === header.id || r.id === other.id),
    ).filter((p) => p.rule === 'google-list-covered');
    expect(problems.map((p) => p.id)).toEqual(['552-5.3.4-too-many-attachments']);
  });
});
