// From a paste to a diagnosis, the one way every listener does it: cap, mask, classify.
import { classify, type Diagnosis, maskSecrets } from '@smtpfix/core';

/**
 * Characters of a paste that are read. Slack messages hold up to 40 000; the error is near the
 * start of any paste worth answering, and the cap keeps the work per message bounded.
 */
export const MAX_PASTE = 20_000;

/** A paste, masked, and what the classifier says about it. */
export interface Diagnosed {
  /** The paste with secrets masked (and capped at {@link MAX_PASTE}); the only form ever quoted. */
  masked: string;
  diagnosis: Diagnosis;
  /**
   * Recipients a bounce's report names (`Final-Recipient:` fields) beyond those core's reader
   * returned (it keeps the first 100), so an answer can count what it leaves out. 0 otherwise.
   */
  unread: number;
}

/** How many more recipients the report names than the diagnosis answers. */
function unreadOf(masked: string, d: Diagnosis): number {
  const read = d.bounce?.recipients.length ?? 0;
  if (read < 100) return 0;
  const named = masked.match(/^Final-Recipient:/gim)?.length ?? 0;
  return Math.max(0, named - read);
}

/**
 * Masks the paste before classifying it, so nothing in the Diagnosis (whose `reply.text` is the
 * paste) can carry a secret into an answer.
 */
export function diagnose(text: string): Diagnosed {
  const masked = maskSecrets(stripSlackMarkup(text.slice(0, MAX_PASTE)));
  const diagnosis = classify(masked);
  return { masked, diagnosis, unread: unreadOf(masked, diagnosis) };
}

/** Characters of a shared file that are read: a bounce's notice and report sit well within its top. */
export const MAX_FILE_TEXT = 256 * 1024;

/** A shared file's text (an `.eml`), masked and classified; no Slack markup to undo. */
export function diagnoseFile(text: string): Diagnosed {
  const masked = maskSecrets(text.slice(0, MAX_FILE_TEXT));
  const diagnosis = classify(masked);
  return { masked, diagnosis, unread: unreadOf(masked, diagnosis) };
}

/**
 * Slack encodes `&<>` and wraps links and mentions, and a paste quoted with `>` (a forwarded
 * bounce, often) keeps the marks; the classifier wants what the person pasted.
 */
export function stripSlackMarkup(text: string): string {
  return unquote(
    text
      .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, '')
      .replace(/<mailto:([^|>]+)\|([^>]+)>/g, '$2')
      .replace(/<((?:https?|ftp):[^|>]+)\|([^>]+)>/g, '$1')
      .replace(/<((?:https?|ftp):[^>]+)>/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  ).trim();
}

/** Removes one level of `> ` quoting when (nearly) every line of the text is quoted. */
function unquote(text: string): string {
  const lines = text.split('\n');
  const filled = lines.filter((l) => l.trim());
  const quoted = filled.filter((l) => /^>/.test(l)).length;
  if (quoted < 3 || quoted < filled.length * 0.8) return text;
  return lines.map((l) => l.replace(/^> ?/, '')).join('\n');
}

/** Confidence at which a paste without any code is still answered unprompted. */
export const STRONG_WITHOUT_CODE = 0.9;

/**
 * Whether an unprompted message (a channel post or DM nobody addressed to the bot) deserves an
 * answer: a page matched with at least `threshold` confidence and the paste carries a reply code,
 * an enhanced code or a library error code (or the match is near-certain), so chat that merely mentions a phrase is left alone.
 */
export function worthAnswering(d: Diagnosis, threshold: number): boolean {
  if (!d.entry || d.confidence < threshold) return false;
  const hasCode = d.reply.replyCode !== null || d.reply.enhancedCode !== null || d.reply.errorCode !== null;
  // OAuth token errors (`invalid_grant`) carry no code; a near-certain phrase match is enough.
  return hasCode || d.confidence >= STRONG_WITHOUT_CODE;
}
