// Block Kit as terminal text, for the local console: what a person would read in Slack.
import type { Block } from './text.js';

/** Undoes mrkdwn markup: links become `label (url)`, emphasis marks and escapes go. */
export function mrkdwnToText(s: string): string {
  return s
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/```/g, '\n')
    .replace(/(^|[\s(])[*_](\S[^*_\n]*?)[*_](?=[\s).,:;!?]|$)/gm, '$1$2')
    .replace(/:[a-z_]+_circle:\s?/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Renders blocks as plain text, one paragraph per block; buttons are listed in brackets. */
export function blocksToText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'header') out.push(`${b.text.text}\n${'='.repeat(Math.min(60, b.text.text.length))}`);
    else if (b.type === 'section' && b.text) out.push(mrkdwnToText(b.text.text));
    else if (b.type === 'context')
      out.push(
        b.elements
          .map((e) => ('text' in e ? mrkdwnToText(e.text) : ''))
          .filter(Boolean)
          .join(' '),
      );
    else if (b.type === 'divider') out.push('—'.repeat(20));
    else if (b.type === 'actions')
      out.push(
        b.elements
          .map((e) => (e.type === 'button' ? `[${e.text.text}]` : ''))
          .filter(Boolean)
          .join(' '),
      );
  }
  return out.join('\n\n');
}
