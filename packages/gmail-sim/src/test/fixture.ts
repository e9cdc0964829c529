import { connect as netConnect, type Socket } from 'node:net';
import nodemailer, { type SMTPTransportOptions } from 'nodemailer';
import { test as base } from 'vitest';
import type { GmailSimOptions } from '../options.js';
import { type GmailSim, startGmailSim } from '../sim.js';

/** The account most tests use: 2-step, with an app password. */
export const USER = 'app@example.test';
export const APP_PASSWORD = 'abcdefghijklmnop';
export const ACCOUNT_PASSWORD = 'account-pw';
export const ACCOUNTS: GmailSimOptions['accounts'] = [
  { user: USER, appPassword: APP_PASSWORD, password: ACCOUNT_PASSWORD, twoStep: true },
];

/** A settable clock for lockouts, quotas and token lifetimes. */
export function manualClock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

type TransportOptions = Partial<SMTPTransportOptions>;
/** A nodemailer transport. */
export type Transporter = ReturnType<typeof nodemailer.createTransport>;
/** A message for `sendMail`. */
export type SendMailOptions = Parameters<Transporter['sendMail']>[0];

interface Fixtures {
  /** Starts a sim with these options (accounts default to ACCOUNTS); closed after the test. */
  startSim: (options?: GmailSimOptions) => Promise<GmailSim>;
  /** A fresh sim with the default options and ACCOUNTS. */
  sim: GmailSim;
  /** A nodemailer transport to `sim.smtp` (app password login unless `auth` is given); closed after the test. */
  transport: (sim: GmailSim, options?: TransportOptions) => Transporter;
}

/** `test` with a fresh sim per test and cleanup of everything the test opened. */
export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads fixture dependencies from this pattern
  startSim: async ({}, use) => {
    const sims: GmailSim[] = [];
    await use(async (options = {}) => {
      const sim = await startGmailSim({ accounts: ACCOUNTS, ...options });
      sims.push(sim);
      return sim;
    });
    await Promise.all(sims.map((s) => s.close()));
  },
  sim: async ({ startSim }, use) => {
    await use(await startSim());
  },
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads fixture dependencies from this pattern
  transport: async ({}, use) => {
    const transports: Transporter[] = [];
    await use((sim, options = {}) => {
      const t = nodemailer.createTransport({
        ...sim.smtp,
        auth: { user: USER, pass: APP_PASSWORD },
        connectionTimeout: 5000,
        greetingTimeout: 5000,
        socketTimeout: 5000,
        ...options,
      });
      transports.push(t);
      return t;
    });
    for (const t of transports) t.close();
  },
});

/** A message nodemailer can send as-is. */
export const mail = (extra: Partial<SendMailOptions> = {}): SendMailOptions => ({
  from: USER,
  to: 'someone@example.org',
  subject: 'hello',
  text: 'hello from the test',
  ...extra,
});

/** The error a failed nodemailer call rejects with. */
export async function sendError(
  promise: Promise<unknown>,
): Promise<Error & { responseCode?: number; response?: string; command?: string; code?: string }> {
  try {
    await promise;
  } catch (err) {
    return err as Error & { responseCode?: number; response?: string; command?: string };
  }
  throw new Error('expected the send to fail');
}

/**
 * A bare SMTP client for what nodemailer hides: the exact bytes of a reply, the `334`
 * challenge, a session held open.
 */
export class RawSmtp {
  private buffer = '';
  private waiters: (() => void)[] = [];
  closed = false;

  private constructor(readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => {
      this.buffer += d;
      for (const w of this.waiters.splice(0)) w();
    });
    socket.on('close', () => {
      this.closed = true;
      for (const w of this.waiters.splice(0)) w();
    });
    socket.on('error', () => undefined);
  }

  static async connect(port: number): Promise<RawSmtp> {
    const socket = netConnect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const client = new RawSmtp(socket);
    await client.reply();
    return client;
  }

  /** The next complete reply (all its lines, CRLF-separated), or '' if the server closed. */
  async reply(timeoutMs = 3000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const lines = this.buffer.split('\r\n');
      for (let i = 0; i < lines.length - 1; i++) {
        if (/^\d{3} /.test(lines[i] ?? '') || /^\d{3}$/.test(lines[i] ?? '')) {
          const out = lines.slice(0, i + 1).join('\r\n');
          this.buffer = lines.slice(i + 1).join('\r\n');
          return out;
        }
      }
      if (this.closed) return '';
      if (Date.now() > deadline) throw new Error(`no complete reply; got ${JSON.stringify(this.buffer)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async command(line: string): Promise<string> {
    this.socket.write(`${line}\r\n`);
    return this.reply();
  }

  /** EHLO then AUTH PLAIN with these credentials; returns the AUTH reply. */
  async login(user = USER, pass = APP_PASSWORD): Promise<string> {
    await this.command('EHLO client.test');
    return this.command(`AUTH PLAIN ${Buffer.from(`\0${user}\0${pass}`).toString('base64')}`);
  }

  close(): void {
    this.socket.destroy();
  }
}

/** The XOAUTH2 initial response for `user` and `token`. */
export const xoauth2 = (user: string, token: string): string =>
  Buffer.from(`user=${user}\x01auth=Bearer ${token}\x01\x01`).toString('base64');
