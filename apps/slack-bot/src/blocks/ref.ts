// A diagnosis as a short button value (`id~97|alt~40`): ids and confidences only, so a button never
// carries the paste, and a forged value can only name pages that exist.
import { type CatalogEntry, getEntry } from '@smtpfix/core';

/** What the blocks need from a Diagnosis; a full `Diagnosis` fits. */
export interface AnswerInput {
  entry: CatalogEntry | null;
  confidence: number;
  alternatives: { entry: CatalogEntry; confidence: number }[];
  reply?: { replyCode: number | null; enhancedCode: string | null };
  /** Whose server replied, when the answer is not Gmail's page (core's `Diagnosis.originNote`). */
  originNote?: string | null;
  /** The stable bounce reason (`user-unknown`, `mailbox-full`, …). */
  reason?: string | null;
  /** A whole bounce: each recipient with its own answer. */
  bounce?: {
    format: string;
    recipients: {
      recipient: { recipient: string | null; action: string | null; status: string | null };
      diagnosis: { entry: CatalogEntry | null; confidence: number; reason: string | null };
    }[];
  } | null;
}

const pct = (c: number) => Math.round(Math.max(0, Math.min(1, c)) * 100);

/** Encodes the page and alternatives of a diagnosis into a button value (well under 2000 chars). */
export function encodeRef(d: AnswerInput): string {
  return [
    `${d.entry?.id ?? ''}~${pct(d.confidence)}`,
    ...d.alternatives.map((a) => `${a.entry.id}~${pct(a.confidence)}`),
  ].join('|');
}

/** Decodes {@link encodeRef}'s value; `null` when it is malformed or names an unknown page. */
export function decodeRef(value: unknown): AnswerInput | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  const parts = value.split('|').map((p) => {
    const m = /^([\w.-]*)~(\d{1,3})$/.exec(p);
    return m ? { id: m[1]!, confidence: Math.min(100, Number(m[2])) / 100 } : null;
  });
  if (!parts.length || parts.some((p) => p === null)) return null;
  const [first, ...rest] = parts as { id: string; confidence: number }[];
  const entry = first!.id ? getEntry(first!.id) : null;
  if (entry === undefined) return null;
  const alternatives: AnswerInput['alternatives'] = [];
  for (const r of rest) {
    const e = getEntry(r.id);
    if (!e) return null;
    alternatives.push({ entry: e, confidence: r.confidence });
  }
  return { entry, confidence: entry ? first!.confidence : 0, alternatives };
}
