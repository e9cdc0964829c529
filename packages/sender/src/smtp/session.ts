import SMTPConnection, {
  type SMTPConnectionCustomAuthContext,
  type SMTPConnectionSendInfo,
  type SMTPEnvelope,
} from 'nodemailer/lib/smtp-connection';
import { type WireError, wireError } from '../errors.js';
import type { SmtpOptions } from '../options.js';
import { Pipeline } from './pipeline.js';

/** nodemailer internals the pipeline takes over from (checked against nodemailer 10.6). */
interface ConnectionInternals {
  _socket?: import('node:net').Socket;
  _onSocketData?: (chunk: Buffer) => void;
  _supportedExtensions?: string[];
}

/** How a session logs in: an app password (PLAIN) or an access token (XOAUTH2). */
export type SessionLogin =
  | { kind: 'password'; user: string; pass: string }
  | { kind: 'xoauth2'; user: string; token: string };

/** A failed AUTH, with whether Gmail answered with the XOAUTH2 `334` challenge (a refused token). */
export interface AuthFailure {
  error: WireError;
  /** True when the server sent the `334` challenge: the token was refused, not necessarily the account. */
  challenged: boolean;
}

const xoauth2 = (user: string, token: string) =>
  Buffer.from(`user=${user}\x01auth=Bearer ${token}\x01\x01`).toString('base64');

/**
 * One SMTP session over nodemailer's `SMTPConnection`: connect (with TCP_NODELAY), AUTH, send
 * messages one after another, QUIT. It knows nothing of queues, slots or retries; every error it
 * returns is reduced to nodemailer's wire shape (`code`, `response`, `responseCode`, `command`).
 */
export class Session {
  private alive = true;
  private challenged = false;
  /** Our own message transaction (one round trip per message) once logged in, when the server pipelines. */
  private pipeline: Pipeline | undefined;
  private onGone: (() => void) | undefined;
  /** Resolves when the server closed the session or the socket failed. */
  readonly gone: Promise<void>;

  private constructor(private readonly conn: SMTPConnection) {
    this.gone = new Promise((resolve) => {
      this.onGone = resolve;
    });
    // Without a listener an 'error' between commands (a 421 while idle, a reset) would crash the process.
    conn.on('error', () => {
      this.alive = false;
      this.onGone?.();
    });
    conn.once('end', () => {
      this.alive = false;
      this.onGone?.();
    });
  }

  /** False once the server closed the session or the socket failed. */
  get isAlive(): boolean {
    return this.alive;
  }

  /** Connects and reads the greeting and EHLO. Rejects with a {@link WireError}. */
  static open(smtp: Readonly<SmtpOptions>): Promise<Session> {
    const conn: SMTPConnection = new SMTPConnection({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      requireTLS: smtp.requireTLS,
      ...(smtp.tls === undefined ? {} : { tls: smtp.tls }),
      ...(smtp.name === undefined ? {} : { name: smtp.name }),
      connectionTimeout: smtp.connectionTimeoutMs,
      greetingTimeout: smtp.greetingTimeoutMs,
      socketTimeout: smtp.socketTimeoutMs,
      socketCloseTimeout: 0,
      logger: false,
      customAuth: { XOAUTH2: (ctx: SMTPConnectionCustomAuthContext): Promise<void> => session.xoauth2(ctx) },
    });
    const session: Session = new Session(conn);
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (err: unknown) => {
        if (settled) return;
        settled = true;
        session.destroy();
        reject(wireError(err));
      };
      conn.once('error', fail);
      conn.connect(() => {
        if (settled) return;
        settled = true;
        conn.off('error', fail);
        // Commands and message data go out in small writes; without TCP_NODELAY each can wait
        // ~40 ms on the server's delayed ACK. nodemailer sets it too; we do not rely on that.
        const socket = conn._socket;
        if (socket && typeof socket.setNoDelay === 'function') socket.setNoDelay(true);
        resolve(session);
      });
    });
  }

  private async xoauth2(ctx: SMTPConnectionCustomAuthContext): Promise<void> {
    const auth = ctx.auth as unknown as { user: string; token: string };
    const first = await ctx.sendCommand(`AUTH XOAUTH2 ${xoauth2(auth.user, auth.token)}`);
    if (first.status === 235) return ctx.resolve();
    if (first.status === 334) {
      // Gmail's challenge (base64 JSON) says the token was refused; an empty line ends the exchange with 535.
      this.challenged = true;
      await ctx.sendCommand('');
    }
    ctx.reject('Invalid login');
  }

  /** Logs in; resolves with `undefined` on success or the failure. */
  login(login: SessionLogin): Promise<AuthFailure | undefined> {
    this.challenged = false;
    const auth =
      login.kind === 'password'
        ? { user: login.user, pass: login.pass, method: 'PLAIN' }
        : // nodemailer keeps XOAUTH2 only when `oauth2` is set; its value is unused as our handler runs instead.
          { user: login.user, pass: 'xoauth2', token: login.token, method: 'XOAUTH2', oauth2: {} as never };
    return new Promise((resolve) => {
      this.conn.login(auth, (err) => {
        if (!err) {
          this.takeOver();
          return resolve(undefined);
        }
        const error = wireError(err);
        if (login.kind === 'xoauth2') error.command = 'AUTH XOAUTH2';
        resolve({ error, challenged: this.challenged });
      });
    });
  }

  /**
   * After a successful AUTH, reads the socket ourselves so that messages can be pipelined (see
   * {@link Pipeline}), when the server offers PIPELINING (Gmail does). Without it, or without the
   * nodemailer internals this needs, nodemailer's own `send()` carries on.
   */
  private takeOver(): void {
    const internals = this.conn as unknown as ConnectionInternals;
    const socket = internals._socket;
    const extensions = internals._supportedExtensions;
    if (!socket || typeof internals._onSocketData !== 'function' || !Array.isArray(extensions)) return;
    if (!extensions.includes('PIPELINING')) return;
    socket.off('data', internals._onSocketData);
    this.pipeline = new Pipeline(socket, extensions.includes('SMTPUTF8'));
  }

  /** Hands the socket back to nodemailer (for QUIT). */
  private giveBack(): void {
    if (!this.pipeline) return;
    this.pipeline.detach();
    this.pipeline = undefined;
    const internals = this.conn as unknown as ConnectionInternals;
    if (internals._socket && internals._onSocketData) internals._socket.on('data', internals._onSocketData);
  }

  /** True when messages are pipelined: `send()` may be called again before the last one settled. */
  get pipelines(): boolean {
    return this.pipeline !== undefined;
  }

  /**
   * Sends one message. Rejects with a {@link WireError}. When {@link pipelines} is true the next
   * message may be sent before this one settled: its envelope goes out with this one's body.
   */
  send(envelope: SMTPEnvelope, raw: Buffer): Promise<SMTPConnectionSendInfo> {
    if (this.pipeline) {
      const address = (a: unknown) =>
        typeof a === 'string' ? a : String((a as { address?: unknown } | undefined)?.address ?? '');
      const from = envelope.from === false ? '' : address(envelope.from);
      const to = ([] as unknown[]).concat(envelope.to ?? []).map(address);
      return this.pipeline.send({ from, to }, raw).then((r) => ({
        accepted: r.accepted,
        rejected: r.rejected,
        rejectedErrors: r.rejectedErrors,
        response: r.response,
        envelopeTime: 0,
        messageTime: 0,
        messageSize: raw.length,
        envelope,
      }));
    }
    return new Promise((resolve, reject) => {
      this.conn.send(envelope, raw, (err, info) => {
        if (err || !info) reject(wireError(err ?? new Error('No result from the server')));
        else resolve(info);
      });
    });
  }

  /** RSET after a refused message, so the session can carry the next one. False when the session is gone. */
  reset(): Promise<boolean> {
    if (!this.alive) return Promise.resolve(false);
    return new Promise((resolve) => {
      this.conn.reset((err) => {
        if (err) this.alive = false;
        resolve(!err);
      });
    });
  }

  /**
   * QUIT, then resolves once the server has closed the session (or after `graceMs`), so the
   * caller returns its slot only when the server no longer counts the session.
   */
  quit(graceMs = 1000): Promise<void> {
    this.giveBack();
    if (!this.alive) {
      this.conn.close();
      return Promise.resolve();
    }
    this.alive = false;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.conn.close();
        resolve();
      };
      const timer = setTimeout(done, graceMs);
      timer.unref();
      this.conn.once('end', done);
      try {
        this.conn.quit();
      } catch {
        done();
      }
    });
  }

  /** Closes the socket at once. */
  destroy(): void {
    this.alive = false;
    this.conn.close();
  }
}
