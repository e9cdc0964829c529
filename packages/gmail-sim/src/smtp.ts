import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  SMTPServer,
  type SMTPServerAddress,
  type SMTPServerAuthentication,
  type SMTPServerAuthenticationResponse,
  type SMTPServerDataStream,
  type SMTPServerSession,
} from 'smtp-server';
import {
  type ConnectionHooks,
  type ConnectionState,
  gmailSessionId,
  installConnectionHooks,
  type SmtpConnectionInternals,
} from './connection-hooks.js';
import type { FaultPlan } from './faults.js';
import type { AccountLimits } from './limits.js';
import { type DeliveredMessage, deliveredBefore, lazyParse, quickHeaders } from './messages.js';
import { accountKey, type ResolvedOptions } from './options.js';
import { getEntry, isGenericEhloName } from '@smtpfix/core';
import { gmailReply, replyError } from './replies.js';
import type { GmailSimStats } from './stats.js';
import type { SimTlsMaterial } from './tls.js';
import { GMAIL_SCOPE, type TokenStore } from './tokens.js';

/** One SMTP command as recorded for tests; AUTH arguments are redacted. */
export interface SmtpCommandRecord {
  sessionId: string;
  /** `EHLO`, `AUTH PLAIN`, `MAIL`, …; `(auth data)` for an AUTH continuation line. */
  command: string;
}

/** The challenge Gmail sends for a rejected XOAUTH2 token (JSON, base64 on the wire). */
export const XOAUTH2_CHALLENGE = { status: '400', schemes: 'Bearer', scope: GMAIL_SCOPE } as const;

/** Everything the SMTP handlers share with the rest of the sim. */
export interface SmtpDeps {
  options: ResolvedOptions;
  tokens: TokenStore;
  limits: AccountLimits;
  faults: FaultPlan;
  stats: GmailSimStats;
  messages: DeliveredMessage[];
  commands: SmtpCommandRecord[];
  seenMessageIds: Set<string>;
  tls: SimTlsMaterial | undefined;
}

/** A running SMTP listener. */
export interface SmtpListener {
  server: SMTPServer;
  port: number;
  close(): Promise<void>;
}

type Callback = (err?: Error | null) => void;

/** The reply of a session recycled by `limits.maxSessionMs` or `limits.maxMessagesPerSession`. */
const SESSION_RECYCLED_ID = '421-4.7.0-session-recycled';

function countReply(stats: GmailSimStats, id: string): void {
  stats.replies[id] = (stats.replies[id] ?? 0) + 1;
}

/** Builds the handlers of one listener; `secure` is true for the implicit-TLS port. */
function createHandlers(deps: SmtpDeps) {
  const { options, stats, limits, faults, tokens } = deps;
  const stateOf = new Map<string, ConnectionState>();

  /** The Error that makes smtp-server send catalog reply `id`. */
  const fail = (state: ConnectionState, id: string) => {
    state.pendingReplyId = id;
    return replyError(gmailReply(id, state.sessionId));
  };

  const releaseSlot = (state: ConnectionState) => {
    if (state.userKey === undefined) return;
    stats.sessionsByAccount[state.userKey] = limits.closeSession(state.userKey);
    state.userKey = undefined;
  };

  const hooks: ConnectionHooks = {
    replyDelayMs: options.latencyMs.perReply,
    opened(connection: SmtpConnectionInternals) {
      const state: ConnectionState = {
        connection,
        sessionId: gmailSessionId(),
        userKey: undefined,
        xoauth2Rejected: false,
        pendingReplyId: undefined,
        openedAt: options.now(),
        delivered: 0,
        timers: [],
      };
      stateOf.set(connection.session.id, state);
      stats.connections += 1;
      stats.openConnections += 1;
      return state;
    },

    beforeCommand(state, command, next, done) {
      stats.commands += 1;
      const conn = state.connection;
      const inAuth = conn._nextHandler !== false;
      const words = command.toString('utf8').split(' ');
      const name = (words[0] ?? '').toUpperCase();
      deps.commands.push({
        sessionId: state.sessionId,
        command: inAuth ? '(auth data)' : name === 'AUTH' ? `AUTH ${(words[1] ?? '').toUpperCase()}` : name,
      });
      if (state.xoauth2Rejected && inAuth) {
        // smtp-server answers the client's line after the challenge with its own fixed 535 text;
        // Gmail's is the two-line 535-5.7.8 BadCredentials reply.
        state.xoauth2Rejected = false;
        conn._nextHandler = (_line, callback) => {
          const reply = gmailReply('535-5.7.8-bad-credentials', state.sessionId);
          state.pendingReplyId = reply.id;
          conn.send(reply.code, reply.lines.join('\n'));
          callback();
        };
      }
      if ((name === 'EHLO' || name === 'HELO') && options.rejectGenericEhlo && !inAuth) {
        const ehloName = words.slice(1).join(' ');
        if (isGenericEhloName(ehloName)) {
          // smtp-relay.gmail.com's wire text, which differs from Google's list; smtp-server closes after a 421.
          state.pendingReplyId = '421-4.7.0-try-again-later-closing-connection';
          conn.send(421, `4.7.0 Try again later, closing connection. (EHLO) ${state.sessionId} - gsmtp`);
          done();
          return;
        }
      }
      if (
        name !== 'QUIT' &&
        (faults.take('close-session', inAuth ? undefined : name) ||
          faults.roll(options.faults.closeSessionRate))
      ) {
        const reply = gmailReply('421-4.7.0-try-again-later-closing-connection', state.sessionId);
        state.pendingReplyId = reply.id;
        conn.send(reply.code, reply.lines.join('\n'));
        done();
        return;
      }
      const delay = options.latencyMs.perCommand;
      if (delay > 0) setTimeout(next, delay);
      else next();
    },

    rewrite(state, code, data, context) {
      let close = false;
      const text = typeof data === 'string' ? data : undefined;
      const asReply = (id: string) => {
        const reply = gmailReply(id, state.sessionId);
        state.pendingReplyId = id;
        return { code: reply.code, data: reply.lines.join('\n') as string | string[] | undefined };
      };
      let out: { code: number; data: string | string[] | undefined } = { code, data };
      if (code === 421 && text === 'Timeout - closing connection') {
        out = asReply('451-4.4.2-timeout');
        close = true;
      } else if (code === 552 && text?.startsWith('Error: message exceeds fixed maximum message size')) {
        out = asReply('552-5.2.3-message-too-large');
      } else if (code === 220 && context === false) {
        out.data = `${options.hostname} ESMTP ${state.sessionId} - gsmtp`;
      } else if (code === 250 && Array.isArray(data) && !data.includes('ENHANCEDSTATUSCODES')) {
        // Gmail advertises enhanced status codes; smtp-server hides the keyword with its own codes.
        out.data = [...data.slice(0, 1), 'ENHANCEDSTATUSCODES', ...data.slice(1)];
        const first = out.data[0];
        if (first !== undefined) out.data[0] = first.replace(/ Nice to meet you.*$/, ' at your service');
      } else if (code === 250 && context === 'MAIL_FROM_OK') {
        out.data = `2.1.0 OK ${state.sessionId} - gsmtp`;
      } else if (code === 250 && context === 'RCPT_TO_OK') {
        out.data = `2.1.5 OK ${state.sessionId} - gsmtp`;
      } else if (code === 235) {
        out.data = '2.7.0 Accepted';
      } else if (code === 221) {
        out.data = `2.0.0 closing connection ${state.sessionId} - gsmtp`;
      }
      if (out.code >= 300 && state.pendingReplyId !== undefined) {
        countReply(stats, state.pendingReplyId);
        if (out.code === 454) stats.auth454 += 1;
      }
      state.pendingReplyId = undefined;
      return { ...out, close };
    },
  };

  const lookup = (session: SMTPServerSession): ConnectionState => {
    const state = stateOf.get(session.id);
    if (!state) throw new Error(`gmail-sim: no state for session ${session.id}`);
    return state;
  };

  /** A random or injected transient reply, if one is due at this step. */
  const transient = (state: ConnectionState): Error | undefined => {
    const injected = faults.take('transient');
    if (injected) return fail(state, injected.replyId ?? options.faults.transientReplies[0]!);
    if (faults.roll(options.faults.transientRate))
      return fail(state, faults.pick(options.faults.transientReplies));
    return undefined;
  };

  const onAuth = (
    auth: SMTPServerAuthentication,
    session: SMTPServerSession,
    callback: (err: Error | null | undefined, response?: SMTPServerAuthenticationResponse) => void,
  ): void => {
    const state = lookup(session);
    stats.authAttempts += 1;
    const key = accountKey(auth.username ?? '');
    const account = options.accounts.get(key);

    if (options.tls !== false && !session.secure) {
      callback(fail(state, '530-5.7.0-starttls-first'));
      return;
    }
    if (account && limits.isLockedOut(key)) {
      callback(fail(state, '454-4.7.0-too-many-login-attempts'));
      return;
    }
    const rejected = (id: string | 'xoauth2') => {
      stats.authFailures += 1;
      if (account && limits.recordFailure(key)) stats.lockouts += 1;
      if (id !== 'xoauth2') {
        callback(fail(state, id));
        return;
      }
      if (!options.xoauth2Challenge) {
        callback(fail(state, '535-5.7.8-bad-credentials'));
        return;
      }
      state.xoauth2Rejected = true;
      countReply(stats, '334-xoauth2-challenge');
      callback(null, { data: { ...XOAUTH2_CHALLENGE } });
      return;
    };

    if (auth.method === 'XOAUTH2') {
      const token = auth.accessToken ? tokens.lookupAccessToken(auth.accessToken) : undefined;
      const valid =
        account !== undefined &&
        token !== undefined &&
        accountKey(token.user) === key &&
        token.scope.split(' ').includes(GMAIL_SCOPE);
      if (!valid) {
        rejected('xoauth2');
        return;
      }
    } else if (auth.method === 'PLAIN' || auth.method === 'LOGIN') {
      const password = auth.password ?? '';
      if (!account) {
        rejected('535-5.7.8-bad-credentials');
        return;
      }
      const isAppPassword =
        account.appPassword !== undefined && password.replaceAll(' ', '') === account.appPassword;
      const isAccountPassword = account.password !== undefined && password === account.password;
      if (isAccountPassword && !isAppPassword && account.twoStep) {
        rejected('534-5.7.9-app-password-required');
        return;
      }
      if (!isAppPassword && !isAccountPassword) {
        rejected('535-5.7.8-bad-credentials');
        return;
      }
    } else {
      rejected('535-5.7.8-bad-credentials');
      return;
    }

    if (!account) {
      rejected('535-5.7.8-bad-credentials');
      return;
    }
    limits.recordSuccess(key);
    const open = limits.openSession(key);
    if (open === false) {
      callback(fail(state, '454-4.7.0-cannot-authenticate'));
      return;
    }
    state.userKey = key;
    stats.authSuccesses += 1;
    stats.sessionsByAccount[key] = open;
    stats.peakSessionsByAccount[key] = Math.max(stats.peakSessionsByAccount[key] ?? 0, open);
    stats.peakSessions = Math.max(stats.peakSessions, open);
    callback(null, { user: account.user });
  };

  const onMailFrom = (_address: SMTPServerAddress, session: SMTPServerSession, callback: Callback): void => {
    const state = lookup(session);
    if (state.userKey === undefined) {
      callback(fail(state, '530-5.7.0-authentication-required'));
      return;
    }
    if (
      state.delivered >= options.limits.maxMessagesPerSession ||
      options.now() - state.openedAt >= options.limits.maxSessionMs
    ) {
      // Gmail recycles a session that is old or has carried many messages: it refuses the next
      // transaction and closes, never the message in flight (smtp-server closes after a 421).
      callback(fail(state, SESSION_RECYCLED_ID));
      return;
    }
    const fault = transient(state);
    if (fault) {
      callback(fault);
      return;
    }
    const quota = limits.checkQuota(state.userKey);
    if (quota === 'per-day') {
      callback(fail(state, '550-5.4.5-daily-user-limit'));
      return;
    }
    if (quota === 'per-minute') {
      callback(fail(state, options.rateLimitReply));
      return;
    }
    callback();
  };

  const matches = (set: ReadonlySet<string>, address: string) =>
    set.has(address) || set.has(`*@${address.slice(address.lastIndexOf('@') + 1)}`);

  /** The scripted reply of a recipient (`mailboxes.replies`), when its page's step is `at`. */
  const scriptedReply = (address: string, at: 'RCPT' | 'DATA'): string | undefined => {
    const rcpt = address.toLowerCase();
    const id =
      options.mailboxes.replies.get(rcpt) ??
      options.mailboxes.replies.get(`*@${rcpt.slice(rcpt.lastIndexOf('@') + 1)}`);
    if (id === undefined) return undefined;
    return (getEntry(id)?.stage === 'DATA' ? 'DATA' : 'RCPT') === at ? id : undefined;
  };

  const onRcptTo = (address: SMTPServerAddress, session: SMTPServerSession, callback: Callback): void => {
    const state = lookup(session);
    const fault = transient(state);
    if (fault) {
      callback(fault);
      return;
    }
    if (session.envelope.rcptTo.length >= options.limits.recipientsPerMessage) {
      callback(fail(state, '452-4.5.3-too-many-recipients'));
      return;
    }
    const rcpt = address.address.toLowerCase();
    if (matches(options.mailboxes.unknown, rcpt)) {
      callback(fail(state, '550-5.1.1-no-such-user'));
      return;
    }
    if (matches(options.mailboxes.overQuota, rcpt)) {
      callback(fail(state, '452-4.2.2-over-quota'));
      return;
    }
    const scripted = scriptedReply(rcpt, 'RCPT');
    if (scripted) {
      callback(fail(state, scripted));
      return;
    }
    callback();
  };

  const onData = (
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (err?: Error | null, message?: string) => void,
  ): void => {
    const state = lookup(session);
    const drop =
      faults.take('drop-during-data') !== undefined || faults.roll(options.faults.dropDuringDataRate);
    const chunks: Buffer[] = [];
    let dropped = false;
    stream.on('error', () => undefined);
    stream.on('data', (chunk: Buffer) => {
      if (drop && !dropped) {
        // Gmail sometimes resets the connection mid-message; the client sees ECONNRESET, no reply.
        dropped = true;
        stats.droppedDuringData += 1;
        state.connection._socket.destroy();
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => {
      if (dropped) return;
      void finish();
    });
    const finish = async () => {
      if (stream.sizeExceeded) {
        callback(fail(state, '552-5.2.3-message-too-large'));
        return;
      }
      const fault = transient(state);
      if (fault) {
        callback(fault);
        return;
      }
      // A DATA-step scripted reply (421 4.7.29 …) comes after the whole message, as Gmail's does.
      const scripted = session.envelope.rcptTo
        .map((r) => scriptedReply(r.address, 'DATA'))
        .find((id) => id !== undefined);
      if (scripted) {
        callback(fail(state, scripted));
        return;
      }
      if (options.latencyMs.perMessage > 0) await sleep(options.latencyMs.perMessage);
      const raw = Buffer.concat(chunks);
      const { messageId, subject } = quickHeaders(raw);
      const duplicate = deliveredBefore(
        deps.seenMessageIds,
        messageId,
        session.envelope.rcptTo.map((r) => r.address),
      );
      const key = state.userKey ?? '';
      limits.recordSent(key);
      state.delivered += 1;
      stats.delivered += 1;
      if (duplicate) stats.duplicates += 1;
      deps.messages.push({
        user: options.accounts.get(key)?.user ?? key,
        sessionId: state.sessionId,
        envelope: {
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
        },
        messageId,
        subject,
        duplicate,
        raw,
        receivedAt: options.now(),
        parse: lazyParse(raw),
      });
      callback(null, `2.0.0 OK  ${Math.floor(options.now() / 1000)} ${state.sessionId} - gsmtp`);
    };
  };

  const onClose = (session: SMTPServerSession): void => {
    const state = stateOf.get(session.id);
    if (!state) return;
    stateOf.delete(session.id);
    for (const t of state.timers) clearTimeout(t);
    releaseSlot(state);
    stats.openConnections = Math.max(0, stats.openConnections - 1);
  };

  return { hooks, onAuth, onMailFrom, onRcptTo, onData, onClose };
}

/**
 * Starts one SMTP listener on 127.0.0.1 and a free port: plain with optional STARTTLS, or
 * implicit TLS when `secure`.
 */
export async function startSmtpListener(deps: SmtpDeps, secure: boolean): Promise<SmtpListener> {
  const handlers = createHandlers(deps);
  const { limits } = deps.options;
  const server = new SMTPServer({
    secure,
    ...(deps.tls ? { key: deps.tls.key, cert: deps.tls.cert } : {}),
    hideSTARTTLS: deps.tls === undefined || secure,
    name: deps.options.hostname,
    authMethods: ['PLAIN', 'LOGIN', 'XOAUTH2'],
    // The sim answers AUTH-before-STARTTLS and MAIL-before-AUTH itself, with Gmail's texts.
    allowInsecureAuth: true,
    authOptional: true,
    hideENHANCEDSTATUSCODES: true,
    hideDSN: true,
    hideREQUIRETLS: true,
    ...(Number.isFinite(limits.maxMessageBytes) ? { size: limits.maxMessageBytes } : {}),
    // Node's timers take at most 2^31-1 ms; "Infinity" means "never" here.
    socketTimeout: Math.min(limits.idleTimeoutMs, 2 ** 31 - 1),
    closeTimeout: 100,
    disableReverseLookup: true,
    logger: false,
    onAuth: handlers.onAuth,
    onMailFrom: handlers.onMailFrom,
    onRcptTo: handlers.onRcptTo,
    onData: handlers.onData,
    onClose: handlers.onClose,
  });
  installConnectionHooks(server, handlers.hooks);
  server.on('error', () => undefined);
  const sockets = new Set<import('node:net').Socket>();
  const netServer = (server as unknown as { server: import('node:net').Server }).server;
  netServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    netServer.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      netServer.off('error', reject);
      resolve();
    });
  });
  const { port } = netServer.address() as AddressInfo;
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        // smtp-server's close() waits for clients to leave; a test suite must not.
        for (const conn of (server as unknown as { connections: Set<SmtpConnectionInternals> }).connections) {
          conn._socket.destroy();
        }
        server.close(() => resolve());
        setImmediate(() => {
          for (const socket of sockets) socket.destroy();
        });
      }),
  };
}
