import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions, type TLSSocket } from 'node:tls';

/** What a port did when asked to speak: a first line, silence, an error, or a close. */
export type ProbeResult =
  | { kind: 'line'; line: string; tls: { protocol: string | null } | undefined }
  | { kind: 'silent' }
  | { kind: 'error'; error: NodeJS.ErrnoException }
  | { kind: 'closed' };

/** Where and how to probe. */
export interface ProbeTarget {
  address: string;
  port: number;
  /** The host name, for SNI and certificate checks. */
  host: string;
  timeoutMs: number;
  /** Per-connection TLS options (e.g. `{ ca }`); verification is never turned off. */
  tls: ConnectionOptions | undefined;
}

const isIp = (h: string) => /^[\d.]+$/.test(h) || h.includes(':');

/**
 * Opens a connection — plain, or TLS from the first byte — and waits for the first line the
 * server sends (its greeting), at most `timeoutMs`. Nothing is ever written besides the TLS
 * handshake, so the probe cannot send a command by mistake.
 */
export function probe(target: ProbeTarget, mode: 'plain' | 'tls'): Promise<ProbeResult> {
  return new Promise((resolve) => {
    let buffer = '';
    let socket: Socket | TLSSocket;
    const finish = (result: ProbeResult) => {
      clearTimeout(timer);
      socket.removeAllListeners('data');
      socket.on('error', () => undefined);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ kind: 'silent' }), target.timeoutMs);
    if (mode === 'plain') {
      socket = netConnect({ host: target.address, port: target.port });
    } else {
      socket = tlsConnect({
        ...target.tls,
        host: target.address,
        port: target.port,
        ...(isIp(target.host) ? {} : { servername: target.host }),
      });
    }
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      const end = buffer.indexOf('\n');
      if (end === -1 && buffer.length < 512) return;
      const tls = mode === 'tls' ? { protocol: (socket as TLSSocket).getProtocol() } : undefined;
      finish({ kind: 'line', line: buffer.slice(0, end === -1 ? 512 : end).trimEnd(), tls });
    });
    socket.once('error', (error: NodeJS.ErrnoException) => finish({ kind: 'error', error }));
    socket.once('close', () => finish({ kind: 'closed' }));
  });
}

/** True when a TLS error says the other side does not speak TLS (it sent plain text). */
export function isWrongVersion(error: NodeJS.ErrnoException): boolean {
  return (
    error.code === 'ERR_SSL_WRONG_VERSION_NUMBER' ||
    error.code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG' ||
    /wrong version number|packet length too long|unknown protocol|http request/i.test(error.message)
  );
}

const CERT_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** True when the handshake got as far as a certificate the client does not trust. */
export function isCertificateError(error: NodeJS.ErrnoException): boolean {
  return CERT_CODES.has(error.code ?? '') || /certificate/i.test(error.message);
}
