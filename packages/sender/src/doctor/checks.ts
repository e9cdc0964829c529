import { isSenderError } from '../errors.js';
import { assertGmailPeer, GMAIL_PEER_INSTALL } from '../gmail-api/peer.js';
import { resolveSenderOptions } from '../options.js';
import { type DoctorContext, resolvedOf } from './context.js';
import { defaultEhloName, isGenericEhloName } from './ehlo-name.js';
import type { StepOutcome } from './types.js';

// The option steps: what can be told wrong before anything goes on the wire.

const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);
const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** `options`: the options resolve as `createSender()` would resolve them. */
export function checkOptions(ctx: DoctorContext): StepOutcome {
  try {
    ctx.resolved = resolveSenderOptions(ctx.raw);
  } catch (err) {
    if (!isSenderError(err)) throw err;
    return {
      status: 'fail',
      detail: err.message,
      fix: 'Correct the options listed above; createSender() would refuse them the same way.',
    };
  }
  const { user, auth, smtp } = ctx.resolved;
  for (const key of ['pass', 'clientSecret', 'refreshToken', 'privateKey'] as const) {
    const value = (auth as unknown as Record<string, unknown>)[key];
    if (typeof value === 'string' && value !== '') ctx.secrets.add(value);
  }
  const detail = `${user} with ${auth.type} auth, ${smtp.host}:${smtp.port} ${smtp.secure ? 'implicit TLS' : 'plain/STARTTLS'}.`;
  if (ctx.resolved.transport === 'gmail-api') {
    // A warning, not a failure: the doctor's own API checks need no client library (so the CLI
    // checks an API setup without it), but an app's createSender() would refuse to start here.
    try {
      assertGmailPeer();
    } catch (err) {
      if (!isSenderError(err)) throw err;
      return {
        status: 'warn',
        detail: `${detail} ${err.message}`,
        fix: `In the project that sends: ${GMAIL_PEER_INSTALL}`,
      };
    }
  }
  return { status: 'pass', detail };
}

/** `auth-kind`: the kind of credential can work for this kind of account. */
export function checkAuthKind(ctx: DoctorContext): StepOutcome {
  const { user, auth } = resolvedOf(ctx);
  const consumer = CONSUMER_DOMAINS.has(domainOf(user));
  switch (auth.type) {
    case 'service-account': {
      if (consumer) {
        return {
          status: 'fail',
          detail: `${user} is a consumer Gmail account; domain-wide delegation exists only for Google Workspace users, so no service account can act as it.`,
          entryId: 'token-unauthorized-client',
          fix: 'For a @gmail.com account use OAuth2 with a refresh token (auth.type "oauth2") or an app password.',
        };
      }
      if (auth.subject.toLowerCase() !== user.toLowerCase()) {
        return {
          status: 'fail',
          detail: `The service account would impersonate ${auth.subject} but SMTP logs in as ${user}; a delegated token acts only as its subject, so AUTH would be refused.`,
          entryId: 'token-delegation-denied',
          fix: `Set auth.subject to ${user} (or leave it out: it defaults to user).`,
        };
      }
      const given = ctx.raw.auth.type === 'service-account' && ctx.raw.auth.subject !== undefined;
      return {
        status: 'pass',
        detail: `Service account impersonating ${auth.subject}${given ? '' : ' (subject defaults to user)'}; needs domain-wide delegation for https://mail.google.com/ in the Admin console.`,
      };
    }
    case 'oauth2':
      return { status: 'pass', detail: `OAuth2 refresh token for ${user} (client ${auth.clientId}).` };
    case 'password': {
      const looksLikeAppPassword = /^[a-z]{16}$/i.test(auth.pass);
      if (!looksLikeAppPassword) {
        return {
          status: 'warn',
          detail:
            'The password is not 16 letters, the shape of an app password; an account password gets 534-5.7.9 (or 535-5.7.8) once 2-Step Verification is on.',
          entryId: '534-5.7.9-app-password-required',
          fix: 'Create an app password at https://myaccount.google.com/apppasswords and use it as auth.pass.',
        };
      }
      return { status: 'pass', detail: `App password (PLAIN) for ${user}.` };
    }
    case 'token':
      return { status: 'pass', detail: `Access tokens from your getAccessToken() for ${user}.` };
  }
}

/** `tls-mode`: Gmail's ports each speak one TLS mode. */
export function checkTlsMode(ctx: DoctorContext): StepOutcome {
  const { port, secure, host } = resolvedOf(ctx).smtp;
  if (port === 465 && !secure) {
    return {
      status: 'fail',
      detail:
        'Port 465 speaks implicit TLS from the first byte, but secure is false: the client would wait for a plain greeting that never comes.',
      entryId: 'conn-greeting-never-received',
      fix: 'Set smtp.secure to true for port 465 (or use port 587 with secure: false).',
    };
  }
  if (port === 587 && secure) {
    return {
      status: 'fail',
      detail:
        'Port 587 speaks plain SMTP and upgrades with STARTTLS, but secure is true: the TLS handshake would meet a plain 220 greeting ("wrong version number").',
      entryId: 'tls-wrong-version-number',
      fix: 'Set smtp.secure to false for port 587 (STARTTLS), or use port 465 with secure: true.',
    };
  }
  if (port === 25 && /(^|\.)gmail\.com$/i.test(host)) {
    return {
      status: 'warn',
      detail: 'Port 25 is for server-to-server relay and is blocked by most hosts and clouds.',
      fix: 'Use port 465 (secure: true) or 587 (secure: false).',
    };
  }
  const mode = secure ? 'implicit TLS' : 'plain, then STARTTLS';
  return {
    status: 'pass',
    detail:
      port === 465 || port === 587
        ? `Port ${port} with ${mode}, as Gmail expects.`
        : `Port ${port} with ${mode}; the network steps check what the port really speaks.`,
  };
}

/** `ehlo-name`: the name sent with EHLO is a real host name (smtp-relay refuses generic ones). */
export function checkEhloName(ctx: DoctorContext): StepOutcome {
  const { smtp } = resolvedOf(ctx);
  const name = smtp.name ?? defaultEhloName();
  const source = smtp.name === undefined ? ' (nodemailer default; set smtp.name)' : '';
  if (!isGenericEhloName(name)) return { status: 'pass', detail: `EHLO ${name}${source}.` };
  const relay = /^smtp-relay\.gmail\.com$/i.test(smtp.host);
  return {
    status: relay ? 'fail' : 'warn',
    detail: `EHLO ${name}${source} names no host of yours; smtp-relay.gmail.com answers it with "421 4.7.0 Try again later, closing connection. (EHLO)"${relay ? '' : ' (smtp.gmail.com usually lets it pass)'}.`,
    entryId: '421-4.7.0-try-again-later-closing-connection',
    fix: 'Set smtp.name to a fully qualified name in your domain, e.g. mail.example.com.',
  };
}
