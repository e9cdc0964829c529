import { genericFor } from './catalog.js';
import { providerPages } from './catalog/index.js';
import { foldPhrase } from './normalize.js';
import type { ParsedReply } from './parse.js';
import { compilePhrases } from './phrases.js';
import type { CatalogEntry } from './types.js';

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
{
  const indexOf = new Map<string, number>();
  providerPages.forEach((entry, entryIndex) => {
    for (const raw of entry.signature.phrases) {
      const p = foldPhrase(raw);
      if (p.length < 4) continue;
      let i = indexOf.get(p);
      if (i === undefined) {
        i = phraseList.length;
        indexOf.set(p, i);
        phraseList.push(p);
        owners.push([]);
      }
      if (!owners[i]!.includes(entryIndex)) owners[i]!.push(entryIndex);
    }
  });
}
const matcher = compilePhrases(phraseList);

// Google's help-link topics (`?p=BadCredentials`) and library error codes are evidence as good as a phrase.
const byTopic = new Map<string, number[]>();
const byErrorCode = new Map<string, number[]>();
providerPages.forEach((entry, i) => {
  const topic = /[?&]p=([\w-]+)/.exec(entry.helpUrl ?? '')?.[1]?.toLowerCase();
  if (topic) byTopic.set(topic, [...(byTopic.get(topic) ?? []), i]);
  for (const code of entry.signature.errorCodes ?? [])
    byErrorCode.set(code, [...(byErrorCode.get(code) ?? []), i]);
});
/** How much a help-link topic or an error code weighs, as if it were a phrase of this length. */
const TOPIC_WEIGHT = 20;
const ERROR_CODE_WEIGHT = 18;

/** Tuning of the evidence score, kept in one place so the calibration table can be re-run. */
const W = {
  textBase: 0.5,
  /** A short phrase (under 25 characters) that neither the codes nor a Gmail host name back up. */
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
  /** The paste shows the SMTP step, and the page is (or is not) about that step. */
  stageAgrees: 0.06,
  stageDiffers: -0.06,
  otherProvider: -0.6,
  codeOnly: 0.33,
  codeOnlyNoHint: 0.18,
  replyOnly: 0.2,
  generic: 0.3,
  genericOtherProvider: 0.05,
};

function codeAgreement(entry: CatalogEntry, reply: ParsedReply): number {
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

function providerAdjustment(entry: CatalogEntry, reply: ParsedReply, phraseLength = 0): number {
  if (entry.provider !== 'gmail') return 0;
  if (reply.providerHints.gmail) return W.gmailHint;
  if (!reply.providerHints.other) return 0;
  // Gmail's own replies name other domains (the sender's, in DMARC and SPF rejections), so a long
  // Gmail-only sentence outweighs a mention of another provider.
  return phraseLength >= 30 ? W.otherProvider / 2 : W.otherProvider;
}

/**
 * Every page the parsed paste may be, best first. Text beats code: a page whose phrase is in the
 * paste outranks one that only shares its codes; codes then separate pages that share a phrase.
 */
export function candidates(reply: ParsedReply): Candidate[] {
  const found = matcher.find(reply.folded);
  const byEntry = new Map<number, { longest: number; hits: number }>();
  const evidence = (entryIndex: number, len: number) => {
    const seen = byEntry.get(entryIndex);
    if (seen) {
      seen.hits++;
      seen.longest = Math.max(seen.longest, len);
    } else byEntry.set(entryIndex, { longest: len, hits: 1 });
  };
  for (const phraseIndex of found) {
    for (const entryIndex of owners[phraseIndex]!) evidence(entryIndex, phraseList[phraseIndex]!.length);
  }
  for (const i of byTopic.get(reply.helpTopic?.toLowerCase() ?? '') ?? []) evidence(i, TOPIC_WEIGHT);
  for (const i of byErrorCode.get(reply.errorCode ?? '') ?? []) evidence(i, ERROR_CODE_WEIGHT);

  const out: Candidate[] = [];
  for (const [entryIndex, { longest, hits }] of byEntry) {
    const entry = providerPages[entryIndex]!;
    const agreement = codeAgreement(entry, reply) + stageAgreement(entry, reply);
    // Short phrases ("authentication required", "syntax error") are what every server says.
    const corroborated = longest >= W.strongPhrase || agreement > 0 || reply.providerHints.gmail;
    const score =
      (corroborated ? W.textBase : W.weakText) +
      Math.min(W.phraseCap, longest * W.perPhraseChar) +
      W.extraPhrase * Math.min(3, hits - 1) +
      agreement +
      providerAdjustment(entry, reply, longest);
    out.push({ entry, score, phraseLength: longest });
  }

  // Code-only evidence: pages whose codes match exactly, when no text said otherwise.
  if (reply.replyCode !== null && reply.replyCode >= 400) {
    const sameCodes = providerPages.filter(
      (e) =>
        e.replyCode === reply.replyCode &&
        (reply.enhancedCode === null || e.enhancedCode === reply.enhancedCode),
    );
    // Codes alone name a Gmail page only when the paste points at Gmail or is nothing but codes;
    // other servers reuse the same codes for their own errors.
    const bare = reply.folded.replace(/[^a-z]/g, '').length < 12;
    const base =
      reply.enhancedCode === null
        ? W.replyOnly
        : reply.providerHints.gmail || bare
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
  }

  const enhanced =
    reply.enhancedCode ??
    (reply.replyCode && reply.replyCode >= 400 ? `${String(reply.replyCode)[0]}.0.0` : null);
  const generic = enhanced ? genericFor(enhanced) : null;
  if (generic) {
    const exact = generic.enhancedCode === enhanced ? 0 : -0.1;
    out.push({
      entry: generic,
      score: W.generic + exact + (reply.providerHints.other ? W.genericOtherProvider : 0),
      phraseLength: 0,
    });
  }

  // Among equal scores, catalog precedence decides.
  const rank = (c: Candidate) =>
    c.entry.provider === 'generic' && c.phraseLength === 0
      ? Number.MAX_SAFE_INTEGER
      : providerPages.indexOf(c.entry);
  return out.sort((a, b) => b.score - a.score || rank(a) - rank(b));
}
