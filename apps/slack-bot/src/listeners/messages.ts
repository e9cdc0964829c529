// Messages in channels the bot is in and in its DMs: answer in the thread when there is an error.
import { diagnose, worthAnswering } from '../diagnose.js';
import type { BaseArgs, Deps, MessageLike } from './deps.js';
import { keyOf } from './deps.js';
import { mayHoldBounce } from './files.js';
import { fileMark, isFileMark, replyLine, replyOnce, updateReply } from './reply.js';
import { answerSharedFile, CANNOT_READ } from './shared-files.js';

/** Subtypes that are a person posting text; every other subtype (joins, topic changes…) is skipped. */
const POSTED = new Set([undefined, 'thread_broadcast', 'file_share', 'me_message']);

/** True for anything a bot (including this one) posted. */
export function fromBot(m: MessageLike, ctx: BaseArgs['context']): boolean {
  return Boolean(m.bot_id) || m.subtype === 'bot_message' || (!!ctx.botUserId && m.user === ctx.botUserId);
}

/**
 * A new, edited or deleted message.
 * - New: answered in its thread when {@link worthAnswering} (confidence ≥ the threshold and a
 *   code in the paste). In a DM the bot is addressed directly, so it always answers, with the page
 *   or with what to paste. A channel message that mentions the bot is left to the `app_mention`
 *   listener, so it is answered once.
 * - Edited: if we answered it, our reply is updated to the new text's answer, or deleted when the
 *   new text no longer holds an error; if we did not and it now holds one, it is answered.
 *   Edits that do not change the text (link previews) are ignored.
 * - Deleted: our reply goes too, since a paste is often deleted because it held a secret.
 */
export async function onMessage(deps: Deps, args: BaseArgs & { event: MessageLike }): Promise<void> {
  const { event, client, logger, context } = args;
  if (event.subtype === 'message_changed') return onEdited(deps, args);
  if (event.subtype === 'message_deleted') return onDeleted(deps, args);
  if (!POSTED.has(event.subtype) || fromBot(event, context)) return;
  if (event.subtype === 'file_share' && event.files?.some(mayHoldBounce)) return onFileShared(deps, args);
  const isDm = event.channel_type === 'im';
  // A picture or an Outlook .msg sent to the bot alone: say what it can read rather than nothing.
  if (isDm && event.subtype === 'file_share' && !event.text?.trim() && event.files?.[0]) {
    const f = event.files[0];
    await replyLine(
      deps,
      client,
      logger,
      { channel: event.channel, ts: event.ts, threadTs: event.thread_ts },
      CANNOT_READ(f.name ?? 'that file'),
      fileMark(f.id),
    );
    return;
  }
  if (!event.text) return;

  if (!isDm && context.botUserId && event.text.includes(`<@${context.botUserId}>`)) return;
  const answer = diagnose(event.text);
  if (!isDm && !worthAnswering(answer.diagnosis, deps.threshold)) return;
  await replyOnce(
    deps,
    client,
    logger,
    { channel: event.channel, ts: event.ts, threadTs: event.thread_ts },
    answer,
    isDm,
  );
}

/** A message sharing a saved bounce (`.eml`) or a text file: see {@link answerSharedFile}. */
async function onFileShared(deps: Deps, args: BaseArgs & { event: MessageLike }): Promise<void> {
  const { event, context } = args;
  const file = event.files!.find(mayHoldBounce)!;
  // A mention beside the file is answered here or by the mention listener, whichever claims the
  // file first; both treat it as addressed to the bot.
  const mentioned = !!context.botUserId && !!event.text?.includes(`<@${context.botUserId}>`);
  await answerSharedFile(deps, args, {
    file,
    where: { channel: event.channel, ts: event.ts, threadTs: event.thread_ts },
    isDm: event.channel_type === 'im' || mentioned,
    text: event.text,
  });
}

async function onEdited(deps: Deps, { event, client, logger, context }: BaseArgs & { event: MessageLike }) {
  const m = event.message;
  if (!m || fromBot(m, context) || !m.text) return;
  const key = keyOf(event.channel, m.ts);
  const done = deps.answered.get(key);
  // Our answer is the shared file's: a new caption (or Slack updating the file's preview) leaves it.
  if (done && isFileMark(done.text)) return;
  const answer = diagnose(m.text);
  if (done) {
    if (done.text === answer.masked || !done.reply) return;
    const mentioned = !!context.botUserId && m.text.includes(`<@${context.botUserId}>`);
    if (done.always || mentioned || worthAnswering(answer.diagnosis, deps.threshold)) {
      await updateReply(client, event.channel, done.reply, answer, deps.siteUrl);
      deps.answered.set(key, { ...done, text: answer.masked });
    } else {
      await client.chat.delete({ channel: event.channel, ts: done.reply });
      deps.answered.delete(key);
    }
    return;
  }
  const isDm = event.channel_type === 'im';
  if (isDm || worthAnswering(answer.diagnosis, deps.threshold))
    await replyOnce(
      deps,
      client,
      logger,
      { channel: event.channel, ts: m.ts, threadTs: m.thread_ts },
      answer,
      isDm,
    );
}

async function onDeleted(deps: Deps, { event, client }: BaseArgs & { event: MessageLike }) {
  const ts = event.deleted_ts ?? event.previous_message?.ts;
  if (!ts) return;
  const key = keyOf(event.channel, ts);
  const done = deps.answered.get(key);
  if (!done?.reply) return;
  deps.answered.delete(key);
  await client.chat.delete({ channel: event.channel, ts: done.reply });
}
