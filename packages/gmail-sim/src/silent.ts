import { createServer, type AddressInfo, type Socket } from 'node:net';

/** A listener that accepts TCP connections and never writes a byte. */
export interface SilentListener {
  port: number;
  close(): Promise<void>;
}

/**
 * Opens a port that accepts and then says nothing: no greeting, no TLS handshake. That is how a
 * host whose outbound SMTP is swallowed by a firewall or proxy looks from the client: the connect
 * may succeed, and then the greeting (or TLS handshake) times out.
 */
export async function startSilentListener(): Promise<SilentListener> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('close', () => sockets.delete(socket));
    // Read and drop whatever the client sends (a ClientHello, EHLO), so it never sees back-pressure.
    socket.resume();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
