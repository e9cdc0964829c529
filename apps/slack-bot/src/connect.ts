// Reaching Slack at start: check the bot token once (auth.test) with our own bounded back-off, so
// a wrong token stops the bot with one clear line and an unreachable Slack is retried a known
// number of times, each attempt logged once, instead of Bolt's silent 30-minute retries.
import { type Logger, webApi } from '@slack/bolt';
import { DEFAULT_CONNECT_TIMEOUT_MS } from './config.js';
import {
  apiHost,
  BOT_SCOPES,
  describeSlackError,
  isTransient,
  missingScope,
  networkReason,
  SlackStartError,
  type TokenVariable,
} from './slack-errors.js';

/** How long and how often to try reaching Slack. */
export interface ConnectOptions {
  /** Give up after this long, in ms. @default 120 000 */
  timeoutMs?: number;
  /** First wait between attempts, doubled each time up to `maxDelayMs`. @default 1000 */
  initialDelayMs?: number;
  /** @default 30 000 */
  maxDelayMs?: number;
  /** Aborts the waiting (the bot is stopping). */
  signal?: AbortSignal;
  /** Where each failed attempt is reported, one line each. */
  logger: Logger;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(t);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `promise`, or its rejection with the signal's reason as soon as `signal` aborts. */
function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * Runs `attempt` until it succeeds, retrying transient failures (network, 5xx, rate limits) with
 * doubling delays; a refused token or missing scope fails at once. Throws a `SlackStartError`.
 */
export async function withBackoff<T>(
  what: string,
  variable: TokenVariable,
  apiUrl: string | null,
  attempt: (remainingMs: number) => Promise<T>,
  options: ConnectOptions,
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const maxDelay = options.maxDelayMs ?? 30_000;
  let delay = options.initialDelayMs ?? 1000;
  const started = Date.now();
  const host = apiHost(apiUrl);
  for (let n = 1; ; n++) {
    options.signal?.throwIfAborted();
    try {
      return await abortable(attempt(Math.max(1, timeoutMs - (Date.now() - started))), options.signal);
    } catch (e) {
      options.signal?.throwIfAborted();
      if (!isTransient(e)) throw describeSlackError(e, variable, apiUrl);
      const elapsed = Date.now() - started;
      const reason = describeSlackError(e, variable, apiUrl);
      if (elapsed + delay > timeoutMs)
        throw new SlackStartError(
          'SLACK_UNREACHABLE',
          `Gave up ${what} after ${Math.round(elapsed / 1000)} s and ${n} attempt${n > 1 ? 's' : ''}: ${reason.message}`,
          { cause: e },
        );
      options.logger.warn(
        `Slack at ${host} is not answering (${networkReason(e)}); retrying ${what} in ${Math.round(delay / 1000)} s (attempt ${n}, giving up after ${Math.round(timeoutMs / 1000)} s)`,
      );
      await sleep(delay, options.signal);
      delay = Math.min(delay * 2, maxDelay);
    }
  }
}

/** Who the bot token belongs to, from `auth.test`. */
export interface BotIdentity {
  botUserId: string;
  botId: string;
  teamId: string;
}

/** A logger that keeps only errors: the Web API client's per-attempt warnings are ours to word. */
function quiet(logger: Logger): Logger {
  const nothing = () => {};
  return { ...logger, debug: nothing, info: nothing, warn: nothing, error: logger.error.bind(logger) };
}

/**
 * Checks the bot token with `auth.test` (one call, retried only while Slack is unreachable) and
 * that it carries every scope in {@link BOT_SCOPES} (read from Slack's `x-oauth-scopes` header
 * when the server sends it).
 */
export async function checkBotToken(
  botToken: string,
  apiUrl: string | null,
  options: ConnectOptions,
): Promise<BotIdentity> {
  return withBackoff(
    'reaching Slack',
    'SLACK_BOT_TOKEN',
    apiUrl,
    async (remainingMs) => {
      const client = new webApi.WebClient(botToken, {
        ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
        retryConfig: { retries: 0 },
        // A Slack that accepts the connection and never answers counts as unreachable too.
        timeout: Math.min(10_000, remainingMs),
        logger: quiet(options.logger),
      });
      const res = await client.auth.test();
      const scopes = res.response_metadata?.scopes;
      if (scopes) {
        const missing = BOT_SCOPES.filter((s) => !scopes.includes(s));
        if (missing.length) throw missingScope('SLACK_BOT_TOKEN', missing);
      }
      return { botUserId: res.user_id ?? '', botId: res.bot_id ?? '', teamId: res.team_id ?? '' };
    },
    options,
  );
}
