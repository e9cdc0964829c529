// What the listeners share: settings and the memory that keeps answers single.
import type { Logger, webApi } from '@slack/bolt';
import { createMemo, type Memo } from '../dedupe.js';
import type { SlackFile } from './files.js';

/** The Web API client the listeners call (Bolt's, or the console's stand-in). */
export type Client = webApi.WebClient;

/** The bot's reply to one message, so edits and deletes can follow it. */
export interface Answered {
  /** Our reply's `ts`, or `null` while it is being posted. */
  reply: string | null;
  /** The message addressed the bot (mention, DM), so it answers even without a match. */
  always: boolean;
  /** The text answered, to ignore edits that do not change it (link unfurls). */
  text: string;
}

/** Everything a listener needs besides Bolt's arguments. */
export interface Deps {
  /** Least confidence for answering messages nobody addressed to the bot. */
  threshold: number;
  /** Base URL of the smtpfix site that answers link to, or `null` for no link. */
  siteUrl: string | null;
  /** Event ids already handled (Slack's retried deliveries). */
  events: Memo<true>;
  /** `channel:ts` of answered messages → our reply. */
  answered: Memo<Answered>;
  /**
   * Ids of shared files already answered: Slack sends a `message` (`file_share`) and a `file_shared`
   * event for most uploads, and each file is downloaded and answered once.
   */
  files: Memo<true>;
  /** The configured Web API base URL (`null`: Slack's own); shared files are only downloaded from its host or Slack's. */
  apiUrl: string | null;
}

/**
 * Fresh Deps with the default memory sizes.
 * @param urls `apiUrl`: the configured Web API base URL; `siteUrl`: the smtpfix site answers link to.
 */
export function createDeps(
  threshold: number,
  urls: { apiUrl?: string | null; siteUrl?: string | null } = {},
): Deps {
  return {
    threshold,
    apiUrl: urls.apiUrl ?? null,
    siteUrl: urls.siteUrl ?? null,
    events: createMemo<true>({ ttlMs: 15 * 60_000 }),
    answered: createMemo<Answered>({ ttlMs: 24 * 60 * 60_000, max: 20_000 }),
    files: createMemo<true>({ ttlMs: 60 * 60_000, max: 5_000 }),
  };
}

/** Bolt's arguments that the listeners use, narrowed so tests can pass plain objects. */
export interface BaseArgs {
  client: Client;
  logger: Logger;
  context: { botUserId?: string; botId?: string; retryNum?: number; botToken?: string };
  /** Base URL of the smtpfix site that answers link to (from {@link Deps.siteUrl}). */
  siteUrl?: string | null;
}

/** A message event as the listeners read it (Slack's union of subtypes, loosely). */
export interface MessageLike {
  type: string;
  subtype?: string;
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  message?: MessageLike;
  previous_message?: MessageLike;
  deleted_ts?: string;
  hidden?: boolean;
  /** Files shared with the message (`subtype: 'file_share'`). */
  files?: SlackFile[];
}

export const keyOf = (channel: string, ts: string) => `${channel}:${ts}`;
