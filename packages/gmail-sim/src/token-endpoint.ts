import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultPlan } from './faults.js';
import { isJwtRejection, verifyJwtAssertion } from './jwt.js';
import { accountKey, type ResolvedOptions } from './options.js';
import type { GmailSimStats } from './stats.js';
import { tokenInfo } from './token-info.js';
import type { TokenStore } from './tokens.js';

/** Google's token endpoint; the JWT `aud` may name it or the sim's own URL. */
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** One request to the token endpoint, as recorded for tests. Secrets are not kept. */
export interface TokenRequestRecord {
  grantType: string;
  /** The user the token was for, when known. */
  user: string | undefined;
  status: number;
  /** The OAuth error, when the answer was one. */
  error: string | undefined;
}

interface Deps {
  options: ResolvedOptions;
  tokens: TokenStore;
  stats: GmailSimStats;
  faults: FaultPlan;
  log: TokenRequestRecord[];
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
  user?: string;
}

const oauthError = (status: number, error: string, description: string): Answer => ({
  status,
  body: { error, error_description: description },
});

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    try {
      const json = JSON.parse(raw) as Record<string, unknown>;
      return new URLSearchParams(Object.entries(json).map(([k, v]): [string, string] => [k, String(v)]));
    } catch {
      return new URLSearchParams();
    }
  }
  return new URLSearchParams(raw);
}

function checkClient(deps: Deps, form: URLSearchParams): Answer | undefined {
  const clients = deps.options.oauthClients;
  if (clients.size === 0) return undefined;
  const id = form.get('client_id') ?? '';
  const secret = clients.get(id);
  if (secret === undefined) return oauthError(401, 'invalid_client', 'The OAuth client was not found.');
  if (secret !== form.get('client_secret')) return oauthError(401, 'invalid_client', 'Unauthorized');
  return undefined;
}

function refreshGrant(deps: Deps, form: URLSearchParams): Answer {
  const refreshToken = form.get('refresh_token');
  if (!refreshToken) return oauthError(400, 'invalid_request', 'Missing required parameter: refresh_token');
  const clientError = checkClient(deps, form);
  if (clientError) return clientError;
  const clientId = form.get('client_id') ?? undefined;
  const grant = deps.tokens.lookupRefreshToken(refreshToken, clientId);
  if (!grant) return oauthError(400, 'invalid_grant', 'Token has been expired or revoked.');
  const answer = issue(deps, grant.user, grant.scope, clientId);
  if (Number.isFinite(grant.expiresAt)) {
    // Google adds this for refresh tokens with a limited life (an app in "Testing": 7 days).
    answer.body['refresh_token_expires_in'] = Math.max(
      0,
      Math.floor((grant.expiresAt - deps.options.now()) / 1000),
    );
  }
  return answer;
}

function jwtGrant(deps: Deps, form: URLSearchParams, tokenUrl: string): Answer {
  const assertion = form.get('assertion');
  if (!assertion) return oauthError(400, 'invalid_request', 'Missing required parameter: assertion');
  const result = verifyJwtAssertion(
    assertion,
    deps.options.serviceAccounts,
    [GOOGLE_TOKEN_URL, tokenUrl],
    deps.options.now(),
  );
  if (isJwtRejection(result)) return oauthError(result.status, result.error, result.description);
  const account = deps.options.accounts.get(accountKey(result.sub));
  if (!account) return oauthError(400, 'invalid_grant', 'Invalid email or User ID');
  return issue(deps, account.user, result.scope, result.iss);
}

function issue(deps: Deps, user: string, scope: string, clientId: string | undefined): Answer {
  const { token, expiresInS } = deps.tokens.issueAccessToken(user, scope, deps.options.tokenTtlS, clientId);
  deps.stats.tokensIssued += 1;
  return {
    status: 200,
    user,
    body: { access_token: token, expires_in: expiresInS, scope, token_type: 'Bearer' },
  };
}

function reply(res: ServerResponse, answer: { status: number; body: object }): void {
  if (res.destroyed) return;
  res.writeHead(answer.status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(answer.body));
}

/** `GET /tokeninfo?access_token=…` or a POSTed form; not a token request, so not counted as one. */
async function handleTokenInfo(deps: Deps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
  const form = req.method === 'POST' ? await readForm(req) : query;
  deps.stats.tokenInfoRequests += 1;
  reply(
    res,
    tokenInfo(deps.tokens, form.get('access_token') ?? query.get('access_token'), deps.options.now()),
  );
}

async function handle(
  deps: Deps,
  tokenUrl: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname === '/tokeninfo') {
    await handleTokenInfo(deps, req, res);
    return;
  }
  deps.stats.tokenRequests += 1;
  const form = await readForm(req);
  const grantType = form.get('grant_type') ?? '';
  const { faults, options } = deps;

  const slow = faults.take('token-slow');
  const delay = (slow?.delayMs ?? 0) + options.faults.tokenLatencyMs;
  if (delay > 0) await sleep(delay);

  let answer: Answer;
  if (faults.take('token-error') || faults.roll(options.faults.tokenErrorRate)) {
    answer = oauthError(500, 'internal_failure', 'Backend Error');
  } else if (req.method !== 'POST') {
    answer = oauthError(405, 'invalid_request', 'Use POST for the token endpoint.');
  } else if (grantType === 'refresh_token') {
    answer = refreshGrant(deps, form);
  } else if (grantType === JWT_BEARER) {
    answer = jwtGrant(deps, form, tokenUrl);
  } else if (grantType === '') {
    answer = oauthError(400, 'unsupported_grant_type', 'Invalid grant_type: ');
  } else {
    answer = oauthError(400, 'unsupported_grant_type', `Invalid grant_type: ${grantType}`);
  }
  deps.log.push({
    grantType,
    user: answer.user,
    status: answer.status,
    error: typeof answer.body['error'] === 'string' ? answer.body['error'] : undefined,
  });
  reply(res, answer);
}

/** The running token endpoint. */
export interface TokenEndpoint {
  url: string;
  /** The token-info endpoint on the same server. */
  tokenInfoUrl: string;
  server: Server;
  close(): Promise<void>;
}

/** Starts the OAuth token endpoint on 127.0.0.1, on a free port. */
export async function startTokenEndpoint(deps: Deps): Promise<TokenEndpoint> {
  let url = '';
  const server = createServer((req, res) => {
    handle(deps, url, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}/token`;
  return {
    url,
    tokenInfoUrl: `http://127.0.0.1:${port}/tokeninfo`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
