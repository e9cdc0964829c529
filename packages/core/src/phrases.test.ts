import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrases } from './phrases.js';

describe('compilePhrases', () => {
  it('finds exactly the phrases that String#includes finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '.'), minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '.', 'x'), maxLength: 60 }),
        (phrases, text) => {
          const found = compilePhrases(phrases).find(text);
          for (const [i, p] of phrases.entries()) expect(found.has(i)).toBe(text.includes(p));
        },
      ),
    );
  });

  it('handles characters outside the phrases and the full UTF-16 range', () => {
    const m = compilePhrases(['héllo', 'ok']);
    expect([...m.find('\u{1F600} héllo \uffff ok')].sort()).toEqual([0, 1]);
    expect(m.find('hello').size).toBe(0);
  });
});
