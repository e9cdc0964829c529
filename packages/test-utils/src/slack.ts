// Test helpers for Slack apps: sign requests the way Slack does, post them to a running app, and a
// local stand-in for Slack's Web API that records every call and answers like Slack.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

/** The two headers Slack adds to every request it sends an app. */
export interface SlackSignatureHeaders {
  'x-slack-signature': string;
  'x-slack-request-timestamp': string;
}

/**
 * Signs a raw request body with a signing secret, as Slack does (`v0=` HMAC-SHA256 of
 * `v0:{timestamp}:{body}`). `timestampSec` defaults to now; pass an old one to make a stale request.
 */
export function signSlackRequest(
  signingSecret: string,
  rawBody: string,
  timestampSec: number = Math.floor(Date.now() / 1000),
): SlackSignatureHeaders {
  const hmac = createHmac('sha256', signingSecret).update(`v0:${timestampSec}:${rawBody}`).digest('hex');
  return { 'x-slack-signature': `v0=${hmac}`, 'x-slack-request-timestamp': String(timestampSec) };
}

/** What to post with {@link postSigned}. */
export interface PostSignedOptions {
  signingSecret: string;
  /**
   * `json`: an Events API body. `form`: fields sent form-encoded (slash commands).
   * `payload`: an interactivity body (block actions, shortcuts, views) sent as `payload=<json>`.
   * `raw`: the body as given, with `contentType`.
   */
  kind?: 'json' | 'form' | 'payload' | 'raw';
  body: unknown;
  contentType?: string;
  /** Seconds since the epoch to sign with. @default now */
  timestampSec?: number;
  /** Sent as `X-Slack-Retry-Num` (with `X-Slack-Retry-Reason: http_timeout`). */
  retryNum?: number;
  /** Replaces the computed signature (forged requests). `null` leaves the signature headers out. */
  signature?: string | null;
  /** @default '/slack/events' */
  path?: string;
}

/** The app's HTTP answer to a posted request. */
export interface PostedResponse {
  status: number;
  text: string;
  headers: Record<string, string>;
  /** Time from sending to the whole response read, in ms. */
  ms: number;
  json<T = unknown>(): T;
}

/** Encodes a body the way Slack sends it for each kind of request. */
export function encodeSlackBody(
  kind: PostSignedOptions['kind'],
  body: unknown,
): { raw: string; type: string } {
  switch (kind ?? 'json') {
    case 'json':
      return { raw: JSON.stringify(body), type: 'application/json' };
    case 'form':
      return {
        raw: new URLSearchParams(body as Record<string, string>).toString(),
        type: 'application/x-www-form-urlencoded',
      };
    case 'payload':
      return {
        raw: new URLSearchParams({ payload: JSON.stringify(body) }).toString(),
        type: 'application/x-www-form-urlencoded',
      };
    default:
      return { raw: String(body), type: 'application/octet-stream' };
  }
}

/** Posts a signed request to an app's base URL (`http://127.0.0.1:port`) and reads the answer. */
export async function postSigned(baseUrl: string, options: PostSignedOptions): Promise<PostedResponse> {
  const { raw, type } = encodeSlackBody(options.kind, options.body);
  const headers: Record<string, string> = { 'content-type': options.contentType ?? type };
  if (options.signature !== null) {
    const signed = signSlackRequest(options.signingSecret, raw, options.timestampSec);
    headers['x-slack-request-timestamp'] = signed['x-slack-request-timestamp'];
    headers['x-slack-signature'] = options.signature ?? signed['x-slack-signature'];
  }
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const started = performance.now();
  const res = await fetch(new URL(options.path ?? '/slack/events', baseUrl), {
    method: 'POST',
    headers,
    body: raw,
  });
  const text = await res.text();
  return {
    status: res.status,
    text,
    headers: Object.fromEntries(res.headers),
    ms: performance.now() - started,
    json: <T>() => JSON.parse(text) as T,
  };
}

/** One call the fake Slack API received. */
export interface RecordedSlackCall {
  /** Web API method (`chat.postMessage`), or `response_url` for posts to {@link FakeSlackApi.responseUrl}. */
  method: string;
  /** Arguments, with JSON-encoded fields (`blocks`, `view`) decoded. */
  params: Record<string, unknown>;
  /** The bearer token it was called with, if any. */
  token: string | null;
  /** `performance.now()` when the request was read. */
  at: number;
}

/** Answers one method's call; return a Slack-shaped body (`ok` defaults to true). */
export type FakeSlackHandler = (
  params: Record<string, unknown>,
  call: RecordedSlackCall,
) => Record<string, unknown> | Promise<Record<string, unknown>>;

/** Options for {@link startFakeSlackApi}. */
export interface FakeSlackApiOptions {
  /** The bot's user id, returned by `auth.test`. @default 'UBOT' */
  botUserId?: string;
  /** The bot's bot id, returned by `auth.test`. @default 'BBOT' */
  botId?: string;
  /** @default 'T1' */
  teamId?: string;
  /** Delay before every answer, in ms (a slow Slack). @default 0 */
  delayMs?: number;
  /** Per-method answers replacing the built-in ones. */
  handlers?: Record<string, FakeSlackHandler>;
  /** Sent as `x-oauth-scopes` on every Web API answer, as Slack does for the calling token. */
  scopes?: string[];
  /**
   * Also be Slack's Socket Mode endpoint: `apps.connections.open` returns a `ws://` URL here and
   * each WebSocket gets Slack's `hello`. @default false
   */
  socketMode?: boolean;
}

/** A local stand-in for `https://slack.com/api/`. */
export interface FakeSlackApi {
  /** Base URL for a WebClient's `slackApiUrl`, ending in `/api/`. */
  apiUrl: string;
  /** Every call received, in order. */
  calls: RecordedSlackCall[];
  /** Calls to one method. */
  callsTo(method: string): RecordedSlackCall[];
  /** Resolves with the `count`-th call to `method` (1-based), or rejects after `timeoutMs`. */
  waitFor(method: string, options?: { count?: number; timeoutMs?: number }): Promise<RecordedSlackCall>;
  /** A `response_url` that posts back here, recorded as method `response_url`. */
  responseUrl(id?: string): string;
  /** Replaces (or with `undefined`, restores) the answer for a method. */
  setHandler(method: string, handler: FakeSlackHandler | undefined): void;
  /** Messages `conversations.replies` returns for a thread (`channel:ts`). */
  setThread(channel: string, ts: string, messages: Record<string, unknown>[]): void;
  /**
   * A shared file: `files.info` describes it with a private download URL on this server, and a GET
   * of that URL returns `content` (recorded as method `files.download`, with the token it carried).
   */
  setFile(file: {
    id: string;
    name: string;
    content: string | Buffer;
    mimetype?: string;
    filetype?: string;
  }): void;
  /** Forgets every recorded call. */
  reset(): void;
  setDelay(ms: number): void;
  /** While stalled, calls are recorded but never answered (a Slack that accepts and hangs). */
  setStalled(stalled: boolean): void;
  /** Open Socket Mode connections (with `socketMode`). */
  sockets(): number;
  /**
   * Delivers an Events API body (`{ type: 'event_callback', event, … }`) over every open Socket Mode
   * connection, as Slack does; resolves with the app's acknowledgement, or rejects after `timeoutMs`.
   */
  sendSocketEvent(
    body: Record<string, unknown>,
    timeoutMs?: number,
  ): Promise<{ envelope_id: string; ms: number }>;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

function decodeParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { _raw: raw };
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // not JSON after all: keep the string
      }
    }
    out[k] = v;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts a fake Slack Web API on 127.0.0.1, port 0. It records `chat.postMessage`,
 * `chat.postEphemeral`, `chat.update`, `chat.delete`, `views.publish`, `views.open`, `views.push`,
 * `auth.test`, `conversations.replies` and any other method, answering `{ ok: true, … }` as Slack does.
 *
 * @example
 * await using slack = await startFakeSlackApi();
 * const app = createApp({ …, apiUrl: slack.apiUrl });
 * const post = await slack.waitFor('chat.postMessage');
 */
export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const botUserId = options.botUserId ?? 'UBOT';
  const botId = options.botId ?? 'BBOT';
  const teamId = options.teamId ?? 'T1';
  let delayMs = options.delayMs ?? 0;
  const calls: RecordedSlackCall[] = [];
  const waiters: { method: string; count: number; resolve: (c: RecordedSlackCall) => void }[] = [];
  const threads = new Map<string, Record<string, unknown>[]>();
  const files = new Map<
    string,
    { id: string; name: string; content: Buffer; mimetype?: string; filetype?: string }
  >();
  let base = '';
  const custom = new Map<string, FakeSlackHandler>(Object.entries(options.handlers ?? {}));
  let stalled = false;
  let seq = 0;
  const nextTs = () => `${1_700_000_000 + Math.floor(seq / 1000)}.${String(++seq).padStart(6, '0')}`;

  const builtIn: Record<string, FakeSlackHandler> = {
    'auth.test': () => ({
      url: 'https://fake.slack.test/',
      team: 'Fake',
      user: 'smtpfix',
      team_id: teamId,
      user_id: botUserId,
      bot_id: botId,
    }),
    'chat.postMessage': (p) => {
      const ts = nextTs();
      return {
        channel: p.channel,
        ts,
        message: { ...p, ts, bot_id: botId, user: botUserId, type: 'message' },
      };
    },
    'chat.postEphemeral': () => ({ message_ts: nextTs() }),
    'chat.update': (p) => ({ channel: p.channel, ts: p.ts, text: p.text }),
    'chat.delete': (p) => ({ channel: p.channel, ts: p.ts }),
    'views.publish': (p) => ({ view: { id: `V${++seq}`, ...(p.view as object) } }),
    'views.open': (p) => ({ view: { id: `V${++seq}`, ...(p.view as object) } }),
    'views.push': (p) => ({ view: { id: `V${++seq}`, ...(p.view as object) } }),
    'views.update': (p) => ({ view: { id: p.view_id ?? `V${++seq}`, ...(p.view as object) } }),
    'apps.connections.open': () =>
      options.socketMode
        ? { url: `ws://127.0.0.1:${port}/link/?ticket=t${++seq}` }
        : { ok: false, error: 'invalid_auth' },
    'files.info': (p) => {
      const f = files.get(String(p.file));
      if (!f) return { ok: false, error: 'file_not_found' };
      return {
        file: {
          id: f.id,
          name: f.name,
          size: f.content.length,
          mimetype: f.mimetype ?? 'message/rfc822',
          filetype: f.filetype ?? 'eml',
          url_private: `${base}/files-pri/${teamId}-${f.id}/${encodeURIComponent(f.name)}`,
          url_private_download: `${base}/files-pri/${teamId}-${f.id}/download/${encodeURIComponent(f.name)}`,
        },
      };
    },
    'conversations.replies': (p) => ({
      messages: threads.get(`${p.channel}:${p.ts}`) ?? [],
      has_more: false,
    }),
  };

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const download = /^\/files-pri\/[^/]+-([^/]+)\//.exec(url.pathname);
    if (download && req.method === 'GET') {
      const auth = req.headers.authorization;
      const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
      const call: RecordedSlackCall = {
        method: 'files.download',
        params: { file: download[1] },
        token,
        at: performance.now(),
      };
      calls.push(call);
      const f = files.get(download[1]!);
      // Slack answers a request without the token with its login page, not the file.
      if (!f || !token) {
        res.writeHead(f ? 302 : 404, f ? { location: 'https://slack.com/signin' } : {});
        res.end();
        return;
      }
      res.writeHead(200, {
        'content-type': f.mimetype ?? 'message/rfc822',
        'content-length': f.content.length,
      });
      res.end(f.content);
      return;
    }
    const isHook = url.pathname.startsWith('/hooks/');
    const method = isHook ? 'response_url' : url.pathname.replace(/^\/api\//, '');
    const auth = req.headers.authorization;
    const params = decodeParams(raw, req.headers['content-type']);
    const token = auth?.startsWith('Bearer ')
      ? auth.slice(7)
      : typeof params.token === 'string'
        ? params.token
        : null;
    const call: RecordedSlackCall = { method, params, token, at: performance.now() };
    calls.push(call);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (w.method === method && calls.filter((c) => c.method === method).length >= w.count) {
        waiters.splice(i, 1);
        w.resolve(call);
      }
    }
    if (stalled) return;
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    const handler = custom.get(method) ?? builtIn[method];
    let body: Record<string, unknown> = {};
    try {
      body = handler ? await handler(params, call) : {};
    } catch (e) {
      body = { ok: false, error: (e as Error).message };
    }
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(options.scopes && !isHook ? { 'x-oauth-scopes': options.scopes.join(',') } : {}),
    });
    res.end(JSON.stringify(isHook ? { ok: true } : { ok: true, ...body }));
  });
  const wss = new WebSocketServer({ noServer: true });
  const acks = new Map<string, (envelopeId: string) => void>();
  server.on('upgrade', (req, socket, head) => {
    if (!options.socketMode || !req.url?.startsWith('/link/')) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('message', (data) => {
        try {
          const { envelope_id } = JSON.parse(String(data)) as { envelope_id?: string };
          if (envelope_id) acks.get(envelope_id)?.(envelope_id);
        } catch {
          // not JSON: ignore, as Slack would
        }
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: wss.clients.size,
          debug_info: { host: 'fake', approximate_connection_time: 18060 },
          connection_info: { app_id: 'A1' },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  const close = () =>
    new Promise<void>((resolve) => {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      server.closeAllConnections();
      server.close(() => resolve());
    });

  return {
    apiUrl: `${base}/api/`,
    calls,
    callsTo: (m) => calls.filter((c) => c.method === m),
    waitFor(method, { count = 1, timeoutMs = 5000 } = {}) {
      const done = calls.filter((c) => c.method === method);
      if (done.length >= count) return Promise.resolve(done[count - 1]!);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const i = waiters.findIndex((w) => w.resolve === wrapped);
          if (i >= 0) waiters.splice(i, 1);
          reject(new Error(`no call #${count} to ${method} within ${timeoutMs} ms`));
        }, timeoutMs);
        const wrapped = (c: RecordedSlackCall) => {
          clearTimeout(timer);
          resolve(c);
        };
        waiters.push({ method, count, resolve: wrapped });
      });
    },
    responseUrl: (id = String(++seq)) => `${base}/hooks/${id}`,
    setFile(f) {
      files.set(f.id, { ...f, content: Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content) });
    },
    setHandler(method, handler) {
      if (handler) custom.set(method, handler);
      else custom.delete(method);
    },
    setThread(channel, ts, messages) {
      threads.set(`${channel}:${ts}`, messages);
    },
    reset() {
      calls.length = 0;
    },
    setDelay(ms) {
      delayMs = ms;
    },
    setStalled(on) {
      stalled = on;
    },
    sockets: () => wss.clients.size,
    sendSocketEvent(body, timeoutMs = 5000) {
      const envelopeId = `env-${++seq}`;
      const started = performance.now();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          acks.delete(envelopeId);
          reject(new Error(`no ack for ${envelopeId} within ${timeoutMs} ms`));
        }, timeoutMs);
        acks.set(envelopeId, (id) => {
          clearTimeout(timer);
          acks.delete(envelopeId);
          resolve({ envelope_id: id, ms: performance.now() - started });
        });
        const envelope = JSON.stringify({
          envelope_id: envelopeId,
          type: 'events_api',
          payload: body,
          accepts_response_payload: false,
          retry_attempt: 0,
          retry_reason: '',
        });
        for (const ws of wss.clients) ws.send(envelope);
      });
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
