import { randomBytes, randomInt } from 'node:crypto';
import type { Socket } from 'node:net';
import type { SMTPServer, SMTPServerSession } from 'smtp-server';

/**
 * The parts of smtp-server's (private) SMTPConnection the sim hooks into. smtp-server has no
 * per-command hook, writes fixed texts in a few places (the reply after a rejected XOAUTH2
 * challenge, the idle timeout, the size limit) and flattens multi-line error messages, so the
 * sim wraps `send` and `_onCommand` of each connection. Checked against smtp-server 3.21.
 */
export interface SmtpConnectionInternals {
  session: SMTPServerSession;
  _socket: Socket;
  _nextHandler: false | ((command: Buffer, callback: () => void) => void);
  send(code: number, data?: string | string[], context?: string | false): void;
  _onCommand(command: Buffer, callback?: () => void): void;
  close(): void;
  init(): void;
  _setListeners(callback: () => void): void;
  connectionReady(): void;
}

/** What the sim keeps per connection. */
export interface ConnectionState {
  connection: SmtpConnectionInternals;
  /** Gmail-shaped session id, appended to replies as Gmail does (`<id> - gsmtp`). */
  sessionId: string;
  /** Lower-cased account holding one of its session slots, once authenticated. */
  userKey: string | undefined;
  /** Set after the XOAUTH2 `334` challenge: the client's next line gets Gmail's `535 5.7.8`. */
  xoauth2Rejected: boolean;
  /** Catalog id of the error reply being sent, for `stats.replies`. */
  pendingReplyId: string | undefined;
  /** When the connection was accepted (the sim's clock), for `limits.maxSessionMs`. */
  openedAt: number;
  /** Messages delivered over this session, for `limits.maxMessagesPerSession`. */
  delivered: number;
  timers: NodeJS.Timeout[];
}

let sessionCounter = 0;

/** A session id in Gmail's shape, e.g. `d9443c01a7336-2a0b12c3a4dsm5678901pfb.12`. */
export function gmailSessionId(): string {
  sessionCounter = (sessionCounter + 1) % 1000;
  const hex = (n: number) =>
    randomBytes(Math.ceil(n / 2))
      .toString('hex')
      .slice(0, n);
  return `${hex(13)}-${hex(10)}sm${randomInt(1_000_000, 9_999_999)}pfb.${sessionCounter}`;
}

/** How the sim reacts to connection events; implemented by `smtp.ts`. */
export interface ConnectionHooks {
  /** A connection was accepted; return its state. */
  opened(connection: SmtpConnectionInternals): ConnectionState;
  /** Before a command line is handled; return false to swallow it (the hook replied itself). */
  beforeCommand(state: ConnectionState, command: Buffer, next: () => void, done: () => void): void;
  /** How long a reply travels to the client (`latencyMs.perReply`); 0 writes it at once. */
  replyDelayMs: number;
  /** Rewrites a reply before it is written. */
  rewrite(
    state: ConnectionState,
    code: number,
    data: string | string[] | undefined,
    context: string | false | undefined,
  ): { code: number; data: string | string[] | undefined; close: boolean };
}

/**
 * Makes `server` call `hooks` for every connection. smtp-server adds each new connection to
 * `server.connections` before it sends anything, so a Set whose `add` patches the connection
 * catches all of them, on this server only (no global prototype patch).
 */
export function installConnectionHooks(
  server: SMTPServer,
  hooks: ConnectionHooks,
): WeakMap<object, ConnectionState> {
  const states = new WeakMap<object, ConnectionState>();
  class HookedSet extends Set<SmtpConnectionInternals> {
    override add(connection: SmtpConnectionInternals): this {
      if (!this.has(connection) && !states.has(connection.session)) patch(connection);
      return super.add(connection);
    }
  }
  const patch = (connection: SmtpConnectionInternals) => {
    // Gmail's front ends answer at once. With Nagle's algorithm on, a reply written right after
    // another (the two 250s of a pipelined MAIL FROM + RCPT TO) waits for the client's delayed
    // ACK, about 40 ms on Linux, and a benchmark would measure that instead of the sender.
    connection._socket.setNoDelay?.(true);
    // smtp-server waits 100 ms before its greeting to catch clients that talk first; Gmail greets
    // at once, and a sender's connect time is part of what the sim is there to measure.
    connection.init = () => connection._setListeners(() => connection.connectionReady());
    const state = hooks.opened(connection);
    states.set(connection.session, state);
    const send = connection.send.bind(connection);
    connection.send = (code, data, context) => {
      const out = hooks.rewrite(state, code, data, context);
      // smtp-server replaces control characters with spaces, which would flatten Gmail's
      // multi-line replies; an array makes it write one `code-` line each.
      const payload =
        typeof out.data === 'string' && out.data.includes('\n') ? out.data.split('\n') : out.data;
      // Replies written in one tick (those to a pipelined MAIL, RCPT and DATA) leave in one
      // segment, as Gmail's do: one write and one wake-up on each side instead of three. Not a
      // 220 (STARTTLS hands the socket to TLS right after it) nor a reply that closes the session.
      const write = () => {
        const socket = connection._socket;
        if (out.code !== 220 && !out.close && socket.writableCorked === 0) {
          socket.cork();
          process.nextTick(() => socket.uncork());
        }
        send(out.code, payload, context);
        if (out.close && out.code !== 421) connection.close();
      };
      // The simulated round trip: the reply is decided now and arrives later; replies decided
      // together still leave together (equal delays fire in order). Not STARTTLS's 220, which
      // smtp-server must write before it hands the socket to TLS.
      if (hooks.replyDelayMs > 0 && !(out.code === 220 && context !== false)) {
        setTimeout(write, hooks.replyDelayMs);
      } else write();
    };
    const onCommand = connection._onCommand.bind(connection);
    connection._onCommand = (command, callback) => {
      const done = callback ?? (() => undefined);
      hooks.beforeCommand(state, command, () => onCommand(command, callback), done);
    };
  };
  (server as unknown as { connections: Set<SmtpConnectionInternals> }).connections = new HookedSet();
  return states;
}
