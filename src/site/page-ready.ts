// The message a dev page sends once it has started (its scripts, styles and far slides loaded): the server's sign that a start is over.

export const PAGE_READY_EVENT = 'briefdeck:page-ready';
