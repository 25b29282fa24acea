// Measures what a page downloads before the deck is ready: every http(s) response started by the ready flag, gzipped.

import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';

export interface LoadedResource {
  path: string;
  type: string;
  raw: number;
  gzip: number;
}

export interface BytesBeforeReady {
  total: number;
  resources: LoadedResource[];
}

/** Opens `url` in a fresh context (empty cache) and sums the gzip sizes of the responses requested until the deck is ready. */
export async function bytesBeforeReady(browser: Browser, url: string): Promise<BytesBeforeReady> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const requests: Request[] = [];
    let ready = false;
    page.on('request', (request) => {
      if (!ready) requests.push(request);
    });
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 20_000 });
    ready = true;
    const resources: LoadedResource[] = [];
    for (const request of requests) {
      if (!/^https?:/.test(request.url())) continue;
      const response = await request.response();
      const body = await response?.body().catch(() => undefined);
      if (!response || !body) continue;
      resources.push({ path: new URL(request.url()).pathname, type: request.resourceType(), raw: body.length, gzip: gzipSync(body).length });
    }
    return { total: resources.reduce((sum, r) => sum + r.gzip, 0), resources };
  } finally {
    await context.close();
  }
}
