// The public API of @smtpfix/slack-bot: build the app, run the console, and the pure parts.

export type { CreateAppOptions, SlackBot } from './app.js';
export { createApp } from './app.js';
export type { Config, Mode } from './config.js';
export {
  ConfigError,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_MESSAGE_THRESHOLD,
  isConfigError,
  loadConfig,
  makeConfig,
} from './config.js';
export type { ConsoleIo } from './console.js';
export { runConsole, SAMPLE_PASTE } from './console.js';
export type { Diagnosed } from './diagnose.js';
export { diagnose, MAX_PASTE, worthAnswering } from './diagnose.js';
// Masking moved to @smtpfix/core (the site's paste box runs it in the browser); re-exported here
// so the bot's public API is unchanged.
export { MASK, maskSecrets } from '@smtpfix/core';
export type { SlackStartErrorCode } from './slack-errors.js';
export { APP_TOKEN_SCOPE, BOT_SCOPES, isSlackStartError, SlackStartError } from './slack-errors.js';
export type { AnswerOptions, SlackMessage } from './blocks/answer.js';
export { ACTIONS, answerMessage } from './blocks/answer.js';
export { alternativesView, homeView, pageView } from './blocks/views.js';
