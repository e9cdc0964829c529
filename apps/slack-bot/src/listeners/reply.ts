// Posting, updating and deleting the bot's thread reply, shared by messages and mentions.
import type { Logger } from '@slack/bolt';
import { answerMessage } from '../blocks/answer.js';
import type { Diagnosed } from '../diagnose.js';
import { oneLine } from '../slack-errors.js';
import { type Client, type Deps, keyOf } from './deps.js';

/** Where a reply goes: the message's thread, or (`threadTs: null`) the conversation itself. */
export interface ReplyWhere {
  channel: string;
  /** The answered message's `ts` (the key that keeps answers single). */
  ts: string;
  /** The thread to reply in; `undefined`: the message's own thread; `null`: no thread. */
  threadTs?: string | null | undefined;
}

/**
 * Replies in the message's thread, once: the `channel:ts` key is claimed before the call, so a
 * `message` and an `app_mention` for the same post (or a retry) cannot both answer.
 */
export async function replyOnce(
  deps: Deps,
  client: Client,
  logger: Logger,
  where: ReplyWhere,
  answer: Diagnosed,
  always: boolean,
  /** What to remember as the answered text (edits are compared with it). @default the masked paste */
  remember: string = answer.masked,
): Promise<boolean> {
  return postOnce(deps, client, logger, where, remember, always, () =>
    answerMessage(answer.diagnosis, { siteUrl: deps.siteUrl, unreadRecipients: answer.unread }),
  );
}

/** Replies once with one plain line (a file that could not be read, or holds no bounce). */
export async function replyLine(
  deps: Deps,
  client: Client,
  logger: Logger,
  where: ReplyWhere,
  line: string,
  remember: string = line,
): Promise<boolean> {
  return postOnce(deps, client, logger, where, remember, true, () => ({ text: line }));
}

/**
 * What an answer to a shared file remembers instead of its text: a marker, never the file (a
 * bounce is up to 256 KB, and 20 000 answers are remembered), which also tells the edit listener
 * the answer is the file's, not the message text's.
 */
export const fileMark = (id: string) => `file:${id}`;
export const isFileMark = (text: string) => text.startsWith('file:');

async function postOnce(
  deps: Deps,
  client: Client,
  logger: Logger,
  where: ReplyWhere,
  text: string,
  always: boolean,
  body: () => { text: string; blocks?: unknown[] },
): Promise<boolean> {
  const key = keyOf(where.channel, where.ts);
  if (!deps.answered.claim(key, { reply: null, always, text })) return false;
  const thread = where.threadTs === null ? {} : { thread_ts: where.threadTs ?? where.ts };
  try {
    const res = await client.chat.postMessage({
      channel: where.channel,
      ...thread,
      ...(body() as { text: string }),
      unfurl_links: false,
      unfurl_media: false,
    });
    deps.answered.set(key, { reply: res.ts ?? null, always, text });
    return true;
  } catch (e) {
    deps.answered.delete(key);
    logger.error(`could not reply in ${where.channel}: ${oneLine(e, null)}`);
    return false;
  }
}

/** Replaces our reply's content after the message it answers was edited. */
export async function updateReply(
  client: Client,
  channel: string,
  replyTs: string,
  answer: Diagnosed,
  siteUrl: string | null = null,
) {
  await client.chat.update({
    channel,
    ts: replyTs,
    ...answerMessage(answer.diagnosis, { siteUrl, unreadRecipients: answer.unread }),
  });
}
