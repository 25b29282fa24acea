// Lets functions passed to `page.evaluate` run in a page whatever compiled them. Compilers that keep function names
// (tsx, and esbuild with keepNames, as test runners and `tsx` scripts use) wrap named inner functions in
// `__name(fn, "name")`, and a page has no `__name`: this installs a no-op one (as a string, so it is never wrapped).

import type { Page } from 'playwright-core';

const NAME_SHIM = 'globalThis.__name ??= (target) => target; undefined';

/** Call once per document before `page.evaluate(fn)` with a function that has named inner functions. */
export async function ensureNameShim(page: Page): Promise<void> {
  await page.evaluate(NAME_SHIM);
}
