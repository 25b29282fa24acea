// Find and launch a system Chromium (CHROME_PATH, then known paths, then PATH), shared by diagrams, export, checks and tests.

import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import type { Browser, LaunchOptions } from 'playwright-core';

/** An environment to read `CHROME_PATH` and `PATH` from (defaults to `process.env`). */
export type ChromiumEnv = Readonly<Record<string, string | undefined>>;

/**
 * Absolute paths where Chromium or Chrome usually lives on Linux and macOS, in order of preference. First Chromium's
 * headless shell (Debian's `chromium-headless-shell`): the kit only ever runs a browser headless, and the shell starts
 * and opens a page in about half the time of the full browser. Debian's binary itself before the script that runs it
 * (a shell that would stand between the browser and the signals sent to it).
 */
export const KNOWN_CHROMIUM_PATHS: readonly string[] = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Executable names looked up on `PATH` when no known path matches. */
export const CHROMIUM_COMMAND_NAMES: readonly string[] = [
  'chromium-headless-shell',
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
];

/** Where to look; tests pass their own lists so the result does not depend on the machine. */
export interface ChromiumSearch {
  knownPaths?: readonly string[];
  commandNames?: readonly string[];
}

/** The flags every briefdeck browser runs with: headless, offline-quiet, no first-run UI. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  // Text measured and laid out as the full browser does: the headless shell hints glyphs to whole pixels otherwise, so a
  // diagram label measured by one could overflow its box in the other.
  '--font-render-hinting=none',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError';
}

/** The browser was found but did not start (or crashed while starting): one sentence, without Playwright's call log. */
export class ChromiumLaunchError extends Error {
  override name = 'ChromiumLaunchError';
}

/** Playwright's words for a browser that went away under a running command: crashed, killed or out of memory. */
const BROWSER_GONE = /Target page, context or browser has been closed|Browser has been closed|browser has disconnected|Target crashed|Page crashed/i;

const BROWSER_GONE_MESSAGE = 'the browser stopped while working (it crashed, ran out of memory or was killed); nothing was written: run the command again, and if it keeps stopping, close other programs or point CHROME_PATH at another Chromium';

/** The browser, or a page of it, went away while a command used it (seen as it happened, whatever Playwright call was waiting). */
export class BrowserGoneError extends Error {
  override name = 'BrowserGoneError';

  constructor(options?: ErrorOptions) {
    super(BROWSER_GONE_MESSAGE, options);
  }
}

/** What to say when the browser went away mid-command (one sentence with what to do), or undefined for any other error. */
export function browserGoneMessage(error: unknown): string | undefined {
  if (error instanceof BrowserGoneError) return error.message;
  // A browser that never started says so itself (Playwright's words for it include "has been closed").
  if (error instanceof ChromiumLaunchError) return undefined;
  const text = error instanceof Error ? error.message : String(error);
  return BROWSER_GONE.test(text) ? BROWSER_GONE_MESSAGE : undefined;
}

/** A browser that has not started in this long will not: fail in seconds, not Playwright's three minutes. */
export const LAUNCH_TIMEOUT_MS = 30_000;

/** The launch timeout: `BRIEFDECK_BROWSER_TIMEOUT` seconds when set to a positive number (a slow machine, or a quick test), else LAUNCH_TIMEOUT_MS. */
export function launchTimeoutMs(env: ChromiumEnv): number {
  const seconds = Number(env['BRIEFDECK_BROWSER_TIMEOUT']?.trim() || Number.NaN);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : LAUNCH_TIMEOUT_MS;
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function chromePathOverride(env: ChromiumEnv): string | undefined {
  const value = env['CHROME_PATH']?.trim();
  return value ? value : undefined;
}

/**
 * The path of a usable Chromium, or undefined.
 * `CHROME_PATH`, when set, is authoritative: a wrong value yields undefined rather than
 * silently picking another browser.
 */
export function findChromium(env: ChromiumEnv = process.env, search: ChromiumSearch = {}): string | undefined {
  const override = chromePathOverride(env);
  if (override !== undefined) return isExecutableFile(override) ? override : undefined;

  const known = (search.knownPaths ?? KNOWN_CHROMIUM_PATHS).find(isExecutableFile);
  if (known) return known;

  const pathDirs = (env['PATH'] ?? '').split(delimiter).filter((dir) => dir !== '');
  for (const name of search.commandNames ?? CHROMIUM_COMMAND_NAMES) {
    for (const dir of pathDirs) {
      const candidate = join(dir, name);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/** What to tell the user when no browser was found. */
export function chromiumNotFoundMessage(env: ChromiumEnv = process.env): string {
  const override = chromePathOverride(env);
  const problem =
    override !== undefined
      ? `CHROME_PATH is set to "${override}", but that is not an executable file.`
      : 'No Chromium or Chrome found (looked at CHROME_PATH, the usual install paths and PATH).';
  return (
    `${problem} Install one with \`apt-get install -y chromium-headless-shell\` (Debian/Ubuntu; or \`chromium\`), ` +
    'or point briefdeck at an existing browser with `CHROME_PATH=/path/to/chrome`.'
  );
}

/** The path of a usable Chromium; throws a ChromiumNotFoundError that says what to do. */
export function requireChromium(env: ChromiumEnv = process.env, search: ChromiumSearch = {}): string {
  const path = findChromium(env, search);
  if (path === undefined) throw new ChromiumNotFoundError(chromiumNotFoundMessage(env));
  return path;
}

export interface LaunchChromiumOptions {
  /** Browser to run; default: `requireChromium(env)`. */
  executablePath?: string;
  /** Environment for finding the browser; default `process.env`. */
  env?: ChromiumEnv;
  /** Extra flags after CHROMIUM_ARGS. `--user-data-dir` is refused: every launch gets a fresh profile. */
  extraArgs?: readonly string[];
  /** Launch timeout in ms (default: launchTimeoutMs of the environment). */
  timeout?: number;
}

/**
 * Launch a headless system Chromium with a fresh, temporary profile.
 * Playwright's non-persistent `launch` creates a new temp user-data dir for every launch and removes
 * it on close; we refuse `--user-data-dir` so no caller can point two launches at one profile.
 */
export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  const extraArgs = options.extraArgs ?? [];
  const profileArg = extraArgs.find((arg) => arg.startsWith('--user-data-dir'));
  if (profileArg !== undefined) {
    throw new Error(`launchChromium always uses a fresh temporary profile; remove "${profileArg}".`);
  }
  const executablePath = options.executablePath ?? requireChromium(options.env ?? process.env);
  const timeout = options.timeout ?? launchTimeoutMs(options.env ?? process.env);
  const launchOptions: LaunchOptions = { executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs], timeout };
  // Loaded on first use: playwright-core takes a third of a second to load, and most commands never launch a browser. Required,
  // not imported: as an ES import Node first scans its multi-megabyte CommonJS bundle for export names, a tenth of a second more.
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  try {
    return await chromium.launch(launchOptions);
  } catch (error) {
    throw new ChromiumLaunchError(launchFailureMessage(executablePath, timeout, error), { cause: error });
  }
}

/** A browser being launched while other work goes on: `ready` settles when it is up (or failed); `close` ends it either way. */
export interface LaunchingBrowser {
  ready: Promise<Browser>;
  /** Waits for the launch to settle, then closes the browser if it started; never throws; a second call waits for the first. */
  close(): Promise<void>;
}

/**
 * Starts `launchChromium` now and returns at once, so the caller can load its project or build while the browser
 * starts. A launch that fails is reported through `ready` only (never as an unhandled rejection).
 */
export function launchInBackground(options: LaunchChromiumOptions = {}): LaunchingBrowser {
  const ready = launchChromium(options);
  ready.catch(() => undefined);
  let closing: Promise<void> | undefined;
  return {
    ready,
    close: () => (closing ??= ready.then((browser) => browser.close(), () => undefined).catch(() => undefined)),
  };
}

/** What went wrong at launch, in one line: Playwright's message up to its call log, and what to do. */
export function launchFailureMessage(executablePath: string, timeout: number, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Chromium aborts at once when the name of the socket it makes in TMPDIR would be longer than a Unix socket's may be.
  const longTmp = /Socket path too long: (\S+)\/[^/\s]+\/SingletonSocket/.exec(text)?.[1];
  if (longTmp !== undefined) return `the browser ${executablePath} could not be started: the temporary folder ${longTmp} (TMPDIR) is too long a path for its socket; set TMPDIR to a shorter folder, such as /tmp, and run the command again`;
  const timedOut = (error instanceof Error && error.name === 'TimeoutError') || /Timeout \d+ms exceeded/i.test(text);
  const firstLine = text.split('\n').map((line) => line.trim()).find((line) => line !== '' && !/^=+/.test(line)) ?? 'it exited';
  const reason = timedOut ? `it did not start within ${Math.round(timeout / 1000)} s` : firstLine.replace(/^browserType\.launch:\s*/, '').replace(/\s*Call log:.*$/, '');
  return `the browser ${executablePath} could not be started: ${reason}; check that it is Chromium or Chrome and runs on this machine, or point CHROME_PATH at one that does`;
}
