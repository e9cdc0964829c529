import { type ApiFailure, apiFailure } from './failure.js';
import type { GmailApiOptions } from './options.js';
import { type GmailFactory, loadGmail } from './peer.js';

/** One `users.messages.send` answer. */
export interface ApiSent {
  id: string;
  status: number;
}

/**
 * A client of `users.messages.send` on `rootUrl`, one per sender. `@googleapis/gmail` (an optional
 * peer) is loaded on the first send, so a process that only sends over SMTP never loads it.
 */
export function apiClient(options: Readonly<GmailApiOptions>, load: () => Promise<GmailFactory> = loadGmail) {
  let client: Promise<ReturnType<GmailFactory>> | undefined;
  return {
    /**
     * Sends a built message as it is: base64url `raw` in a JSON body, or through the upload
     * endpoint (`uploadType=media`) above `uploadAboveBytes`. Rejects with an {@link ApiFailure},
     * or a `SenderError` `MISSING_PEER` when `@googleapis/gmail` is not installed.
     */
    async send(raw: Buffer, token: string, signal: AbortSignal): Promise<ApiSent> {
      client ??= load().then((gmail) => gmail({ version: 'v1', rootUrl: options.rootUrl }));
      const api = await client;
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
          ? await api.users.messages.send(
              { userId: options.userId, media: { mimeType: 'message/rfc822', body: raw } },
              request,
            )
          : await api.users.messages.send(
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
