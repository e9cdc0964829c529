// The message shortcut "Explain SMTP error": the answer for any message, in a modal only the caller sees.
import { answerView } from '../blocks/views.js';
import { diagnose } from '../diagnose.js';
import type { BaseArgs } from './deps.js';

/** The shortcut's callback id, as in manifest.json. */
export const SHORTCUT = 'explain_smtp_error';

/** Acks, then opens a modal with the answer for the message's text (masked before it is quoted). */
export async function onShortcut(
  args: BaseArgs & {
    shortcut: { trigger_id: string; message?: { text?: string } };
    ack: () => Promise<void>;
  },
): Promise<void> {
  const { shortcut, ack, client } = args;
  await ack();
  const answer = diagnose(shortcut.message?.text ?? '');
  await client.views.open({
    trigger_id: shortcut.trigger_id,
    view: answerView(answer.diagnosis, answer.masked, args.siteUrl ?? null),
  });
}
