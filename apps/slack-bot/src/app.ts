// Builds the Bolt App for Socket Mode or HTTP and wires the listeners. No handling lives here.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, ErrorCode, HTTPReceiver, type Logger, SocketModeReceiver } from '@slack/bolt';
import type { Config } from './config.js';
import { guardedListener } from './http.js';
import { createLogger } from './logger.js';
import { createDeps, type Deps } from './listeners/deps.js';
import { registerListeners } from './listeners/index.js';

/** Options for {@link createApp} beyond the Config. */
export interface CreateAppOptions {
  /** Where Bolt and the bot log. @default a console logger at `config.logLevel` */
  logger?: Logger;
  /** Web API client retries; tests and the benchmark use 0. @default Bolt's (10 over ~30 min) */
  retries?: number;
  /** Listener state; pass one to share or inspect it. @default fresh */
  deps?: Deps;
}

/** A built bot: the Bolt App plus how to start and stop it. */
export interface SlackBot {
  app: App;
  mode: 'socket' | 'http';
  /** Starts listening (HTTP: on `config.port`/`config.host`; Socket Mode: connects). */
  start(): Promise<void>;
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
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    ...(options.retries !== undefined ? { retryConfig: { retries: options.retries } } : {}),
  };
  const deps =
    options.deps ??
    createDeps(config.messageThreshold, { apiUrl: config.apiUrl, siteUrl: config.siteUrl ?? null });

  if (config.mode === 'socket') {
    const receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      installerOptions: { clientOptions },
    });
    const app = new App({ token: config.botToken, receiver, logger, clientOptions });
    registerListeners(app, deps);
    const bot: SlackBot = {
      app,
      mode: 'socket',
      start: async () => void (await app.start()),
      stop: async () => void (await app.stop()),
      port: () => null,
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
          res.end('{"ok":true}');
        },
      },
    ],
  });
  const app = new App({ token: config.botToken, receiver, logger, clientOptions });
  registerListeners(app, deps);

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
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(config.port, config.host, () => resolve());
      });
    },
    async stop() {
      const s = server;
      server = null;
      if (!s) return;
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    port: () => (server?.address() as AddressInfo | null)?.port ?? null,
    [Symbol.asyncDispose]: () => bot.stop(),
  };
  return bot;
}
