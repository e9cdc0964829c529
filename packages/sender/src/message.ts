import type { SMTPEnvelope } from 'nodemailer/lib/smtp-connection';
import MailComposer, { type MailComposerOptions } from 'nodemailer/lib/mail-composer';
import { SenderError } from './errors.js';

/**
 * A message, as nodemailer's `sendMail` takes it: `from`, `to`, `cc`, `bcc`, `subject`, `text`,
 * `html`, `attachments`, `headers`, `messageId`, `replyTo`, `envelope`, … `from` defaults to the
 * sender's `user`.
 */
export type MailMessage = MailComposerOptions;

/** A message built once, so every retry sends the same bytes with the same Message-ID. */
export interface BuiltMessage {
  messageId: string;
  envelope: SMTPEnvelope & { from: string | false; to: string[] };
  raw: Buffer;
}

/**
 * Builds the MIME message and its envelope. `keepBcc` keeps the Bcc header in the message, for the
 * Gmail API transport.
 * @throws {SenderError} `INVALID_MESSAGE`
 */
export async function buildMessage(
  message: MailMessage,
  defaultFrom: string,
  options: { keepBcc?: boolean } = {},
): Promise<BuiltMessage> {
  if (!message || typeof message !== 'object') {
    throw new SenderError('INVALID_MESSAGE', 'send() needs a message object: { to, subject, text }');
  }
  try {
    const node = new MailComposer({ from: defaultFrom, ...message }).compile();
    // The Gmail API reads recipients from the headers (it has no envelope) and drops Bcc itself.
    if (options.keepBcc) node.keepBcc = true;
    const envelope = node.getEnvelope();
    if (envelope.to.length === 0) {
      throw new SenderError('INVALID_MESSAGE', 'The message has no recipient: set to, cc or bcc');
    }
    const messageId = node.messageId();
    const raw = await node.build();
    return { messageId, envelope: { ...envelope, from: envelope.from, to: envelope.to }, raw };
  } catch (err) {
    if (err instanceof SenderError) throw err;
    throw new SenderError(
      'INVALID_MESSAGE',
      `The message could not be built: ${(err as Error)?.message ?? String(err)}`,
    );
  }
}
