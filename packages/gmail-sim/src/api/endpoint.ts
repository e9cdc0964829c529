import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultPlan } from '../faults.js';
import type { AccountLimits } from '../limits.js';
import { type DeliveredMessage, deliveredBefore, lazyParse, quickHeaders } from '../messages.js';
import { accountKey, type ResolvedOptions } from '../options.js';
import type { GmailSimStats } from '../stats.js';
import type { AccessToken, TokenStore } from '../tokens.js';
import * as answers from './errors.js';
import { decodeRaw, multipartMessage, readApiMessage } from './message.js';
import type { UnitQuota } from './quota.js';

/** Scopes `users.messages.send` accepts (Google's method reference). */
export const SEND_SCOPES: readonly string[] = [
  'https://mail.google.com/',
  'https://www.googleapis.com/auth/gmail.modify',
  'https://www.googleapis.com/auth/gmail.compose',
  'https://www.googleapis.com/auth/gmail.send',
];
/** Scopes `users.getProfile` accepts. */
export const PROFILE_SCOPES: readonly string[] = [
  'https://mail.google.com/',
  'https://www.googleapis.com/auth/gmail.modify',
  'https://www.googleapis.com/auth/gmail.compose',
  'https://www.googleapis.com/auth/gmail.readonly',
  'https://www.googleapis.com/auth/gmail.metadata',
];

interface Deps {
  options: ResolvedOptions;
  tokens: TokenStore;
  limits: AccountLimits;
  quota: UnitQuota;
  faults: FaultPlan;
  stats: GmailSimStats;
  messages: DeliveredMessage[];
  seenMessageIds: Set<string>;
}

const ROUTE = /^\/(upload\/)?gmail\/v1\/users\/([^/]+)\/(messages\/send|profile)$/;

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // A base64url body is 4/3 of the message; beyond that and some JSON, it is too large.
    if (size > limit * 1.4 + 65_536) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, answer: answers.ApiAnswer): void {
  if (res.destroyed) return;
  res.writeHead(answer.status, {
    'content-type': 'application/json; charset=UTF-8',
    ...answer.headers,
  });
  res.end(JSON.stringify(answer.body));
}

/** The token of the request, checked: the user it acts for, or the answer that refuses it. */
function authorize(
  deps: Deps,
  req: IncomingMessage,
  userId: string,
  scopes: readonly string[],
): AccessToken | answers.ApiAnswer {
  const header = req.headers.authorization ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const found = token ? deps.tokens.lookupAccessToken(token) : undefined;
  if (!found) return answers.invalidCredentials();
  const granted = found.scope.split(/\s+/);
  if (!scopes.some((s) => granted.includes(s))) return answers.insufficientScope();
  const id = decodeURIComponent(userId);
  if (id !== 'me' && accountKey(id) !== accountKey(found.user)) return answers.delegationDenied(id);
  return found;
}

function accountProblem(deps: Deps, user: string): answers.ApiAnswer | undefined {
  const key = accountKey(user);
  // A token for a service account itself (no subject) or any user without a mailbox here.
  if (!deps.options.accounts.has(key)) return answers.preconditionFailed();
  if (deps.options.api.mailDisabled.includes(key)) return answers.mailServiceNotEnabled();
  return undefined;
}

async function messageOf(
  deps: Deps,
  req: IncomingMessage,
  upload: boolean,
  uploadType: string | null,
): Promise<Buffer | answers.ApiAnswer | undefined> {
  const body = await readBody(req, deps.options.limits.maxMessageBytes);
  if (body === 'too-large') return answers.tooLarge(deps.options.limits.maxMessageBytes);
  const type = req.headers['content-type'] ?? '';
  if (upload) {
    if (uploadType === 'multipart') return multipartMessage(body, type);
    return body.length > 0 ? body : undefined;
  }
  if (body.length === 0) return undefined;
  if (body.length > deps.options.api.jsonBodyLimitBytes)
    return answers.jsonBodyTooLarge(deps.options.api.jsonBodyLimitBytes);
  try {
    const json = JSON.parse(body.toString('utf8')) as { raw?: unknown };
    return typeof json.raw === 'string' && json.raw !== '' ? decodeRaw(json.raw) : undefined;
  } catch {
    return answers.apiError(400, 'parseError', 'Invalid JSON payload received.');
  }
}

async function handleSend(
  deps: Deps,
  req: IncomingMessage,
  user: string,
  upload: boolean,
  query: URLSearchParams,
): Promise<answers.ApiAnswer> {
  const { options, limits, stats } = deps;
  const got = await messageOf(deps, req, upload, query.get('uploadType'));
  if (got === undefined) return answers.rawRequired();
  if (!Buffer.isBuffer(got)) return got;
  if (got.length > options.limits.maxMessageBytes) return answers.tooLarge(options.limits.maxMessageBytes);
  const key = accountKey(user);
  const verdict = limits.checkQuota(key);
  if (verdict === 'per-day') return answers.dailyLimit(limits.dayWindowEnd(key));
  if (verdict === 'per-minute') return answers.userRateLimit();
  if (!deps.quota.take(key, options.api.sendCost)) return answers.userRateLimit();
  if (deps.faults.take('api-backend-error')) return answers.backendError();
  const message = readApiMessage(got);
  if (message.invalidHeader) return answers.invalidHeader(message.invalidHeader);
  if (message.recipients.length === 0) return answers.recipientRequired();
  if (options.latencyMs.perMessage > 0) await sleep(options.latencyMs.perMessage);
  const { messageId, subject } = quickHeaders(got);
  const duplicate = deliveredBefore(deps.seenMessageIds, messageId, message.recipients);
  limits.recordSent(key);
  stats.delivered += 1;
  stats.apiDelivered += 1;
  if (duplicate) stats.duplicates += 1;
  const id = randomBytes(8).toString('hex');
  deps.messages.push({
    user,
    sessionId: `api-${id}`,
    envelope: { mailFrom: user, rcptTo: message.recipients },
    messageId,
    subject,
    duplicate,
    raw: got,
    receivedAt: options.now(),
    parse: lazyParse(got),
  });
  return { status: 200, body: { id, threadId: id, labelIds: ['SENT'] } };
}

async function handle(deps: Deps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const m = ROUTE.exec(url.pathname);
  deps.stats.apiRequests += 1;
  let answer: answers.ApiAnswer;
  if (!m) answer = answers.notFound();
  else {
    const [, upload, userId, method] = m;
    const isSend = method === 'messages/send';
    if ((isSend && req.method !== 'POST') || (!isSend && req.method !== 'GET') || (!isSend && upload)) {
      answer = answers.notFound();
    } else {
      const token = authorize(deps, req, userId!, isSend ? SEND_SCOPES : PROFILE_SCOPES);
      if ('status' in token) answer = token;
      else {
        answer =
          accountProblem(deps, token.user) ??
          (isSend
            ? await handleSend(deps, req, token.user, upload !== undefined, url.searchParams)
            : deps.quota.take(accountKey(token.user), deps.options.api.profileCost)
              ? {
                  status: 200,
                  body: {
                    emailAddress: token.user,
                    messagesTotal: deps.messages.length,
                    threadsTotal: deps.messages.length,
                    historyId: String(deps.messages.length + 1),
                  },
                }
              : answers.userRateLimit());
      }
    }
  }
  if (answer.reason) deps.stats.apiErrors[answer.reason] = (deps.stats.apiErrors[answer.reason] ?? 0) + 1;
  // Drain what the client still sends, so an early answer does not reset the connection.
  req.resume();
  send(res, answer);
}

/** The running API endpoint. */
export interface ApiEndpoint {
  /** The `rootUrl` to give a Gmail API client, ending in `/`. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Starts the sim's Gmail API (`users.messages.send`, `users.getProfile`) on 127.0.0.1, on a free port. */
export async function startApiEndpoint(deps: Deps): Promise<ApiEndpoint> {
  const server = createServer((req, res) => {
    handle(deps, req, res).catch(() => {
      if (!res.headersSent) send(res, answers.backendError());
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
