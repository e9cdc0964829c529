// Types for bounce-mail.mjs, which core's tests import.

/** A seeded generator: numbers in [0, 1), the same sequence for the same seed. */
export function random(seed?: number): () => number;

/** One kind of notice and the page and reason it must be counted under. */
export interface BounceKind {
  page: string;
  reason: string;
  make: (i: number, to: string, original: () => string, hex: (n: number) => string) => string;
}

export const kinds: BounceKind[];

/** `n` generated bounces (mbox entries) and, per message, its kind. */
export function generateBounces(
  n: number,
  options?: { originals?: 'short' | 'newsletter'; seed?: number },
): { messages: string[]; kindOf: BounceKind[] };
