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
  /** True when a message with the same Message-ID was delivered before (since the last reset). */
  duplicate: boolean;
  /** The message as received, after dot-unstuffing. */
  raw: Buffer;
  /** The message parsed by mailparser. */
  parsed: ParsedMail;
  /** When it was accepted, by the sim's clock. */
  receivedAt: number;
}

/** Parses a received message with mailparser. */
export function parseMessage(raw: Buffer): Promise<ParsedMail> {
  return simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
}
