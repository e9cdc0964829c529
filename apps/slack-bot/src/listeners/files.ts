// Bounce messages shared as files (`.eml`, or a text file holding a pasted bounce): fetched through
// Slack's Web API with the bot token, then answered like a paste, one answer per recipient.
import type { Client } from './deps.js';

/** A file as message events and `files.info` describe it (the fields used here). */
export interface SlackFile {
  id: string;
  name?: string;
  filetype?: string;
  mimetype?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

/** Files larger than this are not downloaded: a bounce's notice is at its top, and memory is bounded. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 10_000;

/** Whether a shared file can hold a bounce: a saved message (`.eml`, `message/rfc822`) or plain text. */
export function mayHoldBounce(f: SlackFile): boolean {
  const name = f.name?.toLowerCase() ?? '';
  return (
    f.filetype === 'eml' ||
    f.mimetype === 'message/rfc822' ||
    name.endsWith('.eml') ||
    name.endsWith('.msg.txt') ||
    f.filetype === 'text' ||
    f.mimetype === 'text/plain'
  );
}

/** A file that cannot be read, with why; never carries the token or the file's content. */
export class FileFetchError extends Error {
  override name = 'FileFetchError';
  constructor(
    readonly code: 'FILE_TOO_LARGE' | 'FILE_HOST_NOT_ALLOWED' | 'FILE_FETCH_FAILED' | 'FILE_NO_URL',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The hosts the bot token may be sent to when downloading: Slack's file host, and the configured
 * Web API's own host (a local fake in tests, an enterprise proxy in production). A file URL that
 * points anywhere else is refused, so a forged event can never make the bot leak its token.
 */
export function allowedFileOrigins(apiUrl: string | null): string[] {
  const origins = ['https://files.slack.com'];
  if (apiUrl) origins.push(new URL(apiUrl).origin);
  return origins;
}

/**
 * Downloads a shared file's text: `files.info` through the configured Web API for its private
 * download URL, then that URL with the bot token. Refuses files over {@link MAX_FILE_BYTES} and
 * URLs outside {@link allowedFileOrigins}.
 */
export async function fetchFileText(
  client: Client,
  file: SlackFile,
  options: { token: string; apiUrl: string | null; fetchImpl?: typeof fetch },
): Promise<string> {
  const info = ((await client.files.info({ file: file.id })).file ?? {}) as SlackFile;
  const size = info.size ?? file.size ?? 0;
  if (size > MAX_FILE_BYTES)
    throw new FileFetchError(
      'FILE_TOO_LARGE',
      `${info.name ?? file.id} is ${Math.round(size / 1024)} KB; over 2 MB is not read.`,
    );
  const url = info.url_private_download ?? info.url_private ?? file.url_private_download ?? file.url_private;
  if (!url) throw new FileFetchError('FILE_NO_URL', `Slack gave no download URL for ${file.id}.`);
  const origin = new URL(url).origin;
  if (!allowedFileOrigins(options.apiUrl).includes(origin))
    throw new FileFetchError(
      'FILE_HOST_NOT_ALLOWED',
      `Not downloading ${file.id} from ${origin}: not a Slack file host.`,
    );
  const res = await (options.fetchImpl ?? fetch)(url, {
    headers: { Authorization: `Bearer ${options.token}` },
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    redirect: 'error',
  });
  if (!res.ok)
    throw new FileFetchError('FILE_FETCH_FAILED', `Downloading ${file.id} answered HTTP ${res.status}.`);
  // Read at most the cap even when the size Slack reported was wrong.
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    total += r.value.length;
    if (total > MAX_FILE_BYTES) {
      await reader.cancel();
      throw new FileFetchError('FILE_TOO_LARGE', `${file.id} is over 2 MB; not read.`);
    }
    chunks.push(r.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
