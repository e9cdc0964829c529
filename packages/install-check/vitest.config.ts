import { defineConfig } from 'vitest/config';
import { testDefaults } from '../../vitest.shared.js';

// No workspace alias: this package tests the packed tarballs, never the sources.
export default defineConfig({
  test: { ...testDefaults, testTimeout: 60_000, hookTimeout: 240_000 },
});
