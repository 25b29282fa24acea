// Lets functions compiled by tsx run in a page. The CLI loads TypeScript through tsx, which wraps named inner
// functions in `__name(fn, "name")`; a page has no `__name`, so this installs a no-op one (as a string, never wrapped).

import type { Page } from 'playwright-core';

const NAME_SHIM = 'globalThis.__name ??= (target) => target; undefined';

/** Call once per document before `page.evaluate(fn)` with a function that has named inner functions. */
export async function ensureNameShim(page: Page): Promise<void> {
  await page.evaluate(NAME_SHIM);
}
