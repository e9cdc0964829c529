// Configuration from the environment, checked once at start. Secrets are kept off enumeration so
// logging or serialising a Config never prints them.

/** How the bot runs: Socket Mode, the HTTP receiver, or a local console with no Slack at all. */
export type Mode = 'socket' | 'http' | 'console';

/** The bot's settings, normalised. Secrets are non-enumerable properties. */
export interface Config {
  mode: Mode;
  /** `SLACK_BOT_TOKEN` (`xoxb-…`). Empty in console mode. */
  readonly botToken: string;
  /** `SLACK_SIGNING_SECRET`. Empty in socket and console modes. */
  readonly signingSecret: string;
  /** `SLACK_APP_TOKEN` (`xapp-…`). Empty unless in socket mode. */
  readonly appToken: string;
  /** HTTP port. @default 3000 */
  port: number;
  /** HTTP bind address. @default '0.0.0.0' */
  host: string;
  /** Web API base URL, ending in `/`, or `null` for Slack's own. */
  apiUrl: string | null;
  /**
   * Least confidence at which the bot answers a message nobody asked it about (channels, DMs).
   * Mentions, the command and the shortcut always answer. @default 0.6
   */
  messageThreshold: number;
  /** `debug`, `info`, `warn` or `error`. @default 'info' */
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /**
   * How long to keep retrying an unreachable Slack at start before giving up, in ms
   * (`SLACK_CONNECT_TIMEOUT`, in seconds). @default 120 000
   */
  connectTimeoutMs?: number;
  /**
   * Socket Mode only: serve `GET /healthz` on `port`/`host` (set when `PORT` is given, so a
   * container can be health-checked). HTTP mode always serves it. @default false
   */
  healthCheck?: boolean;
  /**
   * `SMTPFIX_SITE_URL`: base URL of the smtpfix fix site (apps/site). Answers link to the page
   * there; `null` (unset) adds no link. @default null
   */
  siteUrl?: string | null;
}

/** A setting that is missing or wrong; `problems` says which and how to fix each. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly code = 'SLACK_BOT_CONFIG';
  constructor(readonly problems: string[]) {
    super(`The Slack bot is not configured:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** True for a {@link ConfigError}, even one from another copy of this package. */
export function isConfigError(e: unknown): e is ConfigError {
  return e instanceof ConfigError || (e instanceof Error && e.name === 'ConfigError');
}

/** Default for {@link Config.messageThreshold}: answers at 0.6 are right about 6 times in 10 or better. */
export const DEFAULT_MESSAGE_THRESHOLD = 0.6;

/** Builds a Config with the secrets hidden from enumeration. */
export function makeConfig(
  settings: Omit<Config, 'botToken' | 'signingSecret' | 'appToken'>,
  secrets: { botToken?: string; signingSecret?: string; appToken?: string },
): Config {
  const config = { ...settings } as Config;
  for (const key of ['botToken', 'signingSecret', 'appToken'] as const)
    Object.defineProperty(config, key, { value: secrets[key] ?? '', enumerable: false });
  return Object.freeze(config);
}

/** Default for {@link Config.connectTimeoutMs}. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 120_000;

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/**
 * Reads the environment. With none of `SLACK_BOT_TOKEN`, `SLACK_SIGNING_SECRET`, `SLACK_APP_TOKEN`
 * set it is console mode; with `SLACK_APP_TOKEN` Socket Mode; otherwise HTTP. Throws a
 * {@link ConfigError} listing every problem at once.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const get = (k: string) => env[k]?.trim() || '';
  const botToken = get('SLACK_BOT_TOKEN');
  const signingSecret = get('SLACK_SIGNING_SECRET');
  const appToken = get('SLACK_APP_TOKEN');
  const problems: string[] = [];

  const mode: Mode = appToken ? 'socket' : botToken || signingSecret ? 'http' : 'console';
  if (mode !== 'console') {
    if (!botToken)
      problems.push(
        'SLACK_BOT_TOKEN is missing: copy the "Bot User OAuth Token" (xoxb-…) from OAuth & Permissions.',
      );
    else if (!botToken.startsWith('xoxb-'))
      problems.push('SLACK_BOT_TOKEN must be a bot token starting with "xoxb-".');
  }
  if (mode === 'socket' && !appToken.startsWith('xapp-'))
    problems.push(
      'SLACK_APP_TOKEN must be an app-level token starting with "xapp-" with the connections:write scope.',
    );
  if (mode === 'http' && !signingSecret)
    problems.push(
      'SLACK_SIGNING_SECRET is missing: copy "Signing Secret" from Basic Information (or set SLACK_APP_TOKEN for Socket Mode).',
    );

  const portText = get('PORT') || '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    problems.push(`PORT must be a number 0–65535, not "${portText}".`);

  let apiUrl: string | null = null;
  const apiText = get('SLACK_API_URL');
  if (apiText) {
    try {
      const u = new URL(apiText);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
      apiUrl = u.href.endsWith('/') ? u.href : `${u.href}/`;
    } catch {
      problems.push(`SLACK_API_URL must be an http(s) URL such as https://slack.com/api/, not "${apiText}".`);
    }
  }

  const thresholdText = get('SMTPFIX_MESSAGE_THRESHOLD');
  const messageThreshold = thresholdText ? Number(thresholdText) : DEFAULT_MESSAGE_THRESHOLD;
  if (!(messageThreshold >= 0 && messageThreshold <= 1))
    problems.push(`SMTPFIX_MESSAGE_THRESHOLD must be a number from 0 to 1, not "${thresholdText}".`);

  const connectText = get('SLACK_CONNECT_TIMEOUT');
  const connectSec = connectText ? Number(connectText) : DEFAULT_CONNECT_TIMEOUT_MS / 1000;
  if (!(connectSec > 0 && connectSec <= 86_400))
    problems.push(`SLACK_CONNECT_TIMEOUT must be a number of seconds above 0, not "${connectText}".`);
  let siteUrl: string | null = null;
  const siteText = get('SMTPFIX_SITE_URL');
  if (siteText) {
    try {
      const u = new URL(siteText);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
      siteUrl = u.href;
    } catch {
      problems.push(
        `SMTPFIX_SITE_URL must be an http(s) URL such as https://smtpfix.example/, not "${siteText}".`,
      );
    }
  }

  const level = (get('LOG_LEVEL') || 'info').toLowerCase();
  if (!(LEVELS as readonly string[]).includes(level))
    problems.push(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, not "${level}".`);

  if (problems.length) throw new ConfigError(problems);
  return makeConfig(
    {
      mode,
      port,
      host: get('HOST') || '0.0.0.0',
      apiUrl,
      messageThreshold,
      logLevel: level as Config['logLevel'],
      connectTimeoutMs: Math.round(connectSec * 1000),
      healthCheck: mode === 'socket' && get('PORT') !== '',
      siteUrl,
    },
    { botToken, signingSecret: mode === 'http' ? signingSecret : '', appToken },
  );
}
