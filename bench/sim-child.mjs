// A gmail-sim in a child process, as Gmail runs on another machine: its MIME parsing must not take
// CPU from the client under test (in one process both would be capped by one core). A bench file
// forks itself with `--sim-child` and its own arguments; in the child it builds the sim's options
// and calls serveSim(); the parent talks to that sim through withSimChild().
import { startGmailSim } from '@smtpfix/gmail-sim';
import { fork } from 'node:child_process';

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
