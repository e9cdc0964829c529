import { type GmailSim, type GmailSimOptions, startGmailSim } from '@smtpfix/gmail-sim';
import { test as base } from 'vitest';

/** The account most tests use: 2-step, with an app password. */
export const SIM_USER = 'app@example.test';
/** Its app password. */
export const SIM_APP_PASSWORD = 'abcdefghijklmnop';
/** Its normal password (refused with `534 5.7.9`, as 2-step is on). */
export const SIM_ACCOUNT_PASSWORD = 'account-pw';

/** Fixtures of {@link simTest}. */
export interface SimFixtures {
  /** Starts a sim (accounts default to the one above); every sim is closed after the test. */
  startSim: (options?: GmailSimOptions) => Promise<GmailSim>;
  /** A fresh sim with default options. */
  sim: GmailSim;
  /** Registers something to close after the test (a sender, a transport), closed before the sims. */
  cleanup: (close: () => unknown) => void;
}

/**
 * `test` with a fresh gmail-sim per test on free ports, and cleanup of everything the test
 * opened (senders first, then sims), even when the test fails.
 */
export const simTest = base.extend<SimFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads fixture dependencies from this pattern
  cleanup: async ({}, use) => {
    const closers: (() => unknown)[] = [];
    await use((close) => {
      closers.push(close);
    });
    await Promise.allSettled(closers.reverse().map(async (c) => c()));
  },
  startSim: async ({ cleanup }, use) => {
    await use(async (options = {}) => {
      const sim = await startGmailSim({
        accounts: [
          { user: SIM_USER, appPassword: SIM_APP_PASSWORD, password: SIM_ACCOUNT_PASSWORD, twoStep: true },
        ],
        ...options,
      });
      // Registered first, so closed after the senders the test registers later.
      cleanup(() => sim.close());
      return sim;
    });
  },
  sim: async ({ startSim }, use) => {
    await use(await startSim());
  },
});
