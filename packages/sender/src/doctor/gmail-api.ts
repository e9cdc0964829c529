import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { classify } from '@smtpfix/core';
import { apiFailure } from '../gmail-api/failure.js';
import { GMAIL_API_ROOT_URL } from '../gmail-api/options.js';
import type { DoctorContext } from './context.js';
import { resolvedOf } from './context.js';
import type { StepOutcome } from './types.js';

// The doctor steps of `transport: 'gmail-api'`, and the hint the SMTP steps give when SMTP is
// blocked but HTTPS is not.

type Step = (ctx: DoctorContext) => StepOutcome | Promise<StepOutcome>;

/** Scopes `users.messages.send` accepts. */
const SEND_SCOPES = [
  'https://mail.google.com/',
  'https://www.googleapis.com/auth/gmail.modify',
  'https://www.googleapis.com/auth/gmail.compose',
  'https://www.googleapis.com/auth/gmail.send',
];

const isApi = (ctx: DoctorContext): boolean =>
  (ctx.resolved?.transport ?? ctx.raw?.transport) === 'gmail-api';

/** Runs `smtp` or `api` by the transport being checked. */
export const forTransport =
  (smtp: Step, api: Step): Step =>
  (ctx) =>
    isApi(ctx) ? api(ctx) : smtp(ctx);

/** A step that does not apply to the Gmail API transport. */
export const notWithApi = (): StepOutcome => ({
  status: 'skip',
  detail: "Not used with transport 'gmail-api' (HTTPS on port 443, no SMTP session).",
});

/** A step that applies only to the Gmail API transport. */
export const onlyWithApi = (): StepOutcome => ({
  status: 'skip',
  detail: "Only with transport 'gmail-api'.",
});

const rootOf = (ctx: DoctorContext) => new URL(ctx.resolved?.gmailApi.rootUrl ?? GMAIL_API_ROOT_URL);

/** True when an HTTP(S) request to the Gmail API's root gets any answer within the timeout. */
async function httpsAnswers(url: URL, timeoutMs: number): Promise<boolean> {
  try {
    await fetch(url, { method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return false;
  }
}

const BLOCKED = new Set(['conn-timeout', 'conn-refused', 'conn-network-unreachable', 'conn-reset']);

/**
 * Wraps an SMTP network step: when SMTP cannot get out but HTTPS to the Gmail API answers, the
 * failure says so and names the one-option fix, `transport: 'gmail-api'`.
 */
export const withApiHint =
  (step: Step): Step =>
  async (ctx) => {
    const outcome = await step(ctx);
    if (outcome.status !== 'fail' || !outcome.entryId || !BLOCKED.has(outcome.entryId)) return outcome;
    const root = rootOf(ctx);
    if (!(await httpsAnswers(root, ctx.timeoutMs))) return outcome;
    const oauth = ctx.resolved?.auth.type !== 'password';
    return {
      ...outcome,
      detail: `${outcome.detail} HTTPS to ${root.host} works from here, so Google is reachable: SMTP is what does not get out.`,
      fix: `Send over HTTPS instead: createSender({ ...options, transport: 'gmail-api' })${oauth ? '' : ' with OAuth2 auth (app passwords work only over SMTP)'}. Or: ${outcome.fix ?? 'allow outbound SMTP.'}`,
    };
  };

/** `dns` with the Gmail API: its host resolves. */
export async function checkApiDns(ctx: DoctorContext): Promise<StepOutcome> {
  const host = rootOf(ctx).hostname;
  if (isIP(host)) return { status: 'pass', detail: `${host} is an IP address; nothing to resolve.` };
  try {
    const found = await lookup(host, { all: true });
    return { status: 'pass', detail: `${host} resolves to ${found.map((a) => a.address).join(', ')}.` };
  } catch (err) {
    return {
      status: 'fail',
      detail: `${host} does not resolve (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`,
      entryId: 'conn-dns-failure',
      fix: `Check gmailApi.rootUrl (${GMAIL_API_ROOT_URL} by default) and this machine's DNS resolver.`,
    };
  }
}

/** `tcp` with the Gmail API: an HTTP(S) request to its root gets an answer (TLS included). */
export async function checkApiReach(ctx: DoctorContext): Promise<StepOutcome> {
  const root = rootOf(ctx);
  if (await httpsAnswers(root, ctx.timeoutMs))
    return {
      status: 'pass',
      detail: `${root.origin} answers over ${root.protocol.replace(':', '').toUpperCase()}.`,
    };
  return {
    status: 'fail',
    detail: `No answer from ${root.origin} within ${ctx.timeoutMs} ms: this host cannot reach the Gmail API either.`,
    entryId: 'conn-timeout',
    fix: `Allow outbound HTTPS to ${root.host} (port ${root.port || 443}), or set an HTTPS proxy.`,
  };
}

/** `scope` with the Gmail API: the token carries a scope `users.messages.send` accepts. */
export async function checkApiScope(ctx: DoctorContext): Promise<StepOutcome> {
  if (!ctx.accessToken) return { status: 'skip', detail: 'No access token to check.' };
  let body: Record<string, unknown> = {};
  try {
    const res = await fetch(ctx.tokenInfoUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ access_token: ctx.accessToken }),
      signal: AbortSignal.timeout(ctx.timeoutMs),
    });
    body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  } catch (err) {
    return {
      status: 'warn',
      detail: `Could not reach the token-info endpoint (${(err as Error).message}); scopes not checked.`,
    };
  }
  if (typeof body['scope'] !== 'string')
    return { status: 'warn', detail: 'The token-info endpoint gave no scopes; not checked.' };
  const scopes = body['scope'].split(' ').filter(Boolean);
  if (!scopes.some((s) => SEND_SCOPES.includes(s))) {
    return {
      status: 'fail',
      detail: `The token carries ${scopes.join(' ') || 'no scope'}; users.messages.send needs gmail.send, gmail.compose, gmail.modify or https://mail.google.com/.`,
      entryId: 'api-insufficient-permission',
      fix: 'Re-run the consent flow asking for https://www.googleapis.com/auth/gmail.send (or https://mail.google.com/) and store the new refresh token.',
    };
  }
  return {
    status: 'pass',
    detail: `The token carries ${scopes.filter((s) => SEND_SCOPES.includes(s)).join(' ')}, enough to send.`,
  };
}

/**
 * `api`: a dry request. `users.messages.send` with no message is refused with 400 "'raw' RFC822
 * payload message string … required" only after Google accepted the token, its scope and the
 * mailbox, so that answer proves the setup and nothing is sent.
 */
export async function checkApiDryRequest(ctx: DoctorContext): Promise<StepOutcome> {
  const o = resolvedOf(ctx);
  if (!ctx.accessToken) return { status: 'skip', detail: 'No access token to send with.' };
  const url = new URL(
    `gmail/v1/users/${encodeURIComponent(o.gmailApi.userId)}/messages/send`,
    o.gmailApi.rootUrl,
  );
  let status: number;
  let data: unknown;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${ctx.accessToken}`, 'content-type': 'application/json' },
      body: '{}',
      signal: AbortSignal.timeout(ctx.timeoutMs),
    });
    status = res.status;
    data = await res.json().catch(() => undefined);
  } catch (err) {
    return {
      status: 'fail',
      detail: `The dry request to ${url.origin} failed: ${(err as Error).message}.`,
      entryId: 'conn-timeout',
      fix: `Allow outbound HTTPS to ${url.host}.`,
    };
  }
  const failure = apiFailure({ response: { status, data } });
  if (status === 400 && /raw.{0,40}payload/i.test(failure.message)) {
    return {
      status: 'pass',
      detail: `The Gmail API accepted the token for ${o.user} (a send with no message was refused as expected; nothing was sent).`,
    };
  }
  const entry = classify(failure).entry;
  return {
    status: 'fail',
    detail: `The dry request got ${failure.message.replace(/ \(gmail\.googleapis\.com users\.messages\.send\)$/, '')}.`,
    ...(entry ? { entryId: entry.id } : {}),
    fix: entry?.fixes[0]
      ? `${entry.fixes[0].title}: ${entry.fixes[0].detail}`
      : 'See the status and message above.',
  };
}
