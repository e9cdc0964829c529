import { lookup } from 'node:dns/promises';
import { classify } from '@smtpfix/core';
import { isIP, connect } from 'node:net';
import { type DoctorContext, resolvedOf } from './context.js';
import { isCertificateError, isWrongVersion, type ProbeResult, type ProbeTarget, probe } from './probe.js';
import type { StepOutcome } from './types.js';

// The network steps: DNS, TCP, and what the port really speaks (TLS or plain text).

const withTimeout = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    p,
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(Object.assign(new Error(`${what} timed out`), { code: 'ETIMEOUT' })),
        ms,
      ).unref(),
    ),
  ]);

/** `dns`: the SMTP host name resolves. */
export async function checkDns(ctx: DoctorContext): Promise<StepOutcome> {
  const { host } = resolvedOf(ctx).smtp;
  if (isIP(host)) {
    ctx.address = host;
    return { status: 'pass', detail: `${host} is an IP address; nothing to resolve.` };
  }
  try {
    const found = await withTimeout(lookup(host, { all: true }), ctx.timeoutMs, `DNS lookup of ${host}`);
    ctx.address = found[0]?.address;
    if (!ctx.address) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return { status: 'pass', detail: `${host} resolves to ${found.map((a) => a.address).join(', ')}.` };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return {
      status: 'fail',
      detail: `${host} does not resolve (${e.code ?? e.message}).`,
      entryId: 'conn-dns-failure',
      fix: `Check the host name ${JSON.stringify(host)} (smtp.gmail.com, or smtp-relay.gmail.com for the relay) and this machine's DNS resolver.`,
    };
  }
}

/** `tcp`: a TCP connection opens within the timeout. */
export function checkTcp(ctx: DoctorContext): Promise<StepOutcome> {
  const { port, host } = resolvedOf(ctx).smtp;
  const address = ctx.address ?? host;
  return new Promise((resolve) => {
    const socket = connect({ host: address, port });
    const done = (outcome: StepOutcome) => {
      clearTimeout(timer);
      socket.on('error', () => undefined);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(
      () =>
        done({
          status: 'fail',
          detail: `No answer from ${address}:${port} within ${ctx.timeoutMs} ms: the TCP connection never opened. This host or its network blocks outbound SMTP (many clouds do), or a firewall drops the port.`,
          entryId: 'conn-timeout',
          fix: `Ask your host or firewall to allow outbound TCP to ${host}:${port} (or try 465/587 from another network to confirm).`,
        }),
      ctx.timeoutMs,
    );
    socket.once('connect', () => done({ status: 'pass', detail: `Connected to ${address}:${port}.` }));
    socket.once('error', (e: NodeJS.ErrnoException) => done(tcpFailure(e, address, port)));
  });
}

function tcpFailure(e: NodeJS.ErrnoException, address: string, port: number): StepOutcome {
  if (e.code === 'ECONNREFUSED') {
    return {
      status: 'fail',
      detail: `${address}:${port} refused the connection: nothing listens there, or a firewall rejects it.`,
      entryId: 'conn-refused',
      fix: 'Check the host and port the process really uses (smtp.gmail.com, 465 or 587).',
    };
  }
  if (e.code === 'ENETUNREACH' || e.code === 'EHOSTUNREACH') {
    return {
      status: 'fail',
      detail: `No route to ${address}:${port} (${e.code}).`,
      entryId: 'conn-network-unreachable',
      fix: 'Force IPv4 (NODE_OPTIONS=--dns-result-order=ipv4first) or get outbound SMTP routed by your host.',
    };
  }
  return {
    status: 'fail',
    detail: `Connecting to ${address}:${port} failed: ${e.code ?? e.message}.`,
    entryId: e.code === 'ETIMEDOUT' ? 'conn-timeout' : 'conn-reset',
    fix: 'Check that outbound SMTP is allowed from this host.',
  };
}

const silentFailure = (t: ProbeTarget): StepOutcome => ({
  status: 'fail',
  detail: `${t.address}:${t.port} accepted the connection but answered neither SMTP nor a TLS handshake within ${t.timeoutMs} ms: something between you and the server swallows SMTP (a blocking firewall or proxy).`,
  entryId: 'conn-timeout',
  fix: `Ask your host or firewall to allow outbound SMTP to port ${t.port}, or send from a host that allows it.`,
});

/** `tls`: the port speaks the TLS mode the options expect (implicit TLS vs plain greeting). */
export async function checkTls(ctx: DoctorContext): Promise<StepOutcome> {
  const { smtp } = resolvedOf(ctx);
  const target: ProbeTarget = {
    address: ctx.address ?? smtp.host,
    port: smtp.port,
    host: smtp.host,
    timeoutMs: ctx.timeoutMs,
    tls: smtp.tls,
  };
  return smtp.secure ? expectTls(target) : expectPlain(target);
}

async function expectTls(t: ProbeTarget): Promise<StepOutcome> {
  const got = await probe(t, 'tls');
  if (got.kind === 'line') return greeted(got, `TLS handshake done (${got.tls?.protocol ?? 'TLS'})`);
  if (got.kind === 'error' && isCertificateError(got.error)) {
    return {
      status: 'fail',
      detail: `The TLS handshake failed on the certificate: ${got.error.code ?? got.error.message}. A proxy or antivirus may be intercepting TLS, or the host name does not match.`,
      entryId: 'tls-certificate-error',
      fix: 'Connect to the real host name, and trust a private CA per connection (smtp.tls.ca); never turn verification off.',
    };
  }
  if (got.kind === 'error' && isWrongVersion(got.error)) {
    const plain = await probe(t, 'plain');
    const said = plain.kind === 'line' ? ` (it greets in plain text: "${plain.line.slice(0, 60)}")` : '';
    return {
      status: 'fail',
      detail: `secure is true, so the client started a TLS handshake, but port ${t.port} speaks plain SMTP${said}: "wrong version number".`,
      entryId: 'tls-wrong-version-number',
      fix: `Set smtp.secure to false on port ${t.port} (STARTTLS, like 587), or use port 465 with secure: true.`,
    };
  }
  if (got.kind === 'silent') {
    const plain = await probe(t, 'plain');
    if (plain.kind === 'line') return greeted(plain, 'Plain greeting, no TLS');
    return silentFailure(t);
  }
  return {
    status: 'fail',
    detail: `The connection closed during the TLS handshake${got.kind === 'error' ? ` (${got.error.code ?? got.error.message})` : ''}.`,
    entryId: 'conn-reset',
    fix: 'Check for a proxy or firewall that cuts TLS to this port.',
  };
}

async function expectPlain(t: ProbeTarget): Promise<StepOutcome> {
  const got = await probe(t, 'plain');
  if (got.kind === 'line') {
    if (/^\x16\x03/.test(got.line)) return wrongModeImplicit(t);
    return greeted(got, 'Plain-text greeting (STARTTLS comes in the SMTP steps)');
  }
  if (got.kind === 'silent') {
    const tls = await probe(t, 'tls');
    const speaksTls = tls.kind === 'line' || (tls.kind === 'error' && isCertificateError(tls.error));
    return speaksTls ? wrongModeImplicit(t) : silentFailure(t);
  }
  return {
    status: 'fail',
    detail: `The server closed the connection before greeting${got.kind === 'error' ? ` (${got.error.code ?? got.error.message})` : ''}.`,
    entryId: 'conn-reset',
    fix: 'Check for a proxy or firewall that cuts SMTP to this port.',
  };
}

const wrongModeImplicit = (t: ProbeTarget): StepOutcome => ({
  status: 'fail',
  detail: `secure is false, so the client waits for a plain greeting, but port ${t.port} speaks implicit TLS (like 465) and waits for a handshake: "Greeting never received".`,
  entryId: 'conn-greeting-never-received',
  fix: `Set smtp.secure to true on port ${t.port} (implicit TLS, like 465), or use port 587 with secure: false.`,
});

function greeted(got: Extract<ProbeResult, { kind: 'line' }>, how: string): StepOutcome {
  if (got.line.startsWith('220')) return { status: 'pass', detail: `${how}; greeting: ${got.line}` };
  const entry = classify(got.line).entry;
  return {
    status: 'fail',
    detail: `${how}, but the server greeted with "${got.line}" instead of 220.`,
    entryId: entry?.id ?? 'conn-reset',
    fix: entry?.fixes[0]
      ? `${entry.fixes[0].title}.`
      : 'The server refuses sessions from this address right now.',
  };
}
