// Registers every listener on the App. Listeners are plain functions; this file is the only one
// that knows Bolt's routing.
import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import { ACTIONS } from '../blocks/answer.js';
import { VIEWS } from '../blocks/views.js';
import {
  type ActionArgs,
  onAlternatives,
  onFullPage,
  onHomeLookup,
  onLookupSubmit,
  onShare,
  type SubmitArgs,
} from './actions.js';
import { COMMAND, onCommand } from './command.js';
import type { Deps, MessageLike } from './deps.js';
import { onHomeOpened } from './home.js';
import { onMention } from './mention.js';
import { onMessage } from './messages.js';
import { type FileSharedEvent, onFileSharedEvent } from './shared-files.js';
import { onShortcut, SHORTCUT } from './shortcut.js';

/**
 * Global middleware: an Events API delivery whose `event_id` was already handled (Slack's retry,
 * `X-Slack-Retry-Num`) stops here. Bolt has already acked it, so Slack stops retrying.
 */
export function dropRedeliveries(deps: Deps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next, context, logger }) => {
    const id = (body as { event_id?: unknown }).event_id;
    if (typeof id === 'string' && !deps.events.claim(id, true)) {
      logger.debug(`skipping redelivered event ${id} (retry ${context.retryNum ?? '?'})`);
      return;
    }
    await next();
  };
}

/** Wires the listeners to Bolt's events, command, shortcut, actions and view. */
export function registerListeners(app: App, deps: Deps): void {
  app.use(dropRedeliveries(deps));
  app.event('message', (args) => onMessage(deps, { ...args, event: args.event as unknown as MessageLike }));
  app.event('app_mention', (args) =>
    onMention(deps, { ...args, event: args.event as unknown as MessageLike }),
  );
  app.event('file_shared', (args) =>
    onFileSharedEvent(deps, { ...args, event: args.event as unknown as FileSharedEvent }),
  );
  app.event('app_home_opened', (args) => onHomeOpened(args));
  const siteUrl = deps.siteUrl;
  app.command(COMMAND, (args) => onCommand({ ...args, siteUrl }));
  app.shortcut(SHORTCUT, (args) =>
    onShortcut({
      ...args,
      siteUrl,
      shortcut: args.shortcut as { trigger_id: string; message?: { text?: string } },
    }),
  );
  const action = (fn: (a: ActionArgs) => Promise<void>) => (args: unknown) =>
    fn({ ...(args as ActionArgs), siteUrl });
  app.action(ACTIONS.alternatives, action(onAlternatives));
  app.action(ACTIONS.fullPage, action(onFullPage));
  app.action(ACTIONS.openEntry, action(onFullPage));
  app.action(ACTIONS.share, action(onShare));
  app.action(ACTIONS.homeLookup, action(onHomeLookup));
  app.view(VIEWS.lookup, (args) => onLookupSubmit({ ...(args as unknown as SubmitArgs), siteUrl }));
}
