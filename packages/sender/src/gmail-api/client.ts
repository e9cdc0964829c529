import { gmail } from '@googleapis/gmail';
import { type WireError, wireError } from '../errors.js';
import type { GmailApiOptions } from './options.js';

/** What a failed API call is reduced to: the HTTP status and Google's error, nothing of the request. */
export interface ApiFailure extends WireError {
  /** The HTTP status, or undefined when no answer came (network error, timeout). */
  status?: number;
  /** `error.errors[0].reason` of Google's answer, e.g. `rateLimitExceeded`. */
  reason?: string;
}

/** One `users.messages.send` answer. */
export interface ApiSent {
  id: string;
  status: number;
}

interface GoogleErrorBody {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    errors?: { reason?: string; message?: string }[];
  };
}

/**
 * Turns what gaxios threw into an {@link ApiFailure}: the status, Google's reason and message,
 * as one line the classifier reads ("Gmail API 429 rateLimitExceeded: …"), and the code of a
 * network error. The request (with its bearer token) is never kept.
 */
export function apiFailure(err: unknown): ApiFailure {
  const e = (err ?? {}) as {
    status?: unknown;
    code?: unknown;
    message?: unknown;
    cause?: { code?: unknown; message?: unknown };
    response?: { status?: number; data?: unknown };
  };
  const status = typeof e.response?.status === 'number' ? e.response.status : undefined;
  let data = e.response?.data as GoogleErrorBody | string | undefined;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data) as GoogleErrorBody;
    } catch {
      // A non-JSON body (a proxy's HTML page): the status says enough.
    }
  }
  const body = typeof data === 'object' ? data?.error : undefined;
  const reason = body?.errors?.[0]?.reason ?? body?.status;
  const message = body?.message ?? body?.errors?.[0]?.message;
  if (status !== undefined) {
    const text = `Gmail API ${status}${reason ? ` ${reason}` : ''}: ${message ?? 'no error body'} (gmail.googleapis.com users.messages.send)`;
    const out: ApiFailure = wireError({ message: text, response: text });
    out.status = status;
    if (reason) out.reason = reason;
    return out;
  }
  // No answer: a network error. Node's fetch puts the system code on `cause`.
  const code =
    typeof e.cause?.code === 'string' ? e.cause.code : typeof e.code === 'string' ? e.code : undefined;
  const why =
    typeof e.cause?.message === 'string'
      ? e.cause.message
      : typeof e.message === 'string'
        ? e.message
        : String(err);
  const out: ApiFailure = wireError({ message: `Gmail API request failed: ${code ? `${code} ` : ''}${why}` });
  if (code && !/^\d+$/.test(code)) out.code = code;
  return out;
}

/** A client of `users.messages.send` on `rootUrl`, built once per sender. */
export function apiClient(options: Readonly<GmailApiOptions>) {
  const client = gmail({ version: 'v1', rootUrl: options.rootUrl });
  return {
    /**
     * Sends a built message as it is: base64url `raw` in a JSON body, or through the upload
     * endpoint (`uploadType=media`) above `uploadAboveBytes`. Rejects with an {@link ApiFailure}.
     */
    async send(raw: Buffer, token: string, signal: AbortSignal): Promise<ApiSent> {
      const upload = raw.length > options.uploadAboveBytes;
      const request = {
        headers: { Authorization: `Bearer ${token}` },
        // The upload URL is built from the method's options, not the client's.
        rootUrl: options.rootUrl,
        // Retrying is the sender's job (catalog advice, shared pacing); gaxios' own retries would
        // multiply requests against a quota that just said no.
        retry: false,
        timeout: options.timeoutMs,
        signal,
      };
      try {
        const res = upload
          ? await client.users.messages.send(
              { userId: options.userId, media: { mimeType: 'message/rfc822', body: raw } },
              request,
            )
          : await client.users.messages.send(
              { userId: options.userId, requestBody: { raw: raw.toString('base64url') } },
              request,
            );
        return { id: res.data.id ?? '', status: res.status };
      } catch (err) {
        throw apiFailure(err);
      }
    },
  };
}

/** The client type. */
export type ApiClient = ReturnType<typeof apiClient>;
