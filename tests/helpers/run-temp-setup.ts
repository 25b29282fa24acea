// Once per test run (vitest globalSetup, after the run's shared folders): every temporary folder the tests make — theirs,
// and those of the commands and browsers they start — goes into one folder of the run, removed at the end, so a run
// leaves nothing in the system's temporary folder even when a test or an interrupted command forgets one.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const RUN_FOLDER = 'briefdeck-run-';

export default function setup(): () => void {
  // Each project of the run sets up again: the first one's folder serves them all.
  if (path.basename(os.tmpdir()).startsWith(RUN_FOLDER)) return () => undefined;
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(path.join(os.tmpdir(), RUN_FOLDER));
  // Workers, the commands tests run and the browsers they launch inherit it; os.tmpdir() reads it on every call.
  process.env.TMPDIR = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
