// Once per test run (vitest globalSetup): one Chromium that every test file's startBrowser() connects to, instead of launching its own.

import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, findChromium } from '../../src/browser/chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's shared Chromium to `connect` to; '' when there is none (startBrowser then launches, and says why it cannot). */
    browserEndpoint: string;
  }
}

/** Vitest runs a globalSetup once for the root and once per project, in one process: they share one browser, closed by the last. */
interface RunBrowser {
  server: Promise<BrowserServer | undefined>;
  users: number;
}
const RUN_BROWSER = Symbol.for('briefdeck.tests.browser-server');

async function launchServer(): Promise<BrowserServer | undefined> {
  const executablePath = findChromium();
  if (executablePath === undefined) return undefined;
  const { chromium } = await import('playwright-core');
  return chromium.launchServer({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = globalThis as { [RUN_BROWSER]?: RunBrowser };
  const shared = (run[RUN_BROWSER] ??= { server: launchServer(), users: 0 });
  shared.users++;
  const server = await shared.server;
  project.provide('browserEndpoint', server?.wsEndpoint() ?? '');
  return async () => {
    shared.users--;
    if (shared.users > 0) return;
    delete run[RUN_BROWSER];
    await server?.close();
  };
}
