// What a failed Slack call means for the person running the bot: one line that names the setting
// to change (or the host that cannot be reached) and what to do. Never a stack trace, never a token.

/** Scopes the bot token must carry; the same list as `manifest.json`. */
export const BOT_SCOPES = [
  'app_mentions:read',
  'channels:history',
  'groups:history',
  'im:history',
  'mpim:history',
  'chat:write',
  'commands',
  'files:read',
] as const;

/** The scope an app-level token needs to open a Socket Mode connection. */
export const APP_TOKEN_SCOPE = 'connections:write';

/**
 * Why the bot could not start or stay connected.
 * - `SLACK_AUTH`: Slack refused a token (wrong, revoked, inactive, wrong kind).
 * - `SLACK_SCOPE`: a token lacks a scope the bot needs.
 * - `SLACK_UNREACHABLE`: the Web API host did not answer within the connect timeout.
 * - `SLACK_API`: Slack (or whatever `SLACK_API_URL` points at) answered something else unusable.
 */
export type SlackStartErrorCode = 'SLACK_AUTH' | 'SLACK_SCOPE' | 'SLACK_UNREACHABLE' | 'SLACK_API';

/** A Slack failure the bot cannot work around; `message` is one line saying what to do. */
export class SlackStartError extends Error {
  override name = 'SlackStartError';
  /** Process exit code for this failure: 78 (EX_CONFIG) for a setting to fix, 69 (EX_UNAVAILABLE) otherwise. */
  readonly exitCode: number;
  constructor(
    readonly code: SlackStartErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.exitCode = code === 'SLACK_UNREACHABLE' || code === 'SLACK_API' ? 69 : 78;
  }
}

/** True for a {@link SlackStartError}, even one from another copy of this package. */
export function isSlackStartError(e: unknown): e is SlackStartError {
  return e instanceof SlackStartError || (e instanceof Error && e.name === 'SlackStartError');
}

/** Which token a call used, so the message names the variable to fix. */
export type TokenVariable = 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN';

const WHERE: Record<TokenVariable, string> = {
  SLACK_BOT_TOKEN: 'the "Bot User OAuth Token" (xoxb-…) under OAuth & Permissions',
  SLACK_APP_TOKEN: `an app-level token (xapp-…) with ${APP_TOKEN_SCOPE} under Basic Information → App-Level Tokens`,
};

/** The shape of `@slack/web-api` errors that matters here (read structurally, no class import). */
interface WebApiErrorLike {
  code?: string;
  message?: string;
  statusCode?: number;
  data?: { error?: string; needed?: string; provided?: string };
  original?: { code?: string; message?: string };
}

/** Host (and port) of the Web API base URL, for messages. */
export function apiHost(apiUrl: string | null): string {
  try {
    return new URL(apiUrl ?? 'https://slack.com/api/').host;
  } catch {
    return String(apiUrl);
  }
}

/**
 * True when the failure is the network or Slack being briefly unavailable (worth retrying with
 * back-off), false when retrying cannot help (a refused token, a missing scope).
 */
export function isTransient(e: unknown): boolean {
  const err = e as WebApiErrorLike;
  if (err.code === 'slack_webapi_request_error') return true;
  if (err.code === 'slack_webapi_http_error') return (err.statusCode ?? 0) >= 500 || err.statusCode === 429;
  if (err.code === 'slack_webapi_rate_limited_error') return true;
  if (err.code === 'slack_webapi_platform_error')
    return [
      'internal_error',
      'fatal_error',
      'service_unavailable',
      'request_timeout',
      'ratelimited',
    ].includes(err.data?.error ?? '');
  return false;
}

/** The network reason of a request error (`ECONNREFUSED`, `ENOTFOUND`, …), or its message. */
export function networkReason(e: unknown): string {
  const err = e as WebApiErrorLike;
  const code = err.original?.code;
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') return 'no answer in time';
  return code ?? err.original?.message ?? err.message ?? String(e);
}

/**
 * Turns an error from a Web API call made with `variable`'s token into a {@link SlackStartError}
 * whose message is one line: what Slack said, which variable, and what to do.
 */
export function describeSlackError(
  e: unknown,
  variable: TokenVariable,
  apiUrl: string | null,
): SlackStartError {
  if (isSlackStartError(e)) return e;
  const err = e as WebApiErrorLike;
  const host = apiHost(apiUrl);
  if (err.code === 'slack_webapi_request_error')
    return new SlackStartError(
      'SLACK_UNREACHABLE',
      `Cannot reach Slack at ${host} (${networkReason(e)}): check the network, proxy or firewall${apiUrl ? ', and SLACK_API_URL' : ''}.`,
      { cause: e },
    );
  if (err.code === 'slack_webapi_http_error')
    return new SlackStartError(
      (err.statusCode ?? 0) >= 500 ? 'SLACK_UNREACHABLE' : 'SLACK_API',
      `Slack's Web API at ${host} answered HTTP ${err.statusCode}: ${
        (err.statusCode ?? 0) >= 500
          ? 'Slack is having trouble, see https://slack-status.com'
          : `is ${apiUrl ? 'SLACK_API_URL' : 'the Web API URL'} right? It must end in /api/`
      }.`,
      { cause: e },
    );
  const code = err.data?.error;
  if (err.code !== 'slack_webapi_platform_error' || !code)
    return new SlackStartError('SLACK_API', `Slack call failed: ${err.message ?? String(e)}`, { cause: e });
  switch (code) {
    case 'invalid_auth':
    case 'not_authed':
      return new SlackStartError(
        'SLACK_AUTH',
        `Slack rejected ${variable} (${code}): set it to ${WHERE[variable]} of this app.`,
        { cause: e },
      );
    case 'token_revoked':
    case 'token_expired':
    case 'account_inactive':
    case 'app_uninstalled':
    case 'user_removed_from_team':
    case 'team_disabled':
      return new SlackStartError(
        'SLACK_AUTH',
        `Slack says ${variable} is no longer valid (${code}): reinstall the app to the workspace, then set ${variable} to the new ${WHERE[variable]}.`,
        { cause: e },
      );
    case 'not_allowed_token_type':
      return new SlackStartError(
        'SLACK_AUTH',
        `${variable} is the wrong kind of token (${code}): it must be ${WHERE[variable]}.`,
        { cause: e },
      );
    case 'missing_scope': {
      const needed = err.data?.needed ?? (variable === 'SLACK_APP_TOKEN' ? APP_TOKEN_SCOPE : 'a scope');
      return missingScope(variable, needed.split(','), e);
    }
    default:
      return new SlackStartError('SLACK_API', `Slack refused the call with ${variable} (${code}).`, {
        cause: e,
      });
  }
}

/** A {@link SlackStartError} for a token that lacks `scopes`. */
export function missingScope(
  variable: TokenVariable,
  scopes: readonly string[],
  cause?: unknown,
): SlackStartError {
  const list = scopes.join(', ');
  const how =
    variable === 'SLACK_APP_TOKEN'
      ? `create an app-level token with ${APP_TOKEN_SCOPE} under Basic Information → App-Level Tokens and set ${variable} to it`
      : `add ${scopes.length > 1 ? 'them' : 'it'} under OAuth & Permissions → Bot Token Scopes (or paste manifest.json again), reinstall the app, then set ${variable} to the new token`;
  return new SlackStartError(
    'SLACK_SCOPE',
    `${variable} lacks the scope${scopes.length > 1 ? 's' : ''} ${list}: ${how}.`,
    {
      cause,
    },
  );
}

/** One line for an error a listener hit at run time (the full error stays out of the log). */
export function oneLine(e: unknown, apiUrl: string | null): string {
  const err = e as WebApiErrorLike & { original?: unknown };
  const inner = (err as { original?: WebApiErrorLike }).original;
  const subject = inner && typeof inner === 'object' && 'data' in inner ? inner : err;
  if (typeof subject.code === 'string' && subject.code.startsWith('slack_webapi_'))
    return describeSlackError(subject, 'SLACK_BOT_TOKEN', apiUrl).message;
  return (err.message ?? String(e)).split('\n')[0] ?? String(e);
}
