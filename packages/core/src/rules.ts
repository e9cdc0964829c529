import { type GoogleFact, googleFacts } from './catalog/facts.js';
import { classify } from './classify.js';
import { foldPhrase } from './normalize.js';
import type { CatalogEntry } from './types.js';

/** One thing wrong with the catalog, named by the rule that found it. */
export interface CatalogProblem {
  rule: string;
  id: string;
  message: string;
}

/** A row of Google's published list: reply code, enhanced code, the id that covers it, its text. */
export interface GoogleListRow {
  replyCode: number;
  enhancedCode: string;
  id: string;
  text: string;
}

type Rule = (entries: readonly CatalogEntry[]) => CatalogProblem[];

const uniqueIds: Rule = (entries) => {
  const seen = new Set<string>();
  return entries.flatMap((e) => {
    if (seen.has(e.id)) return [{ rule: 'unique-ids', id: e.id, message: 'id used by more than one page' }];
    seen.add(e.id);
    return [];
  });
};

const relatedExist: Rule = (entries) => {
  const ids = new Set(entries.map((e) => e.id));
  return entries.flatMap((e) =>
    e.related
      .filter((r) => !ids.has(r) || r === e.id)
      .map((r) => ({
        rule: 'related-exist',
        id: e.id,
        message: `related id "${r}" is not another page of the catalog`,
      })),
  );
};

const noEmptySection: Rule = (entries) =>
  entries.flatMap((e) => {
    const empty: string[] = [];
    for (const k of ['title', 'summary', 'whatsHappening', 'prevention', 'providerText'] as const)
      if (!e[k].trim()) empty.push(k);
    if (e.whatYouSee.length === 0) empty.push('whatYouSee');
    if (e.causes.length === 0 || e.causes.some((c) => !c.trim())) empty.push('causes');
    if (e.fixes.length === 0 || e.fixes.some((f) => !f.title.trim() || !f.detail.trim())) empty.push('fixes');
    if (e.retry.note.trim() === '') empty.push('retry.note');
    if (e.provider !== 'generic' && e.related.length === 0) empty.push('related');
    if (e.provider !== 'generic' && e.signature.phrases.length === 0) empty.push('signature.phrases');
    return empty.map((k) => ({ rule: 'no-empty-section', id: e.id, message: `${k} is empty` }));
  });

const retryAgreesWithClass: Rule = (entries) =>
  entries.flatMap((e) => {
    // The enhanced code's class wins over the reply code's (`454 5.5.1` is permanent).
    const cls = e.enhancedCode?.[0] ?? (e.replyCode ? String(e.replyCode)[0] : null);
    const problem = (message: string) => [{ rule: 'retry-agrees-with-class', id: e.id, message }];
    // A 4.x.x reply may still need a fix first (a client bug), but it can never be "never".
    if (cls === '4' && e.retry.kind === 'never')
      return problem('a 4.x.x reply is temporary; retry cannot be "never"');
    if (cls === '5' && e.retry.kind === 'backoff')
      return problem('a 5.x.x reply is permanent; retry must not be "backoff"');
    if (
      e.retry.kind === 'backoff' &&
      !(e.retry.initialDelayMs > 0 && e.retry.maxDelayMs >= e.retry.initialDelayMs)
    )
      return problem('backoff needs 0 < initialDelayMs <= maxDelayMs');
    return [];
  });

/**
 * Clauses in which a page says that waiting or resending the same message does not get it
 * through: a word for waiting, retrying or resending, then in the same clause a negated "help /
 * fix / succeed / work / change" ("waiting alone does not fix it", "retrying rarely helps"), or
 * "keeps failing", "fails again", "fails the same way", "meets the same verdict", or "retries
 * only succeed once …". "Switching servers does not help" is not one: the clause must be about
 * waiting, retrying or resending.
 */
const WAITING_DOES_NOT_HELP = [
  /\b(?:wait(?:ing)?|retr(?:y|ying|ies)|resend(?:ing|s)?)\b[^.;:!?]{0,60}?\b(?:(?:will|does|do|can|would)\s+not|(?:won|doesn|don|can|wouldn)['’]t|cannot|never|rarely)\s+(?:help|fix|succeed|work|change)/i,
  /\b(?:wait(?:ing)?|retr(?:y|ying|ies)|resend(?:ing|s)?)\b[^.;:!?]{0,60}?\b(?:keeps?\s+failing|fails?\s+(?:again|the\s+same\s+way)|meets?\s+the\s+same\s+verdict)/i,
  /\b(?:retr(?:y|ying|ies)|resend(?:ing|s)?)\b[^.;:!?]{0,20}?\bonly\s+(?:succeed|go(?:es)?\s+through|help)/i,
];

/** The sentence of `text` where the page says waiting will not help, if it says so. */
export function saysWaitingDoesNotHelp(text: string): string | undefined {
  for (const re of WAITING_DOES_NOT_HELP) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

// A page whose own words (summary, what is happening, retry note) say that waiting or resending
// the same message will not help cannot tell the sender to back off and resend: the sender and the
// outbox act on `retry.kind`, not on the prose, and would resend mail that cannot go through.
const noBackoffWhenWaitingDoesNotHelp: Rule = (entries) =>
  entries.flatMap((e) => {
    if (e.retry.kind !== 'backoff') return [];
    for (const [field, text] of [
      ['summary', e.summary],
      ['whatsHappening', e.whatsHappening],
      ['retry.note', e.retry.note],
    ] as const) {
      const said = saysWaitingDoesNotHelp(text);
      if (said)
        return [
          {
            rule: 'no-backoff-when-waiting-does-not-help',
            id: e.id,
            message: `${field} says "${said}", so retry must be "fix-then-retry", not "backoff"`,
          },
        ];
    }
    return [];
  });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * Sources that state facts, not pastes: Google's help and developer pages, the RFCs and IANA
 * registries, other providers' and platforms' documentation, and the source file of the library
 * that words an error (a GitHub `blob`/`tree` link), for errors below SMTP.
 */
const FACT_HOSTS =
  /^https:\/\/(?:support\.google\.com|knowledge\.workspace\.google\.com|developers\.google\.com|workspace\.google\.com|cloud\.google\.com|www\.rfc-editor\.org|datatracker\.ietf\.org|www\.iana\.org|nodejs\.org|nodemailer\.com|docs\.aws\.amazon\.com|docs\.cpanel\.net|learn\.microsoft\.com|github\.com\/[^/]+\/[^/]+\/(?:blob|tree)\/)/;

/** Whether `url` is a page of facts (Google's help, an RFC, Node's docs) rather than a paste of the reply. */
export function isFactSource(url: string): boolean {
  return FACT_HOSTS.test(url);
}

/**
 * The RFC 3463 layer: generic pages made from the enhanced-code registry (ids `generic-<code>-…`),
 * not written by hand. Every other page, including hand-written generic ones, is a provider page.
 */
const isRfc3463Layer = (e: CatalogEntry) => e.provider === 'generic' && e.id.startsWith('generic-');

// Every provider page says where its facts come from and when they were last checked: https URLs
// only, at least one page of facts, a real paste unless the wording is a row of Google's list,
// and a real past ISO date in `checked`.
const sourcesAndChecked: Rule = (entries) =>
  entries.flatMap((e) => {
    if (isRfc3463Layer(e)) return [];
    const problems: string[] = [];
    if (e.sources.length === 0) problems.push('has no sources');
    for (const s of e.sources)
      if (!/^https:\/\/\S+$/.test(s)) problems.push(`source "${s}" is not an https URL`);
    if (e.sources.length > 0 && !e.sources.some(isFactSource))
      problems.push('cites no page of facts (Google help page, RFC, docs, library source) in sources');
    // A row of Google's list has its wording from the list; any other page needs a real paste.
    if (!e.fromGoogleList && e.sources.length > 0 && e.sources.every(isFactSource))
      problems.push('cites no real paste of the reply (an issue, forum thread or log) in sources');
    const m = e.checked === undefined ? null : ISO_DATE.exec(e.checked);
    if (!m) problems.push('has no checked date (YYYY-MM-DD)');
    else {
      const d = new Date(`${e.checked}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== e.checked)
        problems.push(`checked "${e.checked}" is not a real date`);
      // A day of slack: a page checked today east of UTC must not fail a run west of it.
      else if (d.getTime() > Date.now() + 86_400_000)
        problems.push(`checked "${e.checked}" is in the future`);
    }
    return problems.map((message) => ({ rule: 'sources-and-checked', id: e.id, message }));
  });

const idMatchesCodes: Rule = (entries) =>
  entries.flatMap((e) => {
    if (e.provider === 'generic' || e.replyCode === null || e.enhancedCode === null) return [];
    const prefix = `${e.replyCode}-${e.enhancedCode}-`;
    return e.id.startsWith(prefix)
      ? []
      : [{ rule: 'id-matches-codes', id: e.id, message: `id must start with "${prefix}"` }];
  });

// A misprinted row is the page's reply with one digit too many in its enhanced code (`5.7.40`
// for `5.7.4`, `5.7.80` for `5.7.8`): anything else is another reply, and needs its own page.
const misprintsAreTypos: Rule = (entries) =>
  entries.flatMap((e) =>
    (e.googleListMisprints ?? []).flatMap((m) => {
      const problem = (message: string) => [{ rule: 'misprints-are-typos', id: e.id, message }];
      if (!e.enhancedCode || !/^\d\.\d{1,3}\.\d{1,3}$/.test(m.enhancedCode))
        return problem(`misprint "${m.enhancedCode}" needs a page with an enhanced code`);
      if (!(m.enhancedCode.startsWith(e.enhancedCode) && m.enhancedCode.length === e.enhancedCode.length + 1))
        return problem(`"${m.enhancedCode}" is not "${e.enhancedCode}" with one digit appended`);
      if (!m.text.trim() || !m.reason.trim()) return problem('a misprint needs its row text and a reason');
      return [];
    }),
  );

const phrasesAreVerbatim: Rule = (entries) =>
  entries.flatMap((e) => {
    const haystack = foldPhrase(
      [
        e.providerText,
        ...e.whatYouSee,
        ...(e.googleListRows ?? []),
        ...(e.googleListMisprints ?? []).map((m) => m.text),
      ].join(' '),
    );
    return e.signature.phrases
      .filter((p) => !haystack.includes(foldPhrase(p)) && !/^[a-z0-9+/]+$/.test(p) && !p.startsWith('"'))
      .map((p) => ({
        rule: 'phrases-are-verbatim',
        id: e.id,
        message: `phrase "${p}" is not in providerText, whatYouSee or googleListRows`,
      }));
  });

const whatYouSeeClassifiesBack: Rule = (entries) =>
  entries.flatMap((e) => {
    if (e.provider === 'generic') return [];
    // The full reply, as a server sends it, must come back to its own page.
    const got = classify(e.whatYouSee.join('\n')).entry?.id ?? 'nothing';
    return got === e.id
      ? []
      : [{ rule: 'what-you-see-classifies-back', id: e.id, message: `its whatYouSee classifies as ${got}` }];
  });

/** A page's own prose (not the replies it quotes), whitespace folded: where it states facts. */
const proseOf = (e: CatalogEntry) =>
  [
    e.summary,
    e.whatsHappening,
    ...e.causes,
    ...e.fixes.flatMap((f) => [f.title, f.detail]),
    e.prevention,
    e.retry.note,
  ]
    .join(' \n ')
    .replace(/[ \t]+/g, ' ');

const facts: Readonly<Record<string, GoogleFact>> = googleFacts;
/** Each fact's patterns, compiled once: case-insensitive, global (`matchAll` copies them). */
const FIGURE_PATTERNS = Object.entries(facts).flatMap(([fact, f]) =>
  f.quoted.map((re) => [fact, new RegExp(re.source, 'gi')] as const),
);

/** Every figure of `googleFacts` a text quotes: the fact's name, the value quoted, and the words around it. */
export function quotedFigures(
  text: string,
): { fact: string; value: string; said: string; sentence: string }[] {
  const found: { fact: string; value: string; said: string; sentence: string }[] = [];
  for (const [fact, re] of FIGURE_PATTERNS)
    for (const m of text.matchAll(re)) {
      const value = m.slice(1).find((g) => g !== undefined);
      if (value === undefined) continue;
      // The sentence around the figure: from the last sentence end before it to the next one.
      const start = Math.max(text.lastIndexOf('. ', m.index), text.lastIndexOf('\n', m.index)) + 1;
      const ends = [
        text.indexOf('. ', m.index + m[0].length),
        text.indexOf('\n', m.index + m[0].length),
      ].filter((i) => i !== -1);
      found.push({
        fact,
        value,
        said: m[0],
        sentence: text.slice(start, ends.length ? Math.min(...ends) : undefined),
      });
    }
  return found;
}

/** A URL without its fragment and query, and Google's developer pages with or without `/workspace`. */
const samePage = (url: string) =>
  url.replace(/[?#].*$/, '').replace('developers.google.com/workspace/', 'developers.google.com/');

// Google's figures (sending limits, sizes, thresholds, token lifetimes, API quotas) are quoted by
// many pages; each must quote the value `catalog/facts.ts` holds, checked against Google's page,
// and cite that page among its sources so a reader can check it too.
const quotedFiguresAgree: Rule = (entries) =>
  entries.flatMap((e) => {
    const quoted = quotedFigures(proseOf(e));
    const cited = new Set(e.sources.map(samePage));
    const uncited = [...new Set(quoted.map((q) => q.fact))].flatMap((fact) => {
      const f = facts[fact]!;
      return [f.source, ...(f.alsoStatedBy ?? [])].some((u) => cited.has(samePage(u)))
        ? []
        : [
            {
              rule: 'quoted-figures-agree',
              id: e.id,
              message: `quotes ${fact} but does not cite ${f.source}`,
            },
          ];
    });
    return quoted
      .filter(({ fact, value, sentence }) => {
        const allowed = facts[fact]!.values;
        // Pages advise stopping at 80% of a limit ("about 1,600 messages" for 2,000): a sentence
        // that says 80% may quote that share of the figure.
        const number = (v: string) => Number(v.replace(/,/g, ''));
        return !allowed.some(
          (v) =>
            v.toLowerCase() === value.toLowerCase() ||
            (/\b80 ?%/.test(sentence) && number(v) * 0.8 === number(value)),
        );
      })
      .map(({ fact, value, said }) => ({
        rule: 'quoted-figures-agree',
        id: e.id,
        message: `says "${said}": ${fact} is ${facts[fact]!.values.join(' or ')}, not ${value}`,
      }))
      .concat(uncited);
  });

/** The named rules, in the order they run. */
export const catalogRules: Readonly<Record<string, Rule>> = {
  'unique-ids': uniqueIds,
  'related-exist': relatedExist,
  'no-empty-section': noEmptySection,
  'retry-agrees-with-class': retryAgreesWithClass,
  'no-backoff-when-waiting-does-not-help': noBackoffWhenWaitingDoesNotHelp,
  'sources-and-checked': sourcesAndChecked,
  'id-matches-codes': idMatchesCodes,
  'misprints-are-typos': misprintsAreTypos,
  'quoted-figures-agree': quotedFiguresAgree,
  'phrases-are-verbatim': phrasesAreVerbatim,
  'what-you-see-classifies-back': whatYouSeeClassifiesBack,
};

/**
 * Checks a catalog against every rule, and, given Google's published list, that each row is
 * covered by exactly one page whose codes are the row's and whose text is the row's: its
 * `providerText` for a page marked `fromGoogleList`, or one of its `googleListRows`. Returns the
 * problems; an empty array means the catalog is sound.
 */
export function checkCatalog(
  entries: readonly CatalogEntry[],
  googleList?: readonly GoogleListRow[],
): CatalogProblem[] {
  const problems = Object.values(catalogRules).flatMap((rule) => rule(entries));
  if (googleList) {
    const unquote = (text: string) => foldPhrase(text.replace(/^"\s*|"$/g, '').trim());
    const wordings = (e: CatalogEntry) => [
      ...(e.fromGoogleList ? [foldPhrase(e.providerText)] : []),
      ...(e.googleListRows ?? []).map(foldPhrase),
    ];
    for (const row of googleList) {
      const covering = entries.filter((e) => e.id === row.id);
      const e = covering[0];
      if (covering.length !== 1 || !e) {
        problems.push({
          rule: 'google-list-covered',
          id: row.id,
          message: `row "${row.text.slice(0, 60)}" is covered by ${covering.length} pages`,
        });
      } else if (
        !(
          e.replyCode === row.replyCode &&
          ((e.enhancedCode === row.enhancedCode && wordings(e).includes(unquote(row.text))) ||
            (e.googleListMisprints ?? []).some(
              (m) => m.enhancedCode === row.enhancedCode && foldPhrase(m.text) === unquote(row.text),
            ))
        )
      ) {
        problems.push({
          rule: 'google-list-covered',
          id: row.id,
          message:
            'codes differ from the row of the list, or neither providerText nor googleListRows (nor a misprint with its code) is its text',
        });
      }
    }
    const rowsOf = new Map<string, string[]>();
    for (const r of googleList) rowsOf.set(r.id, [...(rowsOf.get(r.id) ?? []), unquote(r.text)]);
    const printed = new Set(googleList.map((r) => `${r.id}\t${r.enhancedCode}\t${unquote(r.text)}`));
    for (const e of entries) {
      const rows = rowsOf.get(e.id) ?? [];
      if (e.fromGoogleList && !rows.includes(foldPhrase(e.providerText)))
        problems.push({
          rule: 'google-list-covered',
          id: e.id,
          message: 'marked fromGoogleList but no row of the list is its',
        });
      for (const text of e.googleListRows ?? [])
        if (!rows.includes(foldPhrase(text)))
          problems.push({
            rule: 'google-list-covered',
            id: e.id,
            message: `googleListRows "${text.slice(0, 60)}" is no row of the list`,
          });
      for (const m of e.googleListMisprints ?? [])
        if (!printed.has(`${e.id}\t${m.enhancedCode}\t${foldPhrase(m.text)}`))
          problems.push({
            rule: 'google-list-covered',
            id: e.id,
            message: `googleListMisprints "${m.enhancedCode} ${m.text.slice(0, 50)}" is no row of the list`,
          });
    }
  }
  return problems;
}
