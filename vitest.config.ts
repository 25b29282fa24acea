// Test runner settings: unit, build and browser tests under tests/, kept apart from the deck's Vite config.

import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './tests/slow-first-sequencer.js';

/** Files that replace a module with vi.mock: they get a fresh module registry of their own, so the stand-in reaches the code they test. */
const MOCKING_FILES = ['tests/export/atomic-write.test.ts', 'tests/site/build-article-cache.test.ts'];

export default defineConfig({
  test: {
    setupFiles: ['tests/helpers/temp-cleanup.ts'],
    globalSetup: ['tests/helpers/shared-builds-setup.ts', 'tests/helpers/browser-server-setup.ts', 'tests/helpers/run-temp-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      // Files share a worker's loaded modules (none keeps state between files): each file no longer re-imports Vite, Playwright and the
      // renderer, a third of the suite's CPU time.
      { extends: true, test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: MOCKING_FILES, isolate: false } },
      { extends: true, test: { name: 'isolated', isolate: true, include: MOCKING_FILES } },
    ],
    maxWorkers: 2,
    reporters: ['default'],
    sequence: { sequencer: SlowFirstSequencer },
  },
});
