import { connect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { describe, expect } from 'vitest';
import { test } from './test/fixture.js';

describe('silentPort', () => {
  test('accepts the connection and never sends a byte', async ({ startSim }) => {
    const sim = await startSim({ silentPort: true });
    expect(sim.silent).toBeDefined();
    const socket = connect(sim.silent!.port, '127.0.0.1');
    let received = 0;
    socket.on('data', (d) => (received += d.length));
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('EHLO client.example.com\r\n');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(received).toBe(0);
    socket.destroy();
  });

  test('is off by default', async ({ sim }) => {
    expect(sim.silent).toBeUndefined();
  });
});

describe('wrong TLS mode (tls: true)', () => {
  test('a TLS client on the STARTTLS port gets a protocol error, not a handshake', async ({ startSim }) => {
    const sim = await startSim({ tls: true });
    const socket = tlsConnect({
      host: '127.0.0.1',
      port: sim.smtp.port,
      ca: sim.tls!.ca,
      servername: 'localhost',
    });
    const err = await new Promise<NodeJS.ErrnoException>((resolve) => socket.once('error', resolve));
    expect(err.code ?? err.message).toMatch(
      /WRONG_VERSION_NUMBER|wrong version number|ECONNRESET|packet length/i,
    );
    socket.destroy();
  });

  test('a plain client on the implicit-TLS port gets no greeting', async ({ startSim }) => {
    const sim = await startSim({ tls: true });
    const socket = connect(sim.smtps!.port, '127.0.0.1');
    let received = '';
    socket.on('data', (d) => (received += d.toString('latin1')));
    socket.on('error', () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(received).not.toMatch(/^220/);
    socket.destroy();
  });
});
