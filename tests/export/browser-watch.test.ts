// watchBrowser: an export's work ends with one BrowserGoneError as soon as the browser disconnects or a deck page crashes.

import { EventEmitter } from 'node:events';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BrowserGoneError, browserGoneMessage } from '../../src/browser/chromium.js';
import { watchBrowser } from '../../src/export/browser-watch.js';

/** A stand-in with the events watchBrowser listens to. */
const fakeBrowser = (): Browser & EventEmitter => new EventEmitter() as Browser & EventEmitter;
const fakePage = (): Page & EventEmitter => Object.assign(new EventEmitter(), { url: () => 'http://127.0.0.1/' }) as unknown as Page & EventEmitter;
const never = new Promise<never>(() => undefined);

describe('watchBrowser', () => {
  it('ends work that would wait forever once the browser disconnects', async () => {
    const browser = fakeBrowser();
    const watch = watchBrowser(browser, { newPage: () => Promise.resolve(fakePage()) });
    const running = watch.run(never);
    browser.emit('disconnected');
    await expect(running).rejects.toBeInstanceOf(BrowserGoneError);
  });

  it('ends it once a page it handed out crashes, and a failure the crash caused is reported as the crash', async () => {
    const page = fakePage();
    const watch = watchBrowser(fakeBrowser(), { newPage: () => Promise.resolve(page) });
    await watch.pages.newPage({});
    const running = watch.run(never);
    page.emit('crash');
    const error = await running.catch((failure: unknown) => failure);
    expect(browserGoneMessage(error)).toMatch(/^the browser stopped while working/);
    // A navigation the crash aborted fails after it: still the crash.
    await expect(watch.run(Promise.reject(new Error('page.goto: net::ERR_ABORTED at http://127.0.0.1/')))).rejects.toBeInstanceOf(BrowserGoneError);
  });

  it('lets work go on once the export has released the browser it is closing', async () => {
    const browser = fakeBrowser();
    const watch = watchBrowser(browser, { newPage: () => Promise.resolve(fakePage()) });
    let finish: (value: string) => void = () => undefined;
    const running = watch.run(new Promise<string>((resolve) => (finish = resolve)));
    watch.release();
    browser.emit('disconnected');
    finish('written');
    await expect(running).resolves.toBe('written');
  });

  it('passes work through while the browser is fine', async () => {
    const watch = watchBrowser(fakeBrowser(), { newPage: () => Promise.resolve(fakePage()) });
    await expect(watch.run(Promise.resolve(7))).resolves.toBe(7);
    await expect(watch.run(Promise.reject(new Error('deck.md:3 error')))).rejects.toThrow('deck.md:3 error');
  });
});
