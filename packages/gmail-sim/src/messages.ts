import { type ParsedMail, simpleParser } from 'mailparser';

/** A message the sim accepted, as tests see it. */
export interface DeliveredMessage {
  /** The authenticated account that sent it. */
  user: string;
  /** The Gmail-shaped session id of the SMTP session. */
  sessionId: string;
  /** The SMTP envelope. */
  envelope: { mailFrom: string; rcptTo: string[] };
  /** The Message-ID header, or undefined when the message had none. */
  messageId: string | undefined;
  /** The Subject header as sent (not MIME-decoded; `parse()` decodes it), or undefined. */
  subject: string | undefined;
  /**
   * True when a recipient of this delivery already got a message with the same Message-ID (since
   * the last reset). One message sent in several transactions to different recipients (more than
   * a transaction takes) is not a duplicate.
   */
  duplicate: boolean;
  /** The message as received, after dot-unstuffing. */
  raw: Buffer;
  /** When it was accepted, by the sim's clock. */
  receivedAt: number;
  /** The message parsed by mailparser; parsed on first call and remembered. */
  parse(): Promise<ParsedMail>;
}

// Parsing every message with mailparser before replying cost the sim a few ms of CPU per
// message, which a benchmark then measured as Gmail's latency. The reply needs only these two
// headers; the full parse happens when a test asks for it.
const HEADER_END = /\r?\n\r?\n/;

function header(head: string, name: string): string | undefined {
  const m = new RegExp(`^${name}:[ \\t]*((?:.*)(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head);
  return m?.[1]?.replace(/\r?\n[ \t]+/g, ' ').trim();
}

/** Reads the Message-ID and Subject headers without parsing the body. */
export function quickHeaders(raw: Buffer): { messageId: string | undefined; subject: string | undefined } {
  const text = raw.subarray(0, 64 * 1024).toString('latin1');
  const end = HEADER_END.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  return { messageId: header(head, 'message-id'), subject: header(head, 'subject') };
}

/** A parse function that runs mailparser once, on first call. */
export function lazyParse(raw: Buffer): () => Promise<ParsedMail> {
  let parsed: Promise<ParsedMail> | undefined;
  return () => {
    parsed ??= simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
    return parsed;
  };
}

/**
 * Records that `recipients` got `messageId`; true when one of them already had it. `seen` holds
 * Message-ID and recipient pairs.
 */
export function deliveredBefore(
  seen: Set<string>,
  messageId: string | undefined,
  recipients: readonly string[],
): boolean {
  if (messageId === undefined) return false;
  let before = false;
  for (const r of recipients) {
    const pair = `${messageId}\n${r.toLowerCase()}`;
    if (seen.has(pair)) before = true;
    else seen.add(pair);
  }
  return before;
}
