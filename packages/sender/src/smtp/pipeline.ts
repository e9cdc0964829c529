import type { Socket } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import type { WireError } from '../errors.js';

/** Who a message is from and to, as the SMTP envelope carries it. */
export interface PipelineEnvelope {
  from: string;
  to: string[];
}

/** What the server said to one message. */
export interface PipelineResult {
  accepted: string[];
  rejected: string[];
  /** Each refused recipient's reply, in `rejected`'s order. */
  rejectedErrors: WireError[];
  /** The final reply, e.g. `250 2.0.0 OK … - gsmtp`. */
  response: string;
}

interface Transaction {
  envelope: PipelineEnvelope;
  raw: Buffer;
  accepted: string[];
  rejected: string[];
  rejectedErrors: WireError[];
  /** The first refusal of the envelope (MAIL, or the last RCPT when none was accepted). */
  refused: WireError | undefined;
  resolve(result: PipelineResult): void;
  reject(err: WireError): void;
}

type ReplyHandler = (code: number, text: string) => void;

/**
 * The message transaction of an authenticated session, owned by the sender so that each message
 * costs ONE round trip: RFC 2920 lets a client send a message's body together with the next
 * message's MAIL FROM, RCPT TO and DATA, and read the replies to all of them at once. nodemailer's
 * `send()` waits for the final `250` before it writes the next envelope, which is two round trips
 * per message (the envelope group, then the body): on a 20 ms link that is 40 ms of waiting per
 * message instead of 20.
 *
 * nodemailer still does everything before (connect, TLS, EHLO, AUTH) and after (QUIT, close,
 * timeouts): this class only takes the socket's `data` events once the session is logged in.
 * Replies are matched to commands in order; every error has nodemailer's wire shape (`code`,
 * `response`, `responseCode`, `command`), so the classifier reads it the same way.
 */
export class Pipeline {
  private buffer = '';
  /** Keeps a UTF-8 character split across two reads whole. */
  private readonly decoder = new StringDecoder('utf8');
  private lines: string[] = [];
  private readonly handlers: ReplyHandler[] = [];
  /** Transactions whose replies are still due, oldest first. */
  private readonly open = new Set<Transaction>();
  /** The transaction whose DATA was sent and whose `354` is awaited. */
  private awaitingBody: Transaction | undefined;
  /** Transactions waiting for that `354`, to go out with its body. */
  private readonly queued: Transaction[] = [];
  private ended: WireError | undefined;
  /** A refused envelope leaves the server's transaction open: the next one starts with RSET. */
  private resetFirst = false;
  private readonly onData = (chunk: Buffer | string) => this.read(chunk);
  private readonly onClose = () => this.end();

  /** `smtputf8`: the server offers SMTPUTF8 (added to MAIL FROM for non-ASCII addresses). */
  constructor(
    private readonly socket: Socket,
    private readonly smtputf8: boolean,
  ) {
    socket.on('data', this.onData);
    socket.once('close', this.onClose);
  }

  /** Number of messages whose final reply is still due. */
  get pending(): number {
    return this.open.size;
  }

  /**
   * Sends a message. Its envelope goes out at once, or together with the body of the message
   * whose `354` is awaited. Resolves with the final reply; rejects with a {@link WireError}.
   */
  send(envelope: PipelineEnvelope, raw: Buffer): Promise<PipelineResult> {
    return new Promise((resolve, reject) => {
      const tx: Transaction = {
        envelope,
        raw,
        accepted: [],
        rejected: [],
        rejectedErrors: [],
        refused: undefined,
        resolve,
        reject,
      };
      if (this.ended) {
        reject(this.ended);
        return;
      }
      this.open.add(tx);
      if (this.awaitingBody) this.queued.push(tx);
      else this.socket.write(this.envelope(tx));
    });
  }

  /**
   * Gives the socket back (before QUIT): nodemailer reads the replies from here on. A message
   * still in flight then fails as if the connection had closed, rather than wait forever.
   */
  detach(): void {
    this.end();
    this.socket.off('data', this.onData);
    this.socket.off('close', this.onClose);
  }

  /** The envelope group of `tx`, with the handlers of its replies registered in order. */
  private envelope(tx: Transaction): Buffer {
    const { from, to } = tx.envelope;
    const utf8 = this.smtputf8 && [from, ...to].some((a) => /[\u0080-\uffff]/.test(a));
    let text = '';
    if (this.resetFirst) {
      this.resetFirst = false;
      text += 'RSET\r\n';
      this.handlers.push(() => undefined);
    }
    text += `MAIL FROM:<${from}>${utf8 ? ' SMTPUTF8' : ''}\r\n`;
    this.handlers.push((code, reply) => {
      if (code !== 250) tx.refused = wire(reply, code, 'MAIL FROM', 'EENVELOPE');
    });
    for (const rcpt of to) {
      text += `RCPT TO:<${rcpt}>\r\n`;
      this.handlers.push((code, reply) => {
        if (code === 250 || code === 251) {
          tx.accepted.push(rcpt);
          return;
        }
        tx.rejected.push(rcpt);
        const refusal = wire(reply, code, 'RCPT TO', 'EENVELOPE');
        refusal.recipient = rcpt;
        tx.rejectedErrors.push(refusal);
        if (tx.refused === undefined && tx.accepted.length === 0 && tx.rejected.length === to.length) {
          tx.refused = wire(
            `Can't send mail - all recipients were rejected: ${reply}`,
            code,
            'RCPT TO',
            'EENVELOPE',
            reply,
          );
          tx.refused.rejectedErrors = tx.rejectedErrors;
        }
      });
    }
    text += 'DATA\r\n';
    this.awaitingBody = tx;
    this.handlers.push((code, reply) => this.dataReply(tx, code, reply));
    return Buffer.from(text, 'utf8');
  }

  private dataReply(tx: Transaction, code: number, reply: string): void {
    this.awaitingBody = undefined;
    const next = this.queued.shift();
    if (code !== 354 || tx.refused) {
      // A server answers 354 only to a usable envelope; if it did anyway, end the empty message.
      if (code === 354) {
        this.handlers.push(() => undefined);
        this.socket.write('.\r\n');
      } else this.resetFirst = true;
      this.settle(tx, tx.refused ?? wire(reply, code, 'DATA', 'EENVELOPE'));
      if (next) this.socket.write(this.envelope(next));
      return;
    }
    this.handlers.push((end, text) => {
      if (end === 250)
        this.settle(tx, {
          accepted: tx.accepted,
          rejected: tx.rejected,
          rejectedErrors: tx.rejectedErrors,
          response: text,
        });
      else this.settle(tx, wire(text, end, 'DATA', 'EMESSAGE'));
    });
    const body = dotStuff(tx.raw);
    // The one write per message: this body, then the next message's envelope group.
    this.socket.write(next ? Buffer.concat([body, this.envelope(next)]) : body);
  }

  private settle(tx: Transaction, outcome: PipelineResult | WireError): void {
    if (!this.open.delete(tx)) return;
    if (outcome instanceof Error) tx.reject(outcome);
    else tx.resolve(outcome);
  }

  private read(chunk: Buffer | string): void {
    this.buffer += typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    for (let eol = this.buffer.indexOf('\n'); eol >= 0; eol = this.buffer.indexOf('\n')) {
      const line = this.buffer.slice(0, eol).replace(/\r$/, '');
      this.buffer = this.buffer.slice(eol + 1);
      this.lines.push(line);
      // `250-…` continues a reply; `250 …` (or a bare `250`) ends it.
      if (line.length > 3 && line[3] === '-') continue;
      const text = this.lines.join('\n');
      this.lines = [];
      const code = Number.parseInt(line.slice(0, 3), 10);
      const handler = this.handlers.shift();
      if (handler) handler(code, text);
      // RFC 5321 §3.8: a 421 is the server closing the session, whatever it answered.
      if (code === 421) this.end(wire(text, code, 'MAIL FROM', 'ECONNECTION'));
    }
  }

  /**
   * The session is over (closed, reset, or a 421): every message still in flight fails. Those
   * that never got a reply carry no `responseCode`: they were not refused, the session ended.
   */
  private end(closing?: WireError): void {
    if (this.ended) return;
    const reason = closing
      ? `The server closed the session before this message's turn: ${closing.response}`
      : 'Connection closed unexpectedly';
    this.ended = wire(reason, undefined, undefined, 'ECONNECTION');
    this.handlers.length = 0;
    this.awaitingBody = undefined;
    this.queued.length = 0;
    // A message whose envelope was refused (the 421 itself, at MAIL FROM or RCPT TO) keeps that reply.
    for (const tx of [...this.open]) this.settle(tx, tx.refused ?? this.ended);
  }
}

/** A WireError shaped as nodemailer's `_formatError` shapes its own. */
function wire(
  message: string,
  responseCode: number | undefined,
  command: string | undefined,
  code: string,
  response = message,
): WireError {
  const err: WireError = new Error(message);
  err.code = code;
  if (responseCode !== undefined) {
    err.response = response;
    err.responseCode = responseCode;
  }
  if (command !== undefined) err.command = command;
  return err;
}

const CRLF_DOT_CRLF = Buffer.from('.\r\n');
const CRLF = Buffer.from('\r\n');

/**
 * The message as DATA sends it: line ends as CRLF, a dot doubled at the start of a line (RFC 5321
 * §4.5.2), then the lone dot. A message built by nodemailer's composer already has CRLF line ends
 * and rarely a leading dot, so the common case copies nothing but the terminator.
 */
export function dotStuff(raw: Buffer): Buffer {
  let text: string | undefined;
  if (raw.includes('\n.') || raw[0] === 0x2e || hasBareLf(raw)) {
    text = raw
      .toString('latin1')
      .replace(/\r?\n/g, '\r\n')
      .replace(/(^|\r\n)\./g, '$1..');
  }
  const body = text === undefined ? raw : Buffer.from(text, 'latin1');
  const endsWithCrlf = body.length >= 2 && body[body.length - 2] === 0x0d && body[body.length - 1] === 0x0a;
  return Buffer.concat(
    endsWithCrlf || body.length === 0 ? [body, CRLF_DOT_CRLF] : [body, CRLF, CRLF_DOT_CRLF],
  );
}

function hasBareLf(raw: Buffer): boolean {
  for (let i = raw.indexOf(0x0a); i >= 0; i = raw.indexOf(0x0a, i + 1)) {
    if (i === 0 || raw[i - 1] !== 0x0d) return true;
  }
  return false;
}
