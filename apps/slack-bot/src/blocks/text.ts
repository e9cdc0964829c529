// Slack's limits and the text helpers that keep every block inside them.
import type { types } from '@slack/bolt';

export type Block = types.KnownBlock;
export type ModalView = types.ModalView;
export type HomeView = types.HomeView;

/** Slack's limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const LIMITS = {
  /** Blocks in one message. */
  messageBlocks: 50,
  /** Blocks in a modal or App Home view. */
  viewBlocks: 100,
  /** Characters in a section's text. */
  sectionText: 3000,
  /** Characters in a header's plain text. */
  headerText: 150,
  /** Characters in a context element's text (kept well under the 3000 limit). */
  contextText: 2000,
  /** Characters in a button's value. */
  buttonValue: 2000,
  /** Characters in a modal's title. */
  modalTitle: 24,
  /** Characters of a message's `text` fallback we send (Slack truncates at 40 000). */
  fallbackText: 3000,
} as const;

/** Escapes the three characters Slack's mrkdwn treats as markup (`&`, `<`, `>`). */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Cuts text to at most `max` characters at the last sentence or word boundary, ending with `…`.
 * Text that fits is returned as is.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const sentence = Math.max(room.lastIndexOf('. '), room.lastIndexOf('\n'));
  const at = sentence > max * 0.6 ? sentence + 1 : room.lastIndexOf(' ');
  return `${(at > max * 0.3 ? room.slice(0, at) : room).trimEnd()}…`;
}

/**
 * Splits text into pieces of at most `max` characters at line boundaries (words, if a single line
 * is longer), so nothing is lost.
 */
export function split(text: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  const push = (piece: string) => {
    if (!current) current = piece;
    else if (current.length + 1 + piece.length <= max) current += `\n${piece}`;
    else {
      out.push(current);
      current = piece;
    }
  };
  for (const line of text.split('\n')) {
    if (line.length <= max) {
      push(line);
      continue;
    }
    let rest = line;
    while (rest.length > max) {
      const at = rest.lastIndexOf(' ', max);
      const n = at > max / 2 ? at : max;
      push(rest.slice(0, n));
      rest = rest.slice(n).trimStart();
    }
    if (rest) push(rest);
  }
  if (current) out.push(current);
  return out;
}

/** A mrkdwn section, its text cut to Slack's limit. */
export function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: cut(text, LIMITS.sectionText) } };
}

/** A context line of mrkdwn. */
export function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: cut(text, LIMITS.contextText) }] };
}

/** A header in plain text. */
export function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: cut(text, LIMITS.headerText), emoji: true } };
}

/** A button; `value` must already fit {@link LIMITS.buttonValue}. */
export function button(text: string, actionId: string, value?: string, url?: string): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text, emoji: true },
    action_id: actionId,
    ...(value !== undefined ? { value } : {}),
    ...(url ? { url } : {}),
  };
}

/** A modal title cut to Slack's 24 characters. */
export function modalTitle(text: string): types.PlainTextElement {
  return { type: 'plain_text', text: cut(text, LIMITS.modalTitle) };
}
