import { defineConfig } from 'vitest/config';
import { testDefaults, workspaceAlias } from '../../vitest.shared.js';

export default defineConfig({
  resolve: { alias: workspaceAlias },
  // The browser tests start Chromium and serve the built site; give them room on a busy machine.
  test: { ...testDefaults, testTimeout: 60_000, hookTimeout: 120_000 },
});
