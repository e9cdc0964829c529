import { defineConfig } from 'vitest/config';
import { testDefaults, workspaceAlias } from '../../vitest.shared.js';

export default defineConfig({
  resolve: { alias: workspaceAlias },
  test: { ...testDefaults, globalSetup: ['./vitest.global-setup.ts'] },
});
