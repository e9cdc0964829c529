// The App Home: how to use the bot, and a lookup.
import { catalog } from '@smtpfix/core';
import { homeView } from '../blocks/views.js';
import type { BaseArgs } from './deps.js';

const EXAMPLES = ['535-5.7.8-bad-credentials', '454-4.7.0-cannot-authenticate', '550-5.7.26-unauthenticated']
  .map((id) => catalog.find((e) => e.id === id))
  .filter((e) => e !== undefined);

/** Publishes the Home tab each time a person opens it. */
export async function onHomeOpened(
  args: BaseArgs & { event: { user: string; tab?: string } },
): Promise<void> {
  const { event, client } = args;
  if (event.tab && event.tab !== 'home') return;
  await client.views.publish({ user_id: event.user, view: homeView(catalog.length, EXAMPLES) });
}
