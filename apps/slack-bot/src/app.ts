// Builds the Bolt App for Socket Mode or HTTP and wires the listeners. No handling lives here;
// starting (token check, back-off) is in connect.ts, stopping (grace for work in flight) in lifecycle.ts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type Authorize, ErrorCode, HTTPReceiver, type Logger, SocketModeReceiver } from '@slack/bolt';
import type { Config } from './config.js';
import { type BotIdentity, checkBotToken, withBackoff } from './connect.js';
import { guardedListener } from './http.js';
import { createInflight, healthServer, listen, stoppedError, withTimeout } from './lifecycle.js';
import { createLogger, quieten } from './logger.js';
import { createDeps, type Deps } from './listeners/deps.js';
import { registerListeners } from './listeners/index.js';
import { describeSlackError, oneLine, type SlackStartError } from './slack-errors.js';

/** Options for {@link createApp} beyond the Config. */
export interface CreateAppOptions {
  /** Where Bolt and the bot log. @default a console logger at `config.logLevel` */
  logger?: Logger;
  /** Web API client retries; tests and the benchmark use 0. @default Bolt's (10 over ~30 min) */
  retries?: number;
  /** Listener state; pass one to share or inspect it. @default fresh */
  deps?: Deps;
  /** Longest {@link SlackBot.stop} waits for listeners still working before it closes. @default 5000 */
  stopGraceMs?: number;
  /** First wait between attempts to reach an unreachable Slack at start, in ms. @default 1000 */
  connectDelayMs?: number;
  /**
   * Socket Mode: called when a lost connection could not be reopened within
   * `config.connectTimeoutMs` (the bot no longer receives anything). @default logs the error
   */
  onConnectionLost?: (error: SlackStartError) => void;
}

/** A built bot: the Bolt App plus how to start and stop it. */
export interface SlackBot {
  app: App;
  mode: 'socket' | 'http';
  /**
   * Checks the bot token with Slack (retrying an unreachable Slack with back-off until
   * `config.connectTimeoutMs`), then serves: HTTP listens on `config.port`/`config.host` (before the
   * check, so requests are acknowledged meanwhile); Socket Mode connects. Rejects with a
   * `SlackStartError` whose message says what to fix.
   */
  start(): Promise<void>;
  /**
   * Stops taking new work, waits up to `stopGraceMs` for listeners still working, then closes the
   * server or socket. Aborts a `start()` still retrying. A stopped bot is not started again:
   * build a new one.
   */
  stop(): Promise<void>;
  /** The HTTP server's port once started (useful with port 0), else `null`. */
  port(): number | null;
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Builds the bot from a Config in `socket` or `http` mode. HTTP serves `POST /slack/events`
 * (signature checked, acked before any work) and `GET /healthz`; `config.apiUrl` sends Web API
 * calls elsewhere.
 *
 * @example
 * const bot = createApp(loadConfig(process.env));
 * await bot.start();
 */
export function createApp(config: Config, options: CreateAppOptions = {}): SlackBot {
  if (config.mode === 'console') throw new TypeError('createApp needs socket or http mode; use runConsole()');
  const logger = options.logger ?? createLogger(config.logLevel);
  const retryConfig = options.retries !== undefined ? { retryConfig: { retries: options.retries } } : {};
  const clientOptions = { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), ...retryConfig };
  const deps =
    options.deps ??
    createDeps(config.messageThreshold, { apiUrl: config.apiUrl, siteUrl: config.siteUrl ?? null });
  const graceMs = options.stopGraceMs ?? 5000;
  const stopping = new AbortController();
  const connect = {
    logger,
    signal: stopping.signal,
    ...(config.connectTimeoutMs !== undefined ? { timeoutMs: config.connectTimeoutMs } : {}),
    ...(options.connectDelayMs !== undefined ? { initialDelayMs: options.connectDelayMs } : {}),
  };

  // Bolt's own `token` option calls auth.test in the constructor and awaits it before acking each
  // event (30 minutes of retries when Slack is unreachable; an unhandled rejection when the token is
  // wrong). start() checks the token itself; authorize only reads what that check found.
  let identity: BotIdentity | null = null;
  const authorize: Authorize<boolean> = async () => ({
    botToken: config.botToken,
    ...(identity?.botId ? { botId: identity.botId } : {}),
    ...(identity?.botUserId ? { botUserId: identity.botUserId } : {}),
    ...(identity?.teamId ? { teamId: identity.teamId } : {}),
  });
  const inflight = createInflight();
  const wire = (app: App) => {
    app.use(inflight.middleware);
    registerListeners(app, deps);
    // Bolt's default handler logs the whole error object, stack and all.
    app.error(async (e) => void logger.error(oneLine(e, config.apiUrl)));
  };
  const checkToken = async () => {
    identity = await checkBotToken(config.botToken, config.apiUrl, connect);
    logger.info(`signed in to Slack as bot user ${identity.botUserId} in team ${identity.teamId}`);
  };

  if (config.mode === 'socket') {
    const receiver = new SocketModeReceiver({
      appToken: config.appToken,
      // Each failed attempt is reported once, by withBackoff; the client would add two more lines.
      logger: quieten(logger, /^(http request failed|Failed to retrieve a new WSS URL)/),
      // Reconnecting is ours (below): the client's own retries a refused token every 5 s forever
      // and lets its last failure escape as an unhandled rejection.
      autoReconnectEnabled: false,
      installerOptions: { clientOptions: { ...clientOptions, retryConfig: { retries: 0 } } },
    });
    const app = new App({ authorize, receiver, logger, clientOptions });
    wire(app);
    let connected = false;
    let started = false;
    const openSocket = () =>
      withBackoff(
        'opening the Socket Mode connection',
        'SLACK_APP_TOKEN',
        config.apiUrl,
        () => receiver.client.start(),
        connect,
      );
    receiver.client.on('connected', () => {
      connected = true;
    });
    receiver.client.on('disconnected', () => {
      const wasConnected = connected;
      connected = false;
      if (!started || !wasConnected || stopping.signal.aborted) return;
      logger.warn('the Socket Mode connection closed; reconnecting');
      openSocket().then(
        () => logger.info('Socket Mode reconnected'),
        (e: unknown) => {
          if (stopping.signal.aborted) return;
          started = false;
          const err = describeSlackError(e, 'SLACK_APP_TOKEN', config.apiUrl);
          if (options.onConnectionLost) options.onConnectionLost(err);
          else logger.error(err.message);
        },
      );
    });
    const health = config.healthCheck ? healthServer(() => connected) : null;
    const bot: SlackBot = {
      app,
      mode: 'socket',
      async start() {
        if (health) await listen(health, config.port, config.host);
        try {
          await checkToken();
          started = true;
          await openSocket();
        } catch (e) {
          started = false;
          if (health?.listening) health.close();
          throw stopping.signal.aborted ? stoppedError() : e;
        }
      },
      async stop() {
        stopping.abort(stoppedError());
        health?.close();
        health?.closeAllConnections();
        await inflight.idle(graceMs);
        if (started) {
          started = false;
          await withTimeout(receiver.client.disconnect(), 2000);
        }
      },
      port: () => (health?.address() as AddressInfo | null)?.port ?? null,
      [Symbol.asyncDispose]: () => bot.stop(),
    };
    return bot;
  }

  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: '/slack/events',
    logger,
    // Ack first, work after: Slack gets its answer within 3 s however slow the Web API is.
    processBeforeResponse: false,
    // A request nothing acked gets a clean answer before Slack's 3 s deadline, not after it.
    unhandledRequestTimeoutMillis: 2500,
    customRoutes: [
      {
        path: '/healthz',
        method: ['GET'],
        handler: (_req, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: true, slack: identity ? 'ready' : 'connecting' }));
        },
      },
    ],
  });
  const app = new App({ authorize, receiver, logger, clientOptions });
  wire(app);

  const listener = guardedListener(receiver.requestListener, { signingSecret: config.signingSecret, logger });
  let server: Server | null = null;
  const bot: SlackBot = {
    app,
    mode: 'http',
    async start() {
      if (server) return;
      const s = createServer((req, res) => {
        try {
          listener(req, res);
        } catch (e) {
          const notFound = (e as { code?: string }).code === ErrorCode.HTTPReceiverDeferredRequestError;
          res.writeHead(notFound ? 404 : 500);
          res.end();
        }
      });
      server = s;
      await listen(s, config.port, config.host);
      try {
        await checkToken();
      } catch (e) {
        if (server === s) {
          server = null;
          s.closeAllConnections();
          s.close();
        }
        throw stopping.signal.aborted ? stoppedError() : e;
      }
    },
    async stop() {
      stopping.abort(stoppedError());
      const s = server;
      server = null;
      if (!s) return;
      // No new connections; idle keep-alive ones go now, busy ones once their answer is sent.
      const closed = new Promise<void>((resolve) => s.close(() => resolve()));
      s.closeIdleConnections();
      await inflight.idle(graceMs);
      s.closeAllConnections();
      await closed;
    },
    port: () => (server?.address() as AddressInfo | null)?.port ?? null,
    [Symbol.asyncDispose]: () => bot.stop(),
  };
  return bot;
}
