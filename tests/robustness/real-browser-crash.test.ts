// The real browser killed under a real `briefdeck export`: one line, exit 1, no PDF, and nothing of the browser left (running or in TMPDIR).

import { execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/browser/chromium.js';
import { tempDir } from '../helpers/build.js';
import { diagnosticLines, goneWithin, runCli } from '../helpers/cli-process.js';

/** Slides enough that laying them out and printing them takes far longer than the kill does to land (5 slides print within milliseconds). */
const SLIDES = 300;

/** A deck of `SLIDES` plain slides in a folder of its own. */
function longDeck(): string {
  const deck = path.join(tempDir('crash-deck'), 'slides');
  mkdirSync(deck, { recursive: true });
  const slides = Array.from({ length: SLIDES }, (_, i) => `## Slide ${i + 1}\n\n- A point about slide ${i + 1}\n- Another point, a little longer, to lay out\n`);
  writeFileSync(path.join(deck, 'deck.md'), `---\ntitle: Long deck\n---\n\n${slides.join('\n---\n\n')}`);
  return deck;
}
const BROWSER_STOPPED = 'briefdeck export: the browser stopped while working (it crashed, ran out of memory or was killed); nothing was written: run the command again, and if it keeps stopping, close other programs or point CHROME_PATH at another Chromium';

interface BrowserProcess {
  pid: number;
  args: string;
}

/** Every process below `pid`: each child, then the processes below it. */
function descendants(pid: number): BrowserProcess[] {
  let listing = '';
  try {
    listing = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    // No children: ps exits 1.
  }
  return listing.split('\n').filter((line) => line.trim() !== '').flatMap((line) => {
    const [, childPid = '0', args = ''] = /^\s*(\d+)\s+(.*)$/.exec(line) ?? [];
    return [{ pid: Number(childPid), args }, ...descendants(Number(childPid))];
  });
}

interface CrashRun {
  code: number | null;
  stderr: string;
  /** The processes killed. */
  killed: number[];
  /** Every process of the browser seen while the kills were going on: none may outlive the command. */
  browser: number[];
  tmp: string;
  outDir: string;
  /** From the kill to the command's exit, in ms. */
  exitAfterKill: number;
}

/**
 * Exports a long deck with CHROME_PATH a wrapper that records the real browser's pid. Once the export says it is laying out
 * slides, the processes `pick` finds get SIGKILL: once when `again` is false, else each new one as it appears, until the export ends.
 */
async function exportAndKill(pick: (main: number, all: BrowserProcess[]) => number[], again: boolean): Promise<CrashRun> {
  const chromium = findChromium();
  if (chromium === undefined) throw new Error('no Chromium found: install one, or point CHROME_PATH at it');
  const scratch = tempDir('crash');
  const tmp = tempDir('crash-tmp');
  const outDir = tempDir('crash-out');
  const pidFile = path.join(scratch, 'browser.pid');
  const wrapper = path.join(scratch, 'chromium');
  writeFileSync(wrapper, `#!/bin/sh\necho $$ > '${pidFile}'\nexec '${chromium}' "$@"\n`);
  chmodSync(wrapper, 0o755);
  const killed = new Set<number>();
  const browser = new Set<number>();
  let killedAt = 0;
  let poll: NodeJS.Timeout | undefined;
  const watch = (stderr: string, child: ChildProcess): void => {
    if (poll || !stderr.includes('laying out slides')) return;
    const tick = (): void => {
      if ((killed.size > 0 && !again) || child.exitCode !== null) return;
      const main = Number(readFileSync(pidFile, 'utf8'));
      const all = descendants(main);
      for (const pid of [main, ...all.map((p) => p.pid)]) browser.add(pid);
      const chosen = pick(main, all).filter((pid) => !killed.has(pid));
      if (chosen.length === 0) return;
      if (killed.size === 0) killedAt = performance.now();
      for (const pid of chosen) {
        killed.add(pid);
        process.kill(pid, 'SIGKILL');
      }
    };
    // At once, as the export says it lays out the slides (a small deck is laid out and printed within milliseconds), then every 20 ms for the renderers that follow.
    tick();
    poll = setInterval(tick, 20);
  };
  const run = await runCli(['export', 'pdf', longDeck(), '--out', path.join(outDir, 'deck.pdf')], { env: { CHROME_PATH: wrapper, TMPDIR: tmp }, onStderr: watch });
  clearInterval(poll);
  return { code: run.code, stderr: run.stderr, killed: [...killed], browser: [...browser], tmp, outDir, exitAfterKill: performance.now() - killedAt };
}

async function expectNothingLeft(run: CrashRun): Promise<void> {
  expect(readdirSync(run.outDir)).toEqual([]);
  expect(readdirSync(run.tmp).filter((name) => name.startsWith('briefdeck-') || name.startsWith('playwright'))).toEqual([]);
  for (const pid of run.browser) expect(await goneWithin(pid, 3000), `browser process ${pid}`).toBe(true);
}

describe('the real browser killed during an export', () => {
  it('the browser itself: one line, exit 1, nothing written, no browser process or temporary folder left', { timeout: 60_000 }, async () => {
    const run = await exportAndKill((main) => [main], false);
    expect(run.killed.length, run.stderr).toBe(1);
    expect(run.code, run.stderr).toBe(1);
    expect(diagnosticLines(run.stderr)).toEqual([BROWSER_STOPPED]);
    await expectNothingLeft(run);
  });

  it('its page renderers only (a page crash): one line at once, exit 1, nothing written, nothing left', { timeout: 60_000 }, async () => {
    // The page the export opened ahead may move to a renderer of its own when it navigates to the deck: every renderer
    // that appears is killed, so the one printing the deck surely is.
    const run = await exportAndKill((_main, all) => all.filter((p) => p.args.includes('--type=renderer')).map((p) => p.pid), true);
    expect(run.killed.length, run.stderr).toBeGreaterThan(0);
    expect(run.code, run.stderr).toBe(1);
    expect(diagnosticLines(run.stderr)).toEqual([BROWSER_STOPPED]);
    // A page that crashed is reported as soon as it is seen, not when a wait for it runs out (30 s).
    expect(run.exitAfterKill).toBeLessThan(10_000);
    await expectNothingLeft(run);
  });
});
