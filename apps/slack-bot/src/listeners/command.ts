// /smtpfix <text or code>: an answer only the caller sees, with a button to share it.
import type { RespondFn } from '@slack/bolt';
import { getEntry } from '@smtpfix/core';
import { answerMessage } from '../blocks/answer.js';
import { type Diagnosed, diagnose } from '../diagnose.js';
import type { BaseArgs } from './deps.js';

/** The slash command's name, as in manifest.json. */
export const COMMAND = '/smtpfix';

const USAGE =
  'Usage: `/smtpfix <error or code>`, e.g. `/smtpfix 535-5.7.8 Username and Password not accepted` or `/smtpfix 454 4.7.0`.';

/** A page id (`535-5.7.8-bad-credentials`) names its page outright; anything else is classified. */
export function diagnoseCommandText(text: string): Diagnosed {
  const byId = getEntry(text.trim());
  if (byId) {
    const d = diagnose(byId.whatYouSee[0] ?? byId.providerText);
    return { masked: text.trim(), diagnosis: { ...d.diagnosis, entry: byId, confidence: 0.99 }, unread: 0 };
  }
  return diagnose(text);
}

/**
 * Acks at once, then posts the answer with `chat.postEphemeral`. Where the bot cannot post (a
 * channel it is not in, another person's DM) it answers through the command's `response_url`.
 */
export async function onCommand(
  args: BaseArgs & {
    command: { text: string; channel_id: string; user_id: string };
    ack: () => Promise<void>;
    respond: RespondFn;
  },
): Promise<void> {
  const { command, ack, respond, client, logger } = args;
  await ack();
  const text = command.text.trim();
  const message = text
    ? answerMessage(diagnoseCommandText(text).diagnosis, {
        share: true,
        quote: diagnose(text).masked,
        siteUrl: args.siteUrl ?? null,
      })
    : { text: USAGE, blocks: [] };
  try {
    await client.chat.postEphemeral({ channel: command.channel_id, user: command.user_id, ...message });
  } catch (e) {
    logger.debug(`postEphemeral failed (${(e as Error).message}); answering through response_url`);
    await respond({ response_type: 'ephemeral', ...message });
  }
}
