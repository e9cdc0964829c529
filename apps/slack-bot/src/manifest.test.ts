// The manifest asks for exactly what the listeners use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMAND } from './listeners/command.js';
import { SHORTCUT } from './listeners/shortcut.js';
import { BOT_SCOPES } from './slack-errors.js';

const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));

describe('manifest.json', () => {
  it('has exactly the scopes, events, command and shortcut the bot uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        'app_mentions:read',
        'channels:history',
        'chat:write',
        'commands',
        'files:read',
        'groups:history',
        'im:history',
        'mpim:history',
      ].sort(),
    );
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      [
        'app_home_opened',
        'app_mention',
        'file_shared',
        'message.channels',
        'message.groups',
        'message.im',
        'message.mpim',
      ].sort(),
    );
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([COMMAND]);
    expect(manifest.features.shortcuts.map((s: { callback_id: string }) => s.callback_id)).toEqual([
      SHORTCUT,
    ]);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it('asks for the scopes the start-up check requires of SLACK_BOT_TOKEN', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
  });
});
