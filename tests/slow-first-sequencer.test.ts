// The test order's list of slow files names files that exist: a renamed file would silently fall back to vitest's order.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../src/io/kit-root.js';
import { SLOW_FILES } from './slow-first-sequencer.js';

describe('SLOW_FILES', () => {
  it('lists existing test files, each once', () => {
    expect(SLOW_FILES.filter((file) => !existsSync(path.join(KIT_ROOT, file)) || !file.endsWith('.test.ts'))).toEqual([]);
    expect(new Set(SLOW_FILES).size).toBe(SLOW_FILES.length);
  });
});
