// Shared browser plumbing for tests: a connection to the run's one Chromium per test file, pages that record errors and requests.

import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.js';

export interface RecordedPage {
  page: Page;
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/**
 * A browser of the file's own: a connection to the Chromium the run started (tests/helpers/browser-server-setup.ts), so a file
 * does not pay for a launch. Its pages and contexts are its own; `close()` closes them and disconnects, leaving the browser to the others.
 */
export async function startBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint');
  if (!endpoint) return launchChromium();
  const { chromium } = await import('playwright-core');
  return chromium.connect(endpoint);
}

export async function openRecordedPage(browser: Browser, viewport = { width: 1280, height: 720 }): Promise<RecordedPage> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));
  return { page, errors, requests };
}

/** Waits for the deck's ready flag (reveal.js ready and fonts loaded). */
export async function waitForDeck(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 20_000 });
}

export function isLoopback(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}
