// An export's work ends the moment its browser goes away or a page of the deck crashes: one error, never a wait that cannot end.

import type { Browser, Page } from 'playwright-core';
import { BrowserGoneError } from '../browser/chromium.js';
import type { PageSource } from './deck-page.js';

export interface BrowserWatch {
  /** The deck's pages from `source`, each watched for a crash of its renderer. */
  pages: PageSource;
  /**
   * `work` settled, unless the browser disconnected or a watched page crashed first: then a BrowserGoneError at once.
   * A failure of `work` after such a loss (a navigation aborted by the crash, a wait cut short) is that loss too.
   */
  run<T>(work: Promise<T>): Promise<T>;
  /** The export is done with the browser and closes it: from now on its disconnecting is no loss. */
  release(): void;
}

/** Watches `browser` (and the pages given through `pages`) for the length of one export. */
export function watchBrowser(browser: Browser, source: PageSource): BrowserWatch {
  let lost: BrowserGoneError | undefined;
  let reject: ((error: BrowserGoneError) => void) | undefined;
  const gone = new Promise<never>((_, fail) => (reject = fail));
  gone.catch(() => undefined);
  let released = false;
  const lose = (what: string): void => {
    lost ??= new BrowserGoneError({ cause: new Error(what) });
    reject?.(lost);
  };
  browser.on('disconnected', () => {
    if (!released) lose('the browser disconnected');
  });
  const watch = (page: Page): Page => page.once('crash', () => lose(`the page ${page.url()} crashed`));
  return {
    pages: { newPage: async (options) => watch(await source.newPage(options)) },
    release() {
      released = true;
    },
    async run(work) {
      try {
        return await Promise.race([work, gone]);
      } catch (error) {
        throw lost ?? error;
      }
    },
  };
}
