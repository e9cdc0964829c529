import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createSender } from './sender.js';
import { freshCoordinator, rejection } from './test/helpers.js';

// A sender pointed at another provider's server (a copied config, a relay in between) gets that
// server's refusals. Saying "Gmail refused" would send the reader to Gmail's help pages; the
// message names whose server replied, from core's origin evidence.
const OUTLOOK_REFUSAL =
  '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. [AM0EUR02FT011.eop-EUR02.prod.protection.outlook.com]';

describe("another provider's refusal", () => {
  const servers: SMTPServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
  });

  it('fails with a message that says the reply did not come from Gmail', async () => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onAuth: (_auth, _session, cb) => cb(null, { user: 'app' }),
      onRcptTo: (_addr, _session, cb) => {
        const err = new Error(OUTLOOK_REFUSAL.slice(4)) as Error & { responseCode: number };
        err.responseCode = 550;
        cb(err);
      },
      logger: false,
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.server.address() as { port: number };

    const sender = createSender({
      user: 'app@example.test',
      auth: { type: 'password', pass: 'not-a-real-password' },
      smtp: { host: '127.0.0.1', port, secure: false, requireTLS: false },
      coordinator: freshCoordinator(),
      idleTimeoutMs: 200,
    });
    try {
      const err = await rejection(
        sender.send({ from: 'app@example.test', to: 'user@example.org', subject: 'hi', text: 'x' }),
      );
      expect(err.code).toBe('SEND_REJECTED');
      const diagnosis = err.diagnosis as { entry: { provider: string } | null; originNote: string | null };
      expect(diagnosis.entry?.provider ?? 'generic').not.toBe('gmail');
      expect(diagnosis.originNote).toMatch(/Outlook|Microsoft/);
      expect(err.message).toMatch(/^The server refused the message/);
      expect(err.message).not.toMatch(/^Gmail/);
      expect(err.message).toContain(diagnosis.originNote as string);
    } finally {
      await sender.close();
    }
  });
});
