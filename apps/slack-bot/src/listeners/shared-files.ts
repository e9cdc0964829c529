// A bounce shared as a file reaches the bot two ways: a `message` with `subtype: 'file_share'`
// (with the text typed beside it), and a `file_shared` event (the only one Slack sends for some
// uploads, and for files shared into a conversation after upload). Both end here, and the file id is
// claimed first, so a file is downloaded and answered exactly once whichever arrives first.
import { type Diagnosed, diagnose, diagnoseFile, worthAnswering } from '../diagnose.js';
import { type BaseArgs, type Deps, keyOf } from './deps.js';
import {
  FileFetchError,
  fetchFileText,
  fileInfo,
  isSavedMessage,
  mayHoldBounce,
  type SlackFile,
  shareIn,
} from './files.js';
import { fileMark, type ReplyWhere, replyLine, replyOnce } from './reply.js';

/** The `file_shared` event as the listener reads it. */
export interface FileSharedEvent {
  type: 'file_shared';
  file_id: string;
  user_id?: string;
  channel_id: string;
  file?: { id: string };
  event_ts?: string;
}

/** A DM's conversation id starts with `D`; there the person is talking to the bot. */
export const isDmChannel = (channel: string) => channel.startsWith('D');

/** The one line a DM gets for a text file that holds neither a bounce nor an error. */
export const NOT_A_BOUNCE = (name: string) =>
  `I read ${name} but found no bounce and no SMTP error in it. Share the bounce itself as an .eml (Gmail: ⋮ → Download message), or paste the error with its reply code.`;

/** The one line a DM gets for a file alone that cannot hold a bounce (a picture, an Outlook .msg). */
export const CANNOT_READ = (name: string) =>
  `I read bounces saved as .eml (Gmail: ⋮ → Download message) or as text, and pasted errors; I cannot read ${name}. Paste the error with its reply code, or share the bounce as .eml.`;

/** The one line for a bounce Slack would not let the bot download (never the token or the URL). */
export const FETCH_FAILED = (name: string) =>
  `I could not download ${name} from Slack just now. Share it again in a minute, or paste the bounce's text.`;

/** What a shared file is answered with, and where. */
interface FileJob {
  file: SlackFile;
  /** `files.info`'s answer, when the caller already has it. */
  info?: SlackFile;
  where: ReplyWhere;
  isDm: boolean;
  /** Text posted with the file ("why did this bounce?"), tried when the file holds no bounce. */
  text?: string | undefined;
}

/**
 * Downloads a shared file and answers it: a bounce always (sharing one is asking), per recipient;
 * any other text file only when it holds an error worth answering, or in a DM with one short line.
 * A file too large gets one line naming the limit (a saved message anywhere, a text file in a
 * DM); other unreadable files get a log line. Returns false when the file was answered already.
 */
export async function answerSharedFile(deps: Deps, args: BaseArgs, job: FileJob): Promise<boolean> {
  const { client, logger, context } = args;
  if (!deps.files.claim(job.file.id, true)) {
    logger.debug(`file ${job.file.id} was answered already`);
    return false;
  }
  const name = job.info?.name ?? job.file.name ?? job.file.id;
  let answer: Diagnosed;
  try {
    const raw = await fetchFileText(client, job.file, {
      token: context.botToken ?? '',
      apiUrl: deps.apiUrl,
      ...(job.info ? { info: job.info } : {}),
    });
    answer = diagnoseFile(raw);
  } catch (e) {
    const code = e instanceof FileFetchError ? e.code : 'FILE_FETCH_FAILED';
    const why = e instanceof FileFetchError ? e.message : `could not read it: ${(e as Error).message}`;
    logger.warn(`could not read shared file ${job.file.id}: ${why}`);
    // A download that failed may work when the file is shared again: forget it.
    if (code === 'FILE_FETCH_FAILED') deps.files.delete(job.file.id);
    const tell = job.isDm || isSavedMessage(job.file);
    const mark = fileMark(job.file.id);
    if (code === 'FILE_TOO_LARGE' && tell) await replyLine(deps, client, logger, job.where, why, mark);
    else if (code === 'FILE_FETCH_FAILED' && tell && !job.text)
      await replyLine(deps, client, logger, job.where, FETCH_FAILED(name), mark);
    else if (job.text) await answerText(deps, args, job);
    return true;
  }
  const d = answer.diagnosis;
  if (d.bounce) {
    await replyWithFile(deps, args, job, answer);
    return true;
  }
  if (job.text) {
    const fromText = diagnose(job.text);
    if (fromText.diagnosis.entry && !(d.entry && d.confidence >= fromText.diagnosis.confidence))
      answer = fromText;
  }
  if (worthAnswering(answer.diagnosis, deps.threshold) || (job.isDm && answer.diagnosis.entry))
    await replyOnce(deps, client, logger, job.where, answer, job.isDm, fileMark(job.file.id));
  else if (job.isDm)
    await replyLine(deps, client, logger, job.where, NOT_A_BOUNCE(name), fileMark(job.file.id));
  return true;
}

/**
 * Replies with a bounce's answer. When the carrying message was already answered for its text (an
 * @mention or a channel paste answered while the file downloaded), the bounce still gets its own
 * reply in the same thread, keyed by the file, rather than being dropped.
 */
async function replyWithFile(deps: Deps, args: BaseArgs, job: FileJob, answer: Diagnosed) {
  const { client, logger } = args;
  const mark = fileMark(job.file.id);
  if (await replyOnce(deps, client, logger, job.where, answer, true, mark)) return;
  if (deps.answered.get(keyOf(job.where.channel, job.where.ts)) === undefined) return;
  const threadTs = job.where.threadTs === undefined ? job.where.ts : job.where.threadTs;
  await replyOnce(
    deps,
    client,
    logger,
    { channel: job.where.channel, ts: `${job.where.ts}#${job.file.id}`, threadTs },
    answer,
    true,
    mark,
  );
}

/** The file could not be read: the text beside it is answered as a message would be. */
async function answerText(deps: Deps, args: BaseArgs, job: FileJob) {
  const answer = diagnose(job.text ?? '');
  if (job.isDm || worthAnswering(answer.diagnosis, deps.threshold))
    await replyOnce(deps, args.client, args.logger, job.where, answer, job.isDm);
}

/**
 * A `file_shared` event: the file is looked up (`files.info`) for its name, type, uploader and the
 * message that carries it in this conversation, then answered in that message's thread. Files the
 * bot uploaded, and files that cannot hold a bounce (images, PDFs…), are left alone: the `message`
 * event that carries them answers any text typed beside them.
 */
export async function onFileSharedEvent(deps: Deps, args: BaseArgs & { event: FileSharedEvent }) {
  const { event, client, logger, context } = args;
  const id = event.file_id ?? event.file?.id;
  if (!id || !event.channel_id) return;
  if (context.botUserId && event.user_id === context.botUserId) return;
  if (deps.files.get(id)) return;
  let info: SlackFile;
  try {
    info = await fileInfo(client, id);
  } catch (e) {
    logger.warn(`could not look up shared file ${id}: ${(e as Error).message}`);
    return;
  }
  if (info.bot_id || (context.botUserId && info.user === context.botUserId)) return;
  if (!mayHoldBounce(info)) return;
  const share = shareIn(info, event.channel_id);
  const isDm = isDmChannel(event.channel_id);
  // Without the carrying message (Slack has not recorded the share yet) the answer is posted in the
  // conversation itself, keyed by the file, rather than dropped.
  const where: ReplyWhere = share
    ? { channel: event.channel_id, ts: share.ts, threadTs: share.threadTs ?? share.ts }
    : { channel: event.channel_id, ts: `file-${id}`, threadTs: null };
  await answerSharedFile(deps, args, { file: info, info, where, isDm });
}
