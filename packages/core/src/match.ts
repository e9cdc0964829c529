import { genericFor } from './catalog.js';
import { familyPage, familyRows } from './catalog/families.js';
import { providerPages } from './catalog/index.js';
import { foldPhrase } from './normalize.js';
import type { ParsedReply } from './parse.js';
import { compilePhrases, type PhraseMatcher } from './phrases.js';
import type { CatalogEntry, ReplyCode } from './types.js';

/** One page the paste may be, with the evidence for it. */
export interface Candidate {
  entry: CatalogEntry;
  /** Unitless evidence score; {@link calibrate} turns it into a probability. */
  score: number;
  /** Length of the longest catalog phrase of this page found in the paste (0: none). */
  phraseLength: number;
}

// Phrases are deduplicated: pages that share a phrase are told apart by their codes.
const phraseList: string[] = [];
const owners: number[][] = [];
/** `phrase:entry` pairs that only say the family happened (see `FamilyRow.weak`). */
const weakOwners = new Set<string>();
/** `phrase:entry` pairs that count only under some reply codes (`Signature.phraseReplyCodes`). */
const codedOwners = new Map<string, readonly ReplyCode[]>();
/**
 * Pages that say only that something failed without a cause (see the end of {@link candidates}),
 * the narrower first: "could not connect" (conn-failed-no-reason) at least names the step, where
 * Commons Email's "Sending the email to the following server failed" (send-failed-cause-hidden)
 * wraps every step, so a paste with both gets the first.
 */
const FALLBACK_ORDER = ['conn-failed-no-reason', 'send-failed-cause-hidden'] as const;
export const FALLBACK_PAGES: ReadonlySet<string> = new Set(FALLBACK_ORDER);
/** How much a weak wording weighs, as if it were a phrase of this length. */
const WEAK_WEIGHT = 6;
{
  const indexOf = new Map<string, number>();
  const strong = new Set<string>();
  const own = (raw: string, entryIndex: number, weak = false) => {
    const p = foldPhrase(raw);
    if (p.length < 4) return;
    let i = indexOf.get(p);
    if (i === undefined) {
      i = phraseList.length;
      indexOf.set(p, i);
      phraseList.push(p);
      owners.push([]);
    }
    if (!owners[i]!.includes(entryIndex)) owners[i]!.push(entryIndex);
    const key = `${i}:${entryIndex}`;
    if (weak && !strong.has(key)) weakOwners.add(key);
    else {
      strong.add(key);
      weakOwners.delete(key);
    }
  };
  providerPages.forEach((entry, entryIndex) => {
    for (const raw of entry.signature.phrases) own(raw, entryIndex);
    for (const [raw, codes] of Object.entries(entry.signature.phraseReplyCodes ?? {})) {
      const i = indexOf.get(foldPhrase(raw));
      if (i !== undefined) codedOwners.set(`${i}:${entryIndex}`, codes);
    }
  });
  // Every runtime's wording of a family below SMTP is evidence for the family's page. Error codes
  // that parseReply reads (`ETIMEDOUT`) count through `errorCode`; the others (`CERT_HAS_EXPIRED`)
  // are found in the text like phrases.
  for (const row of familyRows) {
    const entryIndex = providerPages.findIndex((e) => e.id === familyPage[row.family]);
    if (entryIndex === -1 || (row.kind === 'code' && /^E[A-Z_]+$/.test(row.says))) continue;
    own(row.says, entryIndex, row.weak === true);
  }
}
// Compiled on the first match, not at import: `lookup`, `list` and `--help` never need it.
let matcher: PhraseMatcher | null = null;

// Google's help-link topics (`?p=BadCredentials`) and library error codes are evidence as good as a phrase.
const byTopic = new Map<string, number[]>();
const byErrorCode = new Map<string, number[]>();
providerPages.forEach((entry, i) => {
  const topic = /[?&]p=([\w-]+)/.exec(entry.helpUrl ?? '')?.[1]?.toLowerCase();
  if (topic) byTopic.set(topic, [...(byTopic.get(topic) ?? []), i]);
  for (const code of entry.signature.errorCodes ?? [])
    byErrorCode.set(code, [...(byErrorCode.get(code) ?? []), i]);
});
for (const row of familyRows) {
  if (row.kind !== 'code') continue;
  const i = providerPages.findIndex((e) => e.id === familyPage[row.family]);
  const seen = byErrorCode.get(row.says) ?? [];
  if (i !== -1 && !seen.includes(i)) byErrorCode.set(row.says, [...seen, i]);
}
/** How much a help-link topic or an error code weighs, as if it were a phrase of this length. */
const TOPIC_WEIGHT = 20;
const ERROR_CODE_WEIGHT = 18;

/** Tuning of the evidence score, kept in one place so the calibration table can be re-run. */
const W = {
  textBase: 0.5,
  /**
   * A Gmail page's short phrase (under 25 characters) that neither the codes nor any evidence of who
   * replied back up: "authentication required" is what every server says.
   */
  weakText: 0.2,
  strongPhrase: 25,
  perPhraseChar: 1 / 150,
  phraseCap: 0.2,
  extraPhrase: 0.04,
  enhancedAgrees: 0.2,
  enhancedDiffers: -0.08,
  replyAgrees: 0.1,
  replyDiffers: -0.05,
  gmailHint: 0.05,
  laterPair: 0.03,
  /** A neutral page when another server replied, and when Gmail did. */
  neutralOtherProvider: 0.05,
  neutralGmail: -0.25,
  /** With no evidence of who replied: Gmail's exact code pair and words name Gmail's page, words alone the neutral one. */
  neutralNoPair: 0.06,
  neutralGmailPair: -0.15,
  /** The paste shows the SMTP step, and the page is (or is not) about that step. */
  stageAgrees: 0.06,
  stageDiffers: -0.06,
  /** A page its reply code alone names (`Signature.byReplyCode`): above the RFC 3463 page of that code. */
  byReplyCode: 0.36,
  codeOnly: 0.33,
  codeOnlyNoHint: 0.18,
  replyOnly: 0.2,
  generic: 0.3,
  genericOtherProvider: 0.05,
};

// PHPMailer's commands in that frame: EHLO, HELO, STARTTLS, AUTH, "User & Password", Username,
// Password, MAIL FROM, RCPT TO, DATA, DATA END, RSET, QUIT (SMTP.php). Bounded, so linear.
const PHPMAILER_COMMAND_FAILED = /\bsmtp error: [a-z &-]{1,24} command failed: ?([^\n]{0,200})/i;

/** The reply on PHPMailer's "SMTP ERROR: … command failed:" line has no words, only its codes. */
function codesOnlyInFrame(text: string): boolean {
  const reply = PHPMAILER_COMMAND_FAILED.exec(text)?.[1];
  return reply !== undefined && /\d/.test(reply) && reply.replace(/[^a-z]/gi, '').length < 12;
}

/** Provider-neutral SMTP pages: what the words mean on any server. */
const isNeutral = (entry: CatalogEntry) => entry.provider === 'generic' && entry.replyCode !== null;

function codeAgreement(entry: CatalogEntry, reply: ParsedReply): number {
  // A neutral page explains words, not one server's codes: codes neither confirm nor refute it.
  if (isNeutral(entry)) return 0;
  if (reply.pairs.length > 1 && entry.replyCode && entry.enhancedCode) {
    // A wrapper's code and the reply it quotes are both in the paste; agreeing with either counts.
    const at = reply.pairs.findIndex(
      (p) => p.replyCode === entry.replyCode && p.enhancedCode === entry.enhancedCode,
    );
    // The first reply in the paste is the one it is about, unless only a later one has a page.
    if (at !== -1) return W.enhancedAgrees + W.replyAgrees - (at === 0 ? 0 : W.laterPair);
    if (reply.pairs.some((p) => p.enhancedCode === entry.enhancedCode))
      return W.enhancedAgrees + W.replyDiffers;
  }
  let s = 0;
  if (reply.enhancedCode && entry.enhancedCode)
    s += reply.enhancedCode === entry.enhancedCode ? W.enhancedAgrees : W.enhancedDiffers;
  if (reply.replyCode && entry.replyCode)
    s += reply.replyCode === entry.replyCode ? W.replyAgrees : W.replyDiffers;
  return s;
}

const SMTP_STEPS = new Set(['EHLO', 'STARTTLS', 'AUTH', 'MAIL', 'RCPT', 'DATA']);

/** Evidence from the step the paste shows: only between SMTP steps, and only when both are known. */
function stageAgreement(entry: CatalogEntry, reply: ParsedReply): number {
  if (reply.stage === null || !SMTP_STEPS.has(entry.stage)) return 0;
  const stages = entry.signature.stages ?? [entry.stage];
  return stages.includes(reply.stage) ? W.stageAgrees : W.stageDiffers;
}

function providerAdjustment(entry: CatalogEntry, reply: ParsedReply): number {
  if (entry.provider === 'gmail') return reply.origin.provider === 'gmail' ? W.gmailHint : 0;
  if (!isNeutral(entry)) return 0;
  // The neutral page is the answer when another server replied; with Gmail evidence, Gmail's page is.
  if (reply.origin.provider === 'other') return W.neutralOtherProvider;
  if (reply.origin.provider === 'gmail') return W.neutralGmail;
  return 0;
}

/**
 * A page whose signature keeps its words to some reply codes is no candidate under another code,
 * nor when the paste holds words that make its phrases mean something else (`Signature.replyCodes`,
 * `Signature.notWith`): "authentication failed" is a refused SMTP login under 535, not IMAP's
 * "NO [AUTHENTICATIONFAILED]" nor .NET's TLS "Authentication failed because the remote party …".
 * With no reply code at all, the words alone are every program's ("fatal: Authentication failed for
 * 'https://…'" from git, ssh, LDAP, a database): the page needs the paste to say it is SMTP.
 */
function outOfReach(entry: CatalogEntry, reply: ParsedReply, codedPhraseFound = false): boolean {
  const { replyCodes, notWith } = entry.signature;
  // A phrase the page keeps to its own codes (`phraseReplyCodes`), found under one of them, brings the
  // page within reach under that code too: Naver's "553 5.3.0 Auth failure" is a refused AUTH.
  if (
    replyCodes &&
    reply.replyCode !== null &&
    !replyCodes.includes(reply.replyCode as ReplyCode) &&
    !codedPhraseFound
  )
    return true;
  if (replyCodes && reply.replyCode === null && !saysSmtp(reply, replyCodes)) return true;
  return notWith?.some((w) => reply.folded.includes(foldPhrase(w))) ?? false;
}

// An SMTP paste whose reply code was not read as one: an enhanced code or a named step, the word
// (SMTP, smtplib, SmtpClient, smtp.example.com, SASL, and SMTP's own HELO/EHLO), or one of the
// page's codes in the text (nodemailer's "Invalid login - 535 Incorrect authentication data").
const codeInText = new Map<ReplyCode, RegExp>();
const codeRegex = (code: ReplyCode) => {
  let re = codeInText.get(code);
  if (!re) {
    re = new RegExp(`(?<![\\w.])${code}(?![\\w.])`);
    codeInText.set(code, re);
  }
  return re;
};
const saysSmtp = (reply: ParsedReply, codes: readonly ReplyCode[]) =>
  reply.enhancedCode !== null ||
  reply.stage !== null ||
  /\bsmtp|\bsasl\b|\be?helo\b/.test(reply.folded) ||
  codes.some((code) => codeRegex(code).test(reply.folded));

/** A Gmail page is never the answer when the paste shows another provider's server replied. */
const excluded = (entry: CatalogEntry, reply: ParsedReply) =>
  entry.provider === 'gmail' && reply.origin.provider === 'other';

/**
 * Every page the parsed paste may be, best first. Text beats code: a page whose phrase is in the
 * paste outranks one that only shares its codes; codes then separate pages that share a phrase.
 */
export function candidates(parsed: ParsedReply): Candidate[] {
  // A code a library named rather than wrote (`codeByName`) is no evidence of whose page it is.
  const reply = parsed.codeByName ? { ...parsed, replyCode: null } : parsed;
  matcher ??= compilePhrases(phraseList);
  const found = matcher.find(reply.folded);
  const byEntry = new Map<number, { longest: number; hits: number }>();
  const evidence = (entryIndex: number, len: number) => {
    const seen = byEntry.get(entryIndex);
    if (seen) {
      seen.hits++;
      seen.longest = Math.max(seen.longest, len);
    } else byEntry.set(entryIndex, { longest: len, hits: 1 });
  };
  const weakOnly = new Map<number, number>();
  /** Each page's phrases found, to count a phrase inside a longer one of the same page once. */
  const phrasesOf = new Map<number, string[]>();
  /** Pages that one of their code-kept phrases (`phraseReplyCodes`) names under the paste's code. */
  const codedReach = new Set<number>();
  for (const phraseIndex of found) {
    for (const entryIndex of owners[phraseIndex]!) {
      // A phrase kept to some reply codes is no evidence under another code, nor with none.
      const codes = codedOwners.get(`${phraseIndex}:${entryIndex}`);
      if (codes && !codes.includes(reply.replyCode as ReplyCode)) continue;
      if (codes) codedReach.add(entryIndex);
      if (weakOwners.has(`${phraseIndex}:${entryIndex}`)) {
        // Weak wordings never add hits: three spellings of "verify failed" are still one fact.
        weakOnly.set(entryIndex, WEAK_WEIGHT);
        continue;
      }
      const seen = phrasesOf.get(entryIndex);
      if (seen) seen.push(phraseList[phraseIndex]!);
      else phrasesOf.set(entryIndex, [phraseList[phraseIndex]!]);
      evidence(entryIndex, phraseList[phraseIndex]!.length);
    }
  }
  // A page's phrase found inside a longer phrase of the same page found too ("authentication
  // failed" in "error: authentication failed") is the same words read twice, not a second fact:
  // it adds no hit, so a page with one longer, more specific phrase in the paste ("invalid
  // authentication mechanism") is not outscored by a page whose short phrase nests in its own.
  for (const [entryIndex, phrases] of phrasesOf) {
    const nested = phrases.filter((p) => phrases.some((q) => q !== p && q.includes(p))).length;
    byEntry.get(entryIndex)!.hits -= nested;
  }
  for (const [entryIndex, len] of weakOnly) if (!byEntry.has(entryIndex)) evidence(entryIndex, len);
  for (const i of byTopic.get(reply.helpTopic?.toLowerCase() ?? '') ?? []) evidence(i, TOPIC_WEIGHT);
  for (const i of byErrorCode.get(reply.errorCode ?? '') ?? []) evidence(i, ERROR_CODE_WEIGHT);

  const out: Candidate[] = [];
  for (const [entryIndex, { longest, hits }] of byEntry) {
    const entry = providerPages[entryIndex]!;
    if (excluded(entry, reply) || outOfReach(entry, reply, codedReach.has(entryIndex))) continue;
    const codes = codeAgreement(entry, reply);
    const stage = stageAgreement(entry, reply);
    const agreement = codes + stage;
    // Short phrases ("authentication required", "syntax error") are what every server says. Codes
    // speak for Gmail's page only with the enhanced code of its pair: a reply code alone ("530
    // Authentication required") is every server's code for those words. The SMTP step speaks only
    // where the codes say nothing, never against them ("Mail from command failed - 501 Syntax error"
    // against Gmail's 555 at MAIL FROM). Both batch-33.
    const byCodes = codes > 0 && reply.enhancedCode !== null;
    const byStage = codes === 0 && stage > 0;
    const corroborated =
      longest >= W.strongPhrase ||
      ((byCodes || byStage) && agreement > 0) ||
      reply.origin.provider !== null ||
      entry.provider !== 'gmail';
    // Such a phrase under another reply code ("500 Syntax error, command unrecognized" against
    // Gmail's 555 5.5.2 "Syntax error.") is another server's stock text: the code contradicts it and
    // nothing speaks for Gmail (the labelling guide's "common words alone → not Gmail").
    if (
      !corroborated &&
      reply.replyCode !== null &&
      entry.replyCode !== null &&
      reply.replyCode !== entry.replyCode
    )
      continue;
    const score =
      (corroborated ? W.textBase : W.weakText) +
      Math.min(W.phraseCap, longest * W.perPhraseChar) +
      W.extraPhrase * Math.min(3, hits - 1) +
      agreement +
      providerAdjustment(entry, reply);
    out.push({ entry, score, phraseLength: longest });
  }

  // No evidence of who replied: Gmail's own code pair with Gmail's words names Gmail's page;
  // the same words without that pair are what they mean on any server.
  if (reply.origin.provider === null) {
    const gmailPair = out.some(
      (c) =>
        c.entry.provider === 'gmail' &&
        c.phraseLength > 0 &&
        reply.pairs.some((p) => p.replyCode === c.entry.replyCode && p.enhancedCode === c.entry.enhancedCode),
    );
    for (const c of out) if (isNeutral(c.entry)) c.score += gmailPair ? W.neutralGmailPair : W.neutralNoPair;
    // Without that pair, a code that agrees does not make words a neutral page shares Gmail's (the
    // labelling guide's "common words alone → not Gmail"); Gmail's own longer wording still names
    // Gmail's page. Two such codes:
    // - an "other or undefined" status every server sends (X.Y.0: "5.7.0 Must issue a STARTTLS
    //   command first" is Postfix's as much as Gmail's); a specific detail ("5.4.5 Daily user
    //   sending quota exceeded") still counts;
    // - a basic reply code shown with words but no enhanced code ("530 Must issue a STARTTLS command
    //   first", Amazon SES's and Swift Mailer's quote of it): Gmail's replies always carry one, so
    //   this is another server's (below12 dev).
    const sharedCodeWorth = gmailPair
      ? 0
      : reply.replyCode === null && /\.0$/.test(reply.enhancedCode ?? '')
        ? W.enhancedAgrees
        : reply.replyCode !== null && reply.replyCode >= 400 && reply.enhancedCode === null
          ? W.replyAgrees
          : 0;
    if (sharedCodeWorth > 0) {
      const neutral = Math.max(0, ...out.filter((c) => isNeutral(c.entry)).map((c) => c.phraseLength));
      for (const c of out)
        if (c.entry.provider === 'gmail' && c.phraseLength > 0 && c.phraseLength <= neutral)
          c.score -= sharedCodeWorth;
    }
  }

  // Code-only evidence: pages whose codes match exactly, when no text said otherwise.
  if (reply.replyCode !== null && reply.replyCode >= 400) {
    // Codes alone name a Gmail page only when the paste points at Gmail or is nothing but codes;
    // other servers reuse the same codes for their own errors.
    // PHPMailer's debug line "SMTP ERROR: <command> command failed: <reply>" (SMTP.php sendCommand)
    // is the library's frame: a reply cut there to its codes ("… Password command failed:
    // 534-5.7.14") is nothing but codes, whatever the person wrote around it. Read on the reply's own
    // line, not as wrapper text: the frame's step is read elsewhere.
    const bare = reply.folded.replace(/[^a-z]/g, '').length < 12 || codesOnlyInFrame(reply.text);
    // Gmail's replies always carry an enhanced status code ("553-5.1.2 …"): a basic code followed
    // by someone's own words ("553 bad reverse dns") is another server's reply.
    const gmailByCode = reply.enhancedCode !== null || reply.origin.provider === 'gmail' || bare;
    const sameCodes = providerPages.filter(
      (e) =>
        !excluded(e, reply) &&
        !isNeutral(e) &&
        (e.provider !== 'gmail' || gmailByCode) &&
        e.replyCode === reply.replyCode &&
        (reply.enhancedCode === null || e.enhancedCode === reply.enhancedCode),
    );
    const base =
      reply.enhancedCode === null
        ? W.replyOnly
        : reply.origin.provider === 'gmail' || bare
          ? W.codeOnly
          : W.codeOnlyNoHint;
    for (const entry of sameCodes) {
      if (byEntry.has(providerPages.indexOf(entry))) continue;
      out.push({
        entry,
        score: (base + providerAdjustment(entry, reply)) / Math.sqrt(sameCodes.length),
        phraseLength: 0,
      });
    }
    // A reply code that means one thing on every server (RFC 4954's 535: the AUTH was refused)
    // names its neutral page when no phrase did, unless the paste points at Gmail (Gmail's pages
    // answer there) or is nothing but codes (a bare "535 5.7.8" is read as Gmail's, as above; a
    // basic code with no enhanced one is never Gmail's: Roundcube's "SMTP Error (535):
    // Authentication failed." around any server's refusal).
    if (reply.origin.provider !== 'gmail' && (!bare || reply.enhancedCode === null))
      providerPages.forEach((entry, i) => {
        const { byReplyCode, replyCodes } = entry.signature;
        if (!byReplyCode || byEntry.has(i) || outOfReach(entry, reply)) return;
        // The page's `replyCodes`, or with none its own reply code (a 530 names smtp-auth-required).
        if (!(replyCodes ?? [entry.replyCode]).includes(reply.replyCode as ReplyCode)) return;
        // A page's own code alone is every protocol's number: FTP answers "530 Login incorrect." and
        // "530 Not logged in." (RFC 959). Only where the paste shows it is SMTP (an enhanced code, a
        // named step as in libcurl's "MAIL failed: 530", the word SMTP), not by the code itself.
        if (!replyCodes && !saysSmtp(reply, [])) return;
        out.push({ entry, score: W.byReplyCode + providerAdjustment(entry, reply), phraseLength: 0 });
      });
  }

  const enhanced =
    reply.enhancedCode ??
    (reply.replyCode && reply.replyCode >= 400 ? `${String(reply.replyCode)[0]}.0.0` : null);
  const generic = enhanced ? genericFor(enhanced) : null;
  if (generic) {
    const exact = generic.enhancedCode === enhanced ? 0 : -0.1;
    out.push({
      entry: generic,
      score: W.generic + exact + (reply.origin.provider === 'other' ? W.genericOtherProvider : 0),
      phraseLength: 0,
    });
  }

  // A page for a failure that named no cause is the answer only when nothing else in the paste
  // names one: PHPMailer says "SMTP connect() failed" after a refused socket, a failed STARTTLS and
  // an ssl:// on the STARTTLS port alike, and the other lines say which.
  if (out.some((c) => !FALLBACK_PAGES.has(c.entry.id)))
    for (let i = out.length - 1; i >= 0; i--) if (FALLBACK_PAGES.has(out[i]!.entry.id)) out.splice(i, 1);
  // Only fallbacks left: the narrowest one that the paste names is the answer.
  const narrowest = FALLBACK_ORDER.find((id) => out.some((c) => c.entry.id === id));
  if (narrowest !== undefined)
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.entry.id !== narrowest) out.splice(i, 1);

  // Among equal scores, catalog precedence decides.
  const rank = (c: Candidate) =>
    c.entry.provider === 'generic' && c.phraseLength === 0
      ? Number.MAX_SAFE_INTEGER
      : providerPages.indexOf(c.entry);
  return out.sort((a, b) => b.score - a.score || rank(a) - rank(b));
}
