// Set up for every test file: the temporary folders its tests made with tempDir() are removed when the file is done.

import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.js';

afterAll(() => {
  removeTempDirs();
});
