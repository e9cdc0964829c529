import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { isRight, loadBounces } from './test/bounces.js';
import { forwards, isMessage } from './test/forwards.js';

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
