import { getEntry, replyFor } from '@smtpfix/core';
import { GmailSimError } from './errors.js';

/** An SMTP reply the sim sends: the code and its lines, each starting with the enhanced code. */
export interface SimReply {
  /** The catalog id the reply comes from. */
  id: string;
  code: number;
  lines: string[];
}

/**
 * Gmail's reply for a catalog entry, as it goes on the wire: the last line ends with the
 * session id and `- gsmtp`, as Gmail's do, so pasted logs look like the real thing.
 */
export function gmailReply(id: string, sessionId: string): SimReply {
  const { code, lines } = replyFor(id);
  const out = [...lines];
  const last = out.length - 1;
  if (last >= 0) out[last] = `${out[last]} ${sessionId} - gsmtp`;
  return { id, code, lines: out };
}

/**
 * The error a smtp-server handler returns to send `reply`. Lines are joined with `\n`; the
 * connection hook turns them back into a multi-line reply (smtp-server itself would flatten them).
 */
export function replyError(reply: SimReply): Error & { responseCode: number; replyId: string } {
  return Object.assign(new Error(reply.lines.join('\n')), { responseCode: reply.code, replyId: reply.id });
}

/**
 * Fails at start when an option names a catalog id that does not exist, instead of when the
 * reply is first due.
 */
export function assertReplyIds(ids: Iterable<string>, option: string): void {
  for (const id of ids) {
    if (!getEntry(id)) {
      throw new GmailSimError(
        'INVALID_OPTION',
        `${option}: "${id}" is not a catalog id of @smtpfix/core; use an id such as 451-4.3.0-temporarily-rejected`,
      );
    }
  }
}
