// @mentions: always answer, in the thread. A bare mention in a thread explains the thread's first message.
import { diagnose } from '../diagnose.js';
import type { BaseArgs, Deps, MessageLike } from './deps.js';
import { fromBot } from './messages.js';
import { mayHoldBounce } from './files.js';
import { replyOnce } from './reply.js';
import { answerSharedFile } from './shared-files.js';

/**
 * An `app_mention`: the page when the text matches, else the closest pages, else what to paste.
 * When the mention itself holds no error and is in a thread, the thread's parent message is read
 * (`conversations.replies`) and explained instead.
 */
export async function onMention(deps: Deps, args: BaseArgs & { event: MessageLike }): Promise<void> {
  const { event, client, logger, context } = args;
  if (fromBot(event, context)) return;
  // "@smtpfix why did this bounce?" with the .eml attached: the file is the question.
  const file = event.files?.find(mayHoldBounce);
  if (file) {
    await answerSharedFile(deps, args, {
      file,
      where: { channel: event.channel, ts: event.ts, threadTs: event.thread_ts },
      isDm: true,
      text: event.text,
    });
    return;
  }
  let answer = diagnose(event.text ?? '');
  if (!answer.diagnosis.entry && event.thread_ts && event.thread_ts !== event.ts) {
    try {
      const res = await client.conversations.replies({
        channel: event.channel,
        ts: event.thread_ts,
        limit: 1,
      });
      const parent = res.messages?.[0]?.text;
      if (parent) {
        const fromParent = diagnose(parent);
        if (fromParent.diagnosis.entry) answer = fromParent;
      }
    } catch (e) {
      logger.warn(`could not read the thread in ${event.channel}: ${(e as Error).message}`);
    }
  }
  await replyOnce(
    deps,
    client,
    logger,
    { channel: event.channel, ts: event.ts, threadTs: event.thread_ts },
    answer,
    true,
  );
}
