// A build made once per test run and read by every test file that asks for it, in any worker: the first builds, the others wait.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

type Outcome = { outDir: string } | { error: string };

/**
 * The folder `build` made in `work` (a fresh folder of the run's shared builds), built the first time `key` is asked for.
 * What it returns is shared: read it, never write into it.
 */
export async function sharedBuild(key: string, build: (work: string) => Promise<string>): Promise<string> {
  const root = inject('sharedBuilds');
  const work = path.join(root, key);
  const outcome = path.join(root, `${key}.json`);
  try {
    // Making the folder is the claim: exactly one file gets to build.
    mkdirSync(work);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return waitForBuild(key, outcome);
  }
  const record = (result: Outcome): void => {
    writeFileSync(`${outcome}.part`, JSON.stringify(result));
    renameSync(`${outcome}.part`, outcome);
  };
  try {
    const outDir = await build(work);
    record({ outDir });
    return outDir;
  } catch (error) {
    record({ error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

/** Waits for the file that claimed `key` to finish; the test's hook timeout bounds the wait. */
async function waitForBuild(key: string, outcome: string): Promise<string> {
  while (!existsSync(outcome)) await sleep(100);
  const result = JSON.parse(readFileSync(outcome, 'utf8')) as Outcome;
  if ('error' in result) throw new Error(`the shared build "${key}" failed in another test file: ${result.error}`);
  return result.outDir;
}
