// A dev page names the compile it was rendered from; as it connects, a page showing another compile than a reload would give it is reloaded, once.

import type { ViteDevServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { PAGE_COMPILE_META, PAGE_HELLO_EVENT } from '../../src/site/dev-page-messages.js';
import { pageCompiles } from '../../src/vite/page-compiles.js';

type Listener = (data: unknown, client: { send(payload: unknown): void }) => void;

function fakeServer(latest: { deck: object | undefined }) {
  const listeners = new Map<string, Listener>();
  const server = { environments: { client: { hot: { on: (event: string, listener: Listener) => void listeners.set(event, listener) } } } } as unknown as ViteDevServer;
  const compiles = pageCompiles();
  compiles.attach(server, async () => latest.deck);
  /** What the server sends back to a page that says hello with `compile`. */
  const hello = async (compile: string | null | undefined): Promise<unknown[]> => {
    const sent: unknown[] = [];
    listeners.get(PAGE_HELLO_EVENT)!(compile === undefined ? undefined : { compile }, { send: (payload) => void sent.push(payload) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    return sent;
  };
  return { compiles, hello };
}

const nameIn = (html: string): string => new RegExp(`<meta name="${PAGE_COMPILE_META}" content="([^"]+)"`).exec(html)![1]!;

describe('page compiles', () => {
  it('marks a page in its head, with one name per compile', () => {
    const { compiles } = fakeServer({ deck: undefined });
    const first = {};
    const html = compiles.mark('<html><head><title>x</title></head><body></body></html>', first);
    expect(html).toMatch(/<title>x<\/title>\s*<meta name="briefdeck-compile" content="[0-9a-f]+\.1" \/>\s*<\/head>/);
    expect(nameIn(compiles.mark('<head></head>', first))).toBe(nameIn(html));
    expect(nameIn(compiles.mark('<head></head>', {}))).not.toBe(nameIn(html));
  });

  it('reloads a page showing an older compile, and leaves one showing the latest alone', async () => {
    const latest: { deck: object | undefined } = { deck: {} };
    const { compiles, hello } = fakeServer(latest);
    const old = nameIn(compiles.mark('<head></head>', latest.deck!));
    expect(await hello(old)).toEqual([]);
    latest.deck = {};
    expect(await hello(old)).toEqual([{ type: 'full-reload' }]);
    expect(await hello(nameIn(compiles.mark('<head></head>', latest.deck)))).toEqual([]);
  });

  it('does not judge a page of an earlier session, a page made before any compile, or a deck that never compiled', async () => {
    const latest: { deck: object | undefined } = { deck: {} };
    const { hello } = fakeServer(latest);
    const earlier = fakeServer(latest).compiles;
    expect(await hello(nameIn(earlier.mark('<head></head>', {})))).toEqual([]);
    expect(await hello(null)).toEqual([]);
    expect(await hello(undefined)).toEqual([]);
    latest.deck = undefined;
    const { compiles, hello: helloNone } = fakeServer(latest);
    expect(await helloNone(nameIn(compiles.mark('<head></head>', {})))).toEqual([]);
  });
});
