// The element every page briefdeck builds carries its page data in: written by the page filler, read by the client, and the sign by which an output is known as briefdeck's.

export const PAGE_DATA_ID = 'briefdeck-data';

/** The opening tag of that element, as the page filler writes it. */
export const PAGE_DATA_OPEN_TAG = `<script type="application/json" id="${PAGE_DATA_ID}">`;
