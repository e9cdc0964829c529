import type { Stage } from '@smtpfix/core';
import { describe, expect, it } from 'vitest';
import { conversationSvg, markedStep, stageSentence } from './conversation.js';

const marked = (svg: string) => [...svg.matchAll(/class="label on">([^<]+)</g)].map((m) => m[1]);

describe('conversationSvg', () => {
  it.each([
    ['AUTH', ['AUTH']],
    ['RCPT', ['RCPT TO']],
    ['tls', ['STARTTLS']],
    ['token', ['OAuth token endpoint']],
    ['connect', ['connect']],
    ['any', []],
  ] as const)('marks the %s step and no other', (stage, labels) => {
    const svg = conversationSvg(stage, 'x');
    expect(marked(svg)).toEqual(labels);
    expect(svg).toContain('role="img"');
    expect(svg).toContain(`<desc id="svg-dx">`);
  });

  it('draws a stage it does not know without marking a box, and names it', () => {
    const stage = 'api' as Stage; // a stage a later catalog may add
    expect(marked(conversationSvg(stage, 'x'))).toEqual([]);
    expect(stageSentence('http' as Stage)).toBe('It comes back at the http step.');
    expect(stageSentence(stage)).toMatch(/Gmail's HTTP API/);
  });

  it('says in words where it comes back', () => {
    expect(markedStep('any')).toBeNull();
    expect(stageSentence('DATA')).toBe('It comes back in answer to DATA.');
    expect(stageSentence('token')).toMatch(/token endpoint/);
  });
});
