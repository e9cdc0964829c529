// A guard in front of Bolt's HTTPReceiver. Bolt buffers bodies of any size and leaves a request of
// an unknown shape unanswered until its 3-second timeout; this answers those at once:
// 413 for bodies over the limit, 401 for unsigned, forged or stale requests (either side of the
// 5-minute window), 400 for bodies that are not a Slack payload. Good requests go on to Bolt with
// the body already read.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { type Logger, verifySlackRequest } from '@slack/bolt';

/** Largest request body accepted, in bytes. Slack's own payloads are far smaller. @default 1 MiB */
export const MAX_BODY_BYTES = 1024 * 1024;

const EVENT_PATH = '/slack/events';
/** Top-level `type`s of Events API and interactivity payloads the bot may receive. */
const KNOWN_TYPES = new Set([
  'event_callback',
  'url_verification',
  'app_rate_limited',
  'block_actions',
  'block_suggestion',
  'view_submission',
  'view_closed',
  'message_action',
  'shortcut',
  'interactive_message',
]);

function end(res: ServerResponse, status: number, message?: string) {
  if (res.headersSent) return;
  res.writeHead(status, message ? { 'content-type': 'text/plain; charset=utf-8' } : {});
  res.end(message);
}

function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      req.resume();
      return resolve(null);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Whether a verified body is something Bolt can route. */
export function isSlackPayload(raw: string, contentType: string | undefined): boolean {
  try {
    let body: unknown;
    if (contentType?.startsWith('application/x-www-form-urlencoded')) {
      const q = parseQuery(raw);
      if (q.ssl_check === '1') return true;
      if (typeof q.command === 'string')
        return typeof q.team_id === 'string' || typeof q.user_id === 'string';
      if (typeof q.payload !== 'string') return false;
      body = JSON.parse(q.payload);
    } else body = JSON.parse(raw);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
    const { type, event } = body as { type?: unknown; event?: unknown };
    if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) return false;
    return type !== 'event_callback' || (typeof event === 'object' && event !== null && 'type' in event);
  } catch {
    return false;
  }
}

/**
 * Wraps Bolt's request listener with the checks above. `boltListener` is
 * `HTTPReceiver#requestListener`.
 */
export function guardedListener(
  boltListener: (req: IncomingMessage, res: ServerResponse) => void,
  options: { signingSecret: string; logger: Logger; maxBodyBytes?: number; now?: () => number },
) {
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const now = options.now ?? Date.now;
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== EVENT_PATH || req.method !== 'POST') {
      boltListener(req, res);
      return;
    }
    (async () => {
      const raw = await readLimited(req, limit);
      if (!raw) return end(res, 413, 'Payload too large');
      const text = raw.toString('utf8');
      const contentType = req.headers['content-type'];
      const sslCheck =
        contentType?.startsWith('application/x-www-form-urlencoded') && parseQuery(text).ssl_check === '1';
      if (!sslCheck) {
        const signature = req.headers['x-slack-signature'];
        const timestamp = Number(req.headers['x-slack-request-timestamp']);
        try {
          if (typeof signature !== 'string' || !Number.isFinite(timestamp))
            throw new Error('missing signature headers');
          // Bolt rejects timestamps over 5 minutes old; one from the future is as suspect.
          if (timestamp > now() / 1000 + 300) throw new Error('timestamp in the future');
          verifySlackRequest({
            signingSecret: options.signingSecret,
            body: text,
            headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
            nowMilliseconds: now(),
          });
        } catch (e) {
          options.logger.warn(`rejected a request: ${(e as Error).message}`);
          return end(res, 401, 'Invalid signature');
        }
        if (!isSlackPayload(text, contentType)) return end(res, 400, 'Not a Slack payload');
      }
      // Bolt reads `rawBody` instead of the (already consumed) stream when it is set.
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
      boltListener(req, res);
    })().catch((e: unknown) => {
      options.logger.error(`request failed: ${(e as Error).message}`);
      end(res, 500);
    });
  };
}
