// Posting, updating and deleting the bot's thread reply, shared by messages and mentions.
import type { Logger } from '@slack/bolt';
import { answerMessage } from '../blocks/answer.js';
import type { Diagnosed } from '../diagnose.js';
import { oneLine } from '../slack-errors.js';
import { type Client, type Deps, keyOf } from './deps.js';

/**
 * Replies in the message's thread, once: the `channel:ts` key is claimed before the call, so a
 * `message` and an `app_mention` for the same post (or a retry) cannot both answer.
 */
export async function replyOnce(
  deps: Deps,
  client: Client,
  logger: Logger,
  where: { channel: string; ts: string; threadTs?: string | undefined },
  answer: Diagnosed,
  always: boolean,
): Promise<boolean> {
  const key = keyOf(where.channel, where.ts);
  if (!deps.answered.claim(key, { reply: null, always, text: answer.masked })) return false;
  try {
    const res = await client.chat.postMessage({
      channel: where.channel,
      thread_ts: where.threadTs ?? where.ts,
      ...answerMessage(answer.diagnosis, { siteUrl: deps.siteUrl }),
      unfurl_links: false,
      unfurl_media: false,
    });
    deps.answered.set(key, { reply: res.ts ?? null, always, text: answer.masked });
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
  await client.chat.update({ channel, ts: replyTs, ...answerMessage(answer.diagnosis, { siteUrl }) });
}
