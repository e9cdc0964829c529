import { catalog } from '@smtpfix/core';
import { describe, expect, it } from 'vitest';
import { answerMessage } from './answer.js';
import { bounceGroups, listRecipients, MAX_GROUPS, MAX_LISTED } from './bounce.js';
import type { AnswerInput } from './ref.js';
import { LIMITS } from './text.js';

/** A bounce whose recipients are answered by `pages` (one entry per recipient, by catalog index). */
function bounce(pages: (number | null)[], address = (i: number) => `r${i}@example.com`): AnswerInput {
  const recipients = pages.map((p, i) => ({
    recipient: { recipient: address(i), action: 'failed', status: p === null ? '5.0.0' : '5.1.1' },
    diagnosis: { entry: p === null ? null : catalog[p]!, confidence: 0.9, reason: 'user-unknown' },
  }));
  return {
    entry: recipients[0]!.diagnosis.entry,
    confidence: 0.9,
    alternatives: [],
    reason: 'user-unknown',
    bounce: { format: 'postfix', recipients },
  };
}

/** The length of every text in the blocks (section and header texts, context elements). */
function sizes(blocks: ReturnType<typeof answerMessage>['blocks']): number[] {
  return blocks.flatMap((b) => {
    const own = (b as { text?: { text?: string } }).text?.text;
    const elements = (b as { elements?: { text?: unknown }[] }).elements ?? [];
    return [own?.length ?? 0, ...elements.map((e) => (typeof e.text === 'string' ? e.text.length : 0))];
  });
}

describe('bounce answers', () => {
  it('groups recipients by page in notice order, and those without a page by status', () => {
    const g = bounceGroups(bounce([3, 5, 3, null, null]));
    expect(g.map((x) => [x.diagnosis.entry?.id ?? null, x.recipients])).toEqual([
      [catalog[3]!.id, ['r0@example.com', 'r2@example.com']],
      [catalog[5]!.id, ['r1@example.com']],
      [null, ['r3@example.com', 'r4@example.com']],
    ]);
  });

  it('keeps one page for recipients that share it, counting past 15 lines', () => {
    const m = answerMessage(bounce(Array(40).fill(2)), { unreadRecipients: 5 });
    const text = JSON.stringify(m.blocks);
    expect(text).toContain('reporting 45 recipients*, all with this page');
    expect(text).toContain('…and 30 more');
  });

  it(`shows ${MAX_GROUPS} pages and counts the rest, within Slack's limits with long addresses`, () => {
    const pages = Array.from({ length: 300 }, (_, i) => i % 20);
    const m = answerMessage(bounce(pages, (i) => `${'x'.repeat(200)}${i}@example.com`));
    expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    expect(Math.max(...sizes(m.blocks))).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(m.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    const sections = m.blocks.filter((b) => b.type === 'section');
    expect(sections).toHaveLength(MAX_GROUPS + 1);
    expect(JSON.stringify(sections.at(-1))).toContain('…and 8 more answers for 120 recipients');
    // Every shown page has its Full page button.
    expect(sections.slice(0, MAX_GROUPS).every((s) => 'accessory' in s && s.accessory)).toBe(true);
  });

  it('lists at most ten addresses and fits the room it is given', () => {
    const who = Array.from({ length: 25 }, (_, i) => `a${i}@b.co`);
    expect(listRecipients(who, 3000)).toMatch(new RegExp(`\`a${MAX_LISTED - 1}@b\\.co\` …and 15 more$`));
    expect(listRecipients(who, 40)).toBe('`a0@b.co`, `a1@b.co` …and 23 more');
    expect(listRecipients(who, 5)).toBe('25 recipients');
    expect(listRecipients([null], 100)).toBe('_not named_');
  });
});
