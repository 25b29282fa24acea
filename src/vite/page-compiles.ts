// Names each compile of a dev session's deck in the pages rendered from it, and reloads a page that connects showing a
// compile the deck has moved past: an update sent while the page was still connecting never reached it.

import { randomBytes } from 'node:crypto';
import type { ViteDevServer } from 'vite';
import { PAGE_COMPILE_META, PAGE_HELLO_EVENT, type PageHello } from '../site/dev-page-messages.js';

export interface PageCompiles {
  /** `html` (a page rendered from `deck`) with the name of that compile in its head. */
  mark(html: string, deck: object): string;
  /**
   * Answers each page's hello: a page that shows another compile than a reload would render (`latest`, awaited, so a
   * compile still running counts) is reloaded. A reload renders `latest` itself, so a page is never reloaded twice for one.
   */
  attach(server: ViteDevServer, latest: () => Promise<object | undefined>): void;
}

export function pageCompiles(): PageCompiles {
  // Pages an earlier session stored (see start-pages.ts) carry that session's names: not this one's to judge.
  const session = randomBytes(6).toString('hex');
  const names = new WeakMap<object, string>();
  let count = 0;
  const nameOf = (deck: object): string => {
    let name = names.get(deck);
    if (name === undefined) {
      name = `${session}.${++count}`;
      names.set(deck, name);
    }
    return name;
  };
  return {
    mark: (html, deck) => html.replace('</head>', `  <meta name="${PAGE_COMPILE_META}" content="${nameOf(deck)}" />\n  </head>`),
    attach(server, latest) {
      server.environments.client.hot.on(PAGE_HELLO_EVENT, (hello: PageHello | undefined, client) => {
        const shown = typeof hello?.compile === 'string' ? hello.compile : undefined;
        if (!shown?.startsWith(`${session}.`)) return;
        latest().then(
          (deck) => {
            if (deck !== undefined && nameOf(deck) !== shown) client.send({ type: 'full-reload' });
          },
          // A compile that failed outright is reported by the refresh; the page keeps what it shows.
          () => undefined,
        );
      });
    },
  };
}
