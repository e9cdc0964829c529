import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Tests import workspace packages from their sources, so a change in one package is seen by the
 * tests of another without a rebuild. Published code resolves them from `dist` as usual.
 */
export const workspaceAlias = {
  '@smtpfix/core': here('./packages/core/src/index.ts'),
  '@smtpfix/gmail-sim': here('./packages/gmail-sim/src/index.ts'),
  '@smtpfix/sender': here('./packages/sender/src/index.ts'),
  '@smtpfix/redis': here('./packages/redis/src/index.ts'),
  '@smtpfix/cli': here('./packages/cli/src/index.ts'),
  '@smtpfix/test-utils': here('./packages/test-utils/src/index.ts'),
};

/**
 * Test settings every package shares. Each run also writes `.vitest-report.json`, which
 * `scripts/test-summary.mjs` adds up into one closing line for CI.
 */
export const testDefaults = {
  include: ['src/**/*.test.ts'],
  reporters: ['default', 'json'],
  outputFile: { json: '.vitest-report.json' },
};
