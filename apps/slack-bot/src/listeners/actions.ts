// Buttons and the lookup modal's submit.
import type { RespondFn } from '@slack/bolt';
import { answerMessage } from '../blocks/answer.js';
import { decodeRef } from '../blocks/ref.js';
import { alternativesView, answerView, LOOKUP_INPUT, lookupView, pageView } from '../blocks/views.js';
import type { ModalView } from '../blocks/text.js';
import { diagnose } from '../diagnose.js';
import type { BaseArgs } from './deps.js';

/** What the button listeners read from a `block_actions` body. */
export interface ActionArgs extends BaseArgs {
  ack: () => Promise<void>;
  action: { action_id: string; value?: string; type: string };
  body: {
    trigger_id?: string;
    user: { id: string };
    channel?: { id: string };
    view?: { type: string; id?: string };
  };
  respond?: RespondFn;
}

/** Opens a modal, or pushes it onto the one the button is in (modals stack; App Home cannot). */
async function show(args: ActionArgs, view: ModalView): Promise<void> {
  const { body, client } = args;
  if (!body.trigger_id) return;
  if (body.view?.type === 'modal') await client.views.push({ trigger_id: body.trigger_id, view });
  else await client.views.open({ trigger_id: body.trigger_id, view });
}

function refOf(args: ActionArgs) {
  const ref = decodeRef(args.action.value);
  if (!ref) args.logger.warn(`ignoring ${args.action.action_id} with a malformed value`);
  return ref;
}

/** "Not this one?": the alternatives in a modal. */
export async function onAlternatives(args: ActionArgs): Promise<void> {
  await args.ack();
  const ref = refOf(args);
  if (ref) await show(args, alternativesView(ref));
}

/** "Show the full page" and "Open" (an alternative): the whole page in a modal. */
export async function onFullPage(args: ActionArgs): Promise<void> {
  await args.ack();
  const ref = refOf(args);
  if (ref?.entry) await show(args, pageView(ref));
}

/**
 * "Share in channel" under a /smtpfix answer: posts the answer for everyone (no paste, only the
 * page, so nothing private is shared) and removes the ephemeral one.
 */
export async function onShare(args: ActionArgs): Promise<void> {
  await args.ack();
  const ref = refOf(args);
  const channel = args.body.channel?.id;
  if (!ref?.entry || !channel) return;
  try {
    await args.client.chat.postMessage({
      channel,
      ...answerMessage(ref, {
        footer: `Shared by <@${args.body.user.id}> with \`/smtpfix\``,
        siteUrl: args.siteUrl ?? null,
      }),
      unfurl_links: false,
    });
    await args.respond?.({ delete_original: true });
  } catch (e) {
    args.logger.warn(`could not share in ${channel}: ${(e as Error).message}`);
    await args.respond?.({
      response_type: 'ephemeral',
      replace_original: false,
      text: 'I cannot post in this conversation. Invite me with `/invite @smtpfix` and try again.',
    });
  }
}

/** "Look up an error" on the App Home: the lookup modal. */
export async function onHomeLookup(args: ActionArgs): Promise<void> {
  await args.ack();
  if (args.body.trigger_id)
    await args.client.views.open({ trigger_id: args.body.trigger_id, view: lookupView() });
}

/** What the lookup modal's submit listener reads. */
export interface SubmitArgs {
  ack: (
    response?:
      | { response_action: 'update'; view: ModalView }
      | { response_action: 'errors'; errors: Record<string, string> },
  ) => Promise<void>;
  view: { state: { values: Record<string, Record<string, { value?: string | null }>> } };
  /** Base URL of the smtpfix site that answers link to. */
  siteUrl?: string | null;
}

/** Lookup modal submitted: the answer replaces the form, in the ack itself (no extra API call). */
export async function onLookupSubmit(args: SubmitArgs): Promise<void> {
  const text = args.view.state.values[LOOKUP_INPUT.block]?.[LOOKUP_INPUT.action]?.value?.trim() ?? '';
  if (!text) {
    await args.ack({ response_action: 'errors', errors: { [LOOKUP_INPUT.block]: 'Paste an error first.' } });
    return;
  }
  const answer = diagnose(text);
  await args.ack({
    response_action: 'update',
    view: answerView(answer.diagnosis, answer.masked, args.siteUrl ?? null),
  });
}
