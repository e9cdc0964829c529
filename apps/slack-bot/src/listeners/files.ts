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
  /** Who uploaded it (a user id; the bot's own user id for files the bot uploaded). */
  user?: string;
  /** Set when a bot or integration uploaded it. */
  bot_id?: string;
  /**
   * Where the file is shared (`files.info`): conversation id → one entry per share, each with the
   * `ts` of the message that carries it and `thread_ts` when that message is a thread reply.
   */
  shares?: Record<'public' | 'private', Record<string, { ts: string; thread_ts?: string }[]> | undefined>;
}

/**
 * Files larger than this are not downloaded, and the one who shared them is told so (a bounce that
 * returns a message with attachments is as big as that message; Gmail's own limit is 25 MB).
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** {@link MAX_FILE_BYTES} in words, for the answers that name it. */
export const MAX_FILE_WORDS = '10 MB';
const FETCH_TIMEOUT_MS = 15_000;

/** Whether a file is a saved message: `.eml`, `message/rfc822`. */
export function isSavedMessage(f: SlackFile): boolean {
  const name = f.name?.toLowerCase() ?? '';
  return f.filetype === 'eml' || f.mimetype === 'message/rfc822' || name.endsWith('.eml');
}

/** Whether a shared file can hold a bounce: a saved message (`.eml`, `message/rfc822`) or plain text. */
export function mayHoldBounce(f: SlackFile): boolean {
  const name = f.name?.toLowerCase() ?? '';
  return (
    isSavedMessage(f) ||
    name.endsWith('.msg.txt') ||
    name.endsWith('.txt') ||
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

const tooLarge = (name: string, bytes: number | null) =>
  new FileFetchError(
    'FILE_TOO_LARGE',
    `${name} is ${bytes === null ? `over ${MAX_FILE_WORDS}` : `${(bytes / 1048576).toFixed(1)} MB`}; I read files up to ${MAX_FILE_WORDS}. Save the bounce without its attachments, or paste its notice, and share that.`,
  );

/** `files.info` for a file: its name, size, download URL and shares. */
export async function fileInfo(client: Client, id: string): Promise<SlackFile> {
  return { id, ...((await client.files.info({ file: id })).file ?? {}) } as SlackFile;
}

/**
 * A file's bytes as text. Valid UTF-8 is read as UTF-8; anything else (an 8-bit ISO-8859-1 or
 * Shift_JIS body) byte for byte as Latin-1, so no byte is lost to U+FFFD and the bounce reader,
 * which decodes each MIME part by its own charset, still sees every ASCII marker.
 */
export function fileBytesToText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return Buffer.from(bytes).toString('latin1');
  }
}

/**
 * Downloads a shared file's text: `files.info` through the configured Web API for its private
 * download URL (unless `info` already came from it), then that URL with the bot token. Refuses files
 * over {@link MAX_FILE_BYTES} and URLs outside {@link allowedFileOrigins}.
 */
export async function fetchFileText(
  client: Client,
  file: SlackFile,
  options: { token: string; apiUrl: string | null; fetchImpl?: typeof fetch; info?: SlackFile },
): Promise<string> {
  const info = options.info ?? (await fileInfo(client, file.id));
  const name = info.name ?? file.name ?? file.id;
  const size = info.size ?? file.size ?? 0;
  if (size > MAX_FILE_BYTES) throw tooLarge(name, size);
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
      throw tooLarge(name, null);
    }
    chunks.push(r.value);
  }
  return fileBytesToText(Buffer.concat(chunks));
}

/**
 * Where a file is shared in `channel`: the carrying message's `ts` and its thread, if any. A file
 * shared there more than once answers its latest share (the one the event is about).
 */
export function shareIn(info: SlackFile, channel: string): { ts: string; threadTs?: string } | null {
  const all = [...(info.shares?.public?.[channel] ?? []), ...(info.shares?.private?.[channel] ?? [])];
  const s = all.filter((x) => x?.ts).sort((a, b) => Number(b.ts) - Number(a.ts))[0];
  if (!s) return null;
  return s.thread_ts ? { ts: s.ts, threadTs: s.thread_ts } : { ts: s.ts };
}
