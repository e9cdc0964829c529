import { classify } from '@smtpfix/core';
import SMTPConnection, { type SMTPConnectionCustomAuthContext } from 'nodemailer/lib/smtp-connection';
import { type DoctorContext, resolvedOf } from './context.js';
import { defaultEhloName, isGenericEhloName } from './ehlo-name.js';
import type { StepOutcome } from './types.js';

// The SMTP steps, over nodemailer's SMTPConnection: greeting and EHLO, STARTTLS, AUTH, QUIT.
// No MAIL FROM is ever sent: the doctor sends nothing.

type WireError = Error & { code?: string; response?: string; responseCode?: number; command?: string };

/** The catalog page for a wire error, and its first fix, via the classifier. */
function fromWire(err: WireError, fallbackId: string): Pick<StepOutcome, 'entryId' | 'fix'> {
  const text = [err.response, err.message, err.code].filter(Boolean).join(' ');
  const entry = classify(text).entry;
  const id = entry?.id ?? fallbackId;
  return { entryId: id, ...(entry?.fixes[0] ? { fix: `${entry.fixes[0].title}.` } : {}) };
}

/** `ehlo`: the server greets and accepts EHLO (and, on a plain port, STARTTLS is tried). */
export function checkEhlo(ctx: DoctorContext): Promise<StepOutcome> {
  const { smtp } = resolvedOf(ctx);
  const name = smtp.name ?? defaultEhloName();
  const state: NonNullable<DoctorContext['smtp']> = {
    name,
    secure: smtp.secure,
    authMethods: [],
    starttlsError: undefined,
    connection: undefined,
  };
  ctx.smtp = state;
  const conn = new SMTPConnection({
    host: ctx.address ?? smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    requireTLS: smtp.requireTLS,
    // The certificate names the host, not the address DNS gave.
    tls: { ...smtp.tls, ...(ctx.address && ctx.address !== smtp.host ? { servername: smtp.host } : {}) },
    name,
    connectionTimeout: ctx.timeoutMs,
    greetingTimeout: ctx.timeoutMs,
    socketTimeout: ctx.timeoutMs,
    logger: false,
    customAuth: { XOAUTH2: (c: SMTPConnectionCustomAuthContext) => xoauth2(c, ctx) },
  });
  state.connection = conn;
  ctx.cleanups.push(() => conn.close());
  return new Promise((resolve) => {
    let settled = false;
    const settle = (o: StepOutcome) => {
      if (settled) return;
      settled = true;
      resolve(o);
    };
    conn.on('error', (err: WireError) => {
      if (err.command === 'STARTTLS') {
        state.starttlsError = err;
        settle({ status: 'pass', detail: `EHLO ${name} accepted; STARTTLS offered.` });
        return;
      }
      const rejectedEhlo = err.command === 'EHLO' || /\(EHLO\)/.test(err.response ?? '');
      const generic = isGenericEhloName(name);
      settle({
        status: 'fail',
        detail: rejectedEhlo
          ? `The server refused EHLO ${name}: ${err.response ?? err.message}`
          : `No SMTP session: ${err.response ?? err.message}`,
        ...fromWire(
          err,
          rejectedEhlo ? '421-4.7.0-try-again-later-closing-connection' : 'conn-greeting-never-received',
        ),
        ...(rejectedEhlo && generic
          ? {
              fix: `Set smtp.name to a real host name of yours (e.g. mail.example.com) instead of ${name}; retrying does not help.`,
            }
          : {}),
      });
    });
    conn.connect(() => {
      state.secure = conn.secure;
      state.authMethods = (conn as unknown as { _supportedAuth?: string[] })._supportedAuth ?? [];
      const offers = state.authMethods.length > 0 ? `; AUTH ${state.authMethods.join(' ')}` : '';
      settle({ status: 'pass', detail: `EHLO ${name} accepted${offers}.` });
    });
  });
}

/** `starttls`: on a plain port the connection was upgraded before AUTH. */
export function checkStarttls(ctx: DoctorContext): StepOutcome {
  const { smtp } = resolvedOf(ctx);
  const state = ctx.smtp;
  if (smtp.secure)
    return {
      status: 'skip',
      detail: 'Implicit TLS (secure: true): encrypted from the first byte, no STARTTLS.',
    };
  if (state?.starttlsError) {
    const err = state.starttlsError;
    return {
      status: 'fail',
      detail: `STARTTLS failed: ${err.response ?? err.message}`,
      ...fromWire(err, 'tls-certificate-error'),
    };
  }
  if (state?.secure) return { status: 'pass', detail: 'Upgraded to TLS with STARTTLS; AUTH goes encrypted.' };
  return {
    status: 'warn',
    detail: 'The server offered no STARTTLS, so AUTH would go in clear text; Gmail always offers it on 587.',
    entryId: '530-5.7.0-starttls-first',
    fix: 'Make sure you reach smtp.gmail.com itself, not a proxy that strips STARTTLS; set smtp.requireTLS: true.',
  };
}

/** Runs AUTH XOAUTH2 and keeps Gmail's `334` challenge, decoded, for the report. */
async function xoauth2(c: SMTPConnectionCustomAuthContext, ctx: DoctorContext): Promise<void> {
  const { user, token } = c.auth as unknown as { user: string; token: string };
  const initial = Buffer.from(`user=${user}\x01auth=Bearer ${token}\x01\x01`).toString('base64');
  const first = await c.sendCommand(`AUTH XOAUTH2 ${initial}`);
  if (first.status === 235) return c.resolve();
  if (first.status === 334) {
    const payload = first.text ?? first.response.slice(4);
    ctx.challenge = Buffer.from(payload.trim(), 'base64').toString('utf8');
    const final = await c.sendCommand('');
    return c.reject(
      Object.assign(new Error(final.response), { response: final.response, responseCode: final.status }),
    );
  }
  c.reject(
    Object.assign(new Error(first.response), { response: first.response, responseCode: first.status }),
  );
}

/** `auth`: AUTH accepts the credential (PLAIN with an app password, XOAUTH2 with the token). */
export function checkAuth(ctx: DoctorContext): Promise<StepOutcome> {
  const { auth, user } = resolvedOf(ctx);
  const conn = ctx.smtp?.connection;
  if (!conn) return Promise.resolve({ status: 'skip', detail: 'No SMTP session.' });
  const credentials =
    auth.type === 'password'
      ? { user, pass: auth.pass, method: 'PLAIN' }
      : // nodemailer keeps XOAUTH2 only when `oauth2` is set; our customAuth handler runs instead.
        { user, pass: 'xoauth2', token: ctx.accessToken ?? '', method: 'XOAUTH2', oauth2: {} as never };
  const mechanism = auth.type === 'password' ? 'PLAIN' : 'XOAUTH2';
  return new Promise((resolve) => {
    conn.login(credentials, (err) => {
      if (!err) return resolve({ status: 'pass', detail: `AUTH ${mechanism} as ${user} accepted.` });
      const wire = err as WireError;
      const reply = wire.response ?? wire.message;
      if (ctx.challenge !== undefined) {
        resolve({
          status: 'fail',
          detail: `AUTH XOAUTH2 got the 334 challenge ${ctx.challenge} — Gmail refused the token (expired, wrong scope, or another account's) — then: ${reply}`,
          entryId: '334-xoauth2-challenge',
          fix: 'Get a fresh token for https://mail.google.com/ minted for this exact user; the token step above says which part is wrong.',
        });
        return;
      }
      const found = fromWire(wire, '535-5.7.8-bad-credentials');
      resolve({
        status: 'fail',
        detail: `AUTH ${mechanism} as ${user} refused: ${reply}`,
        ...found,
        ...(AUTH_FIXES[found.entryId ?? ''] ? { fix: AUTH_FIXES[found.entryId ?? ''] } : {}),
      });
    });
  });
}

const AUTH_FIXES: Record<string, string> = {
  '534-5.7.9-app-password-required':
    'This is the account password; create an app password at https://myaccount.google.com/apppasswords and use that.',
  '534-5.7.14-web-login-required':
    'Sign in once in a browser from this network (or use OAuth2); Google blocked the login until then.',
  '535-5.7.8-bad-credentials':
    'Use a current app password (16 letters) or OAuth2 for this exact user; the user name must be the full address.',
};

/** `quit`: QUIT ends the session; no MAIL FROM was sent. */
export function checkQuit(ctx: DoctorContext): Promise<StepOutcome> {
  const conn = ctx.smtp?.connection;
  if (!conn) return Promise.resolve({ status: 'skip', detail: 'No SMTP session.' });
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      conn.close();
      resolve({ status: 'pass', detail: 'QUIT sent; no message was sent (no MAIL FROM).' });
    };
    const timer = setTimeout(done, Math.min(1000, ctx.timeoutMs));
    conn.once('end', done);
    conn.quit();
  });
}
