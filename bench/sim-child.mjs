// A gmail-sim in a child process, as Gmail runs on another machine: its MIME parsing must not take
// CPU from the client under test (in one process both would be capped by one core). A bench file
// forks itself with `--sim-child` and its own arguments; in the child it builds the sim's options
// and calls serveSim(); the parent talks to that sim through withSimChild().
import { startGmailSim } from '@smtpfix/gmail-sim';
import { fork } from 'node:child_process';

/** The account the sender benches send as. */
export const BENCH_USER = 'app@example.test';
/** The OAuth client the sim knows, for the XOAUTH2 rows. */
export const BENCH_CLIENT = {
  clientId: 'bench-client.apps.googleusercontent.com',
  clientSecret: 'bench-secret',
};
/** Sessions (or requests) in flight per account, the sim's cap. */
export const BENCH_SESSIONS = 10;
/** The sim's time per message. */
export const PER_MESSAGE_MS = 20;
/** Messages a second the sim takes at most: {@link BENCH_SESSIONS} sessions, one message per {@link PER_MESSAGE_MS}. */
export const CAPACITY = (BENCH_SESSIONS * 1000) / PER_MESSAGE_MS;

/** The first argument of a bench process that is to serve a sim. */
export const SIM_CHILD = '--sim-child';

/** In the child: starts the sim and answers the parent's calls until it is told to close. */
export async function serveSim(options, user) {
  const sim = await startGmailSim(options);
  process.on('message', async ({ id, cmd, arg }) => {
    let value;
    if (cmd === 'info') value = { smtp: sim.smtp, tokenUrl: sim.tokenUrl, apiUrl: sim.apiUrl };
    else if (cmd === 'refreshToken') value = sim.issueRefreshToken(user);
    else if (cmd === 'revoke') value = sim.revokeRefreshToken(arg);
    else if (cmd === 'stats') value = { ...sim.stats, cpu: process.cpuUsage() };
    else if (cmd === 'close') {
      await sim.close();
      process.send({ id, value: null }, () => process.exit(0));
      return;
    }
    process.send({ id, value });
  });
  process.send({ ready: true });
}

/**
 * In the parent: forks `file` as a sim child with `args`, runs `fn` with the sim's endpoints and
 * calls (`refreshToken()`, `revoke(token)`, `stats()` with the child's CPU), and closes it after.
 */
export async function withSimChild(file, args, fn) {
  const child = fork(file, [SIM_CHILD, ...args], { stdio: 'inherit' });
  const pending = new Map();
  let next = 0;
  await new Promise((resolve) => child.once('message', resolve));
  child.on('message', ({ id, value }) => {
    pending.get(id)?.(value);
    pending.delete(id);
  });
  const call = (cmd, arg) =>
    new Promise((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      child.send({ id, cmd, arg });
    });
  const info = await call('info');
  try {
    return await fn({
      ...info,
      refreshToken: () => call('refreshToken'),
      revoke: (token) => call('revoke', token),
      stats: () => call('stats'),
    });
  } finally {
    await call('close');
  }
}

/** Resolves with `'timeout'` after `ms` (without keeping the process alive). */
export const timeout = (ms) =>
  new Promise((resolve) => {
    setTimeout(() => resolve('timeout'), ms).unref();
  });
