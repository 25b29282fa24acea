// Test runner settings: unit, build and browser tests under tests/, kept apart from the deck's Vite config.

import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './tests/slow-first-sequencer.js';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/helpers/temp-cleanup.ts'],
    globalSetup: ['tests/helpers/shared-builds-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Files share a worker's loaded modules (none keeps state between files): each file no longer re-imports Vite, Playwright and the
    // renderer, a third of the suite's CPU time.
    isolate: false,
    maxWorkers: 2,
    reporters: ['default'],
    sequence: { sequencer: SlowFirstSequencer },
  },
});
