// What a dev page tells its server over the hot-update channel, and the mark in the page those messages refer to.

/** Sent once the page has started (its scripts, styles and far slides loaded): the server's sign that a start is over. */
export const PAGE_READY_EVENT = 'briefdeck:page-ready';

/** Sent as the page connects: the compile it was rendered from, so a page that missed an update while connecting is reloaded. */
export const PAGE_HELLO_EVENT = 'briefdeck:hello';

export interface PageHello {
  /** The content of the page's PAGE_COMPILE_META, or null (a page made before the deck compiled). */
  compile: string | null;
}

/** `<meta name=…>` in the head of a dev page: which compile of the deck it shows. */
export const PAGE_COMPILE_META = 'briefdeck-compile';
