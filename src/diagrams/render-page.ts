// One headless page on a fake origin that serves mermaid's ESM and the font files from node_modules and renders diagrams.

import { readFile } from 'node:fs/promises';
import { basename, extname, join, resolve, sep } from 'node:path';
import type { Browser, Route } from 'playwright-core';
import type { Mermaid, MermaidConfig } from 'mermaid';
import type { MermaidAssets } from './assets.js';

/** The page's origin. Nothing leaves the machine: every other request is aborted. */
export const RENDER_ORIGIN = 'http://briefdeck.local';

const PAGE_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>briefdeck diagrams</title>' +
  '<style>.mermaidTooltip{display:none!important}</style></head><body></body></html>';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export interface MermaidPageOptions {
  /** The effective config (already forced strict), passed to `mermaid.initialize`. */
  mermaidConfig: MermaidConfig;
  /** `@font-face` CSS; its url()s resolve against RENDER_ORIGIN, and any `*.woff2`/`*.woff` is served by file name from `fontDir`. */
  fontCss?: string;
  fontDir: string;
  assets: MermaidAssets;
}

export type PageRenderOutcome = { svg: string } | { error: string };

export interface MermaidPage {
  /** Font faces from `fontCss` that failed to load (`family weight style`); layout then used a fallback. */
  readonly fontFailures: readonly string[];
  /**
   * `mermaid.parse` then `mermaid.render(id, code)` into no container (mermaid measures on `<body>`).
   * With `config` (already forced strict), mermaid is initialised with it first when it differs from the last one.
   */
  render(id: string, code: string, config?: MermaidConfig): Promise<PageRenderOutcome>;
  /**
   * The median font size of the svg's text, in its viewBox units (so at the size it is laid out for),
   * measured on the rendered labels with the svg's own styles; undefined when it has no text.
   */
  medianLabelPx(svg: string): Promise<number | undefined>;
  close(): Promise<void>;
}

/** The local file for a path on RENDER_ORIGIN, or undefined (never outside the two allowed folders). */
function localFileFor(pathname: string, options: MermaidPageOptions): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.startsWith('/mermaid/')) {
    const root = resolve(options.assets.distDir);
    const file = resolve(root, `.${decoded.slice('/mermaid'.length)}`);
    return file.startsWith(root + sep) ? file : undefined;
  }
  const extension = extname(decoded);
  if (extension === '.woff2' || extension === '.woff') return join(options.fontDir, basename(decoded));
  return undefined;
}

async function answer(route: Route, options: MermaidPageOptions): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== RENDER_ORIGIN) return route.abort('blockedbyclient');
  if (url.pathname === '/') {
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE_HTML });
  }
  const file = localFileFor(url.pathname, options);
  if (file === undefined) return route.fulfill({ status: 404, body: 'not found' });
  try {
    const body = await readFile(file);
    const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    return route.fulfill({ status: 200, contentType, body });
  } catch {
    return route.fulfill({ status: 404, body: 'not found' });
  }
}

/** Open the page, load the fonts (awaiting `document.fonts.ready`), import and initialize mermaid. */
export async function openMermaidPage(browser: Browser, options: MermaidPageOptions): Promise<MermaidPage> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 });
  try {
    await context.route('**/*', (route) => answer(route, options));
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${RENDER_ORIGIN}/`);

    // Fonts and mermaid load in parallel; both are done before the first diagram is laid out.
    // The import is a string expression: functions handed to page.evaluate must not contain `import()`,
    // which bundlers and test runners (vite's SSR transform) rewrite into helpers the page lacks.
    const mermaidUrl = `${RENDER_ORIGIN}/mermaid/${options.assets.entry}`;
    const [fontFailures, mermaidHandle] = await Promise.all([
      page.evaluate(async (fontCss) => {
        const style = document.createElement('style');
        style.textContent = fontCss;
        document.head.append(style);
        const faces = [...document.fonts];
        const outcomes = await Promise.allSettled(faces.map((face) => face.load()));
        await document.fonts.ready;
        return faces
          .filter((_face, index) => outcomes[index]?.status === 'rejected')
          .map((face) => `${face.family} ${face.weight} ${face.style}`);
      }, options.fontCss ?? ''),
      page
        .evaluateHandle<Mermaid, undefined>(`import(${JSON.stringify(mermaidUrl)}).then((module) => module.default)`, undefined)
        .catch((error: unknown) => {
          const detail = [error instanceof Error ? error.message : String(error), ...pageErrors].join('; ');
          throw new Error(`Could not load mermaid ${options.assets.version} from ${options.assets.distDir}: ${detail}`);
        }),
    ]);
    await mermaidHandle.evaluate((mermaid, config) => mermaid.initialize(config), options.mermaidConfig);
    let initialized = JSON.stringify(options.mermaidConfig);

    return {
      fontFailures,
      async render(id, code, config) {
        if (config !== undefined && JSON.stringify(config) !== initialized) {
          await mermaidHandle.evaluate((mermaid, next) => mermaid.initialize(next), config);
          initialized = JSON.stringify(config);
        }
        const outcome = await mermaidHandle.evaluate(
          async (mermaid, { id, code }) => {
            try {
              await mermaid.parse(code);
              const { svg } = await mermaid.render(id, code);
              return { svg, error: undefined };
            } catch (error) {
              document.getElementById(`d${id}`)?.remove();
              document.getElementById(id)?.remove();
              const message =
                typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
              return { svg: undefined, error: message };
            }
          },
          { id, code },
        );
        return outcome.svg !== undefined ? { svg: outcome.svg } : { error: outcome.error ?? 'unknown mermaid error' };
      },
      medianLabelPx: (svg) => page.evaluate(measureMedianLabelPx, svg),
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Runs in the page: lays the svg out at its viewBox size and takes the median computed font size of its text. */
function measureMedianLabelPx(svg: string): number | undefined {
  const host = document.createElement('div');
  host.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden';
  host.innerHTML = svg;
  document.body.append(host);
  try {
    const root = host.querySelector('svg');
    if (!root) return undefined;
    const viewBox = root.viewBox.baseVal;
    root.setAttribute('style', `width:${viewBox.width}px;height:${viewBox.height}px;max-width:none;max-height:none`);
    // No named helpers in here: the function is sent to the page as text, without a bundler's helpers.
    const rootMatrix = root.getScreenCTM();
    const rootScale = rootMatrix ? Math.sqrt(Math.abs(rootMatrix.a * rootMatrix.d - rootMatrix.b * rootMatrix.c)) : 1;
    const sizes: number[] = [];
    for (const element of root.querySelectorAll<Element>('*')) {
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      if (!ownText || element.closest('style, title, desc') || element.getBoundingClientRect().width === 0) continue;
      const graphic = element instanceof SVGGraphicsElement ? element : element.closest('foreignObject');
      const matrix = graphic instanceof SVGGraphicsElement ? graphic.getScreenCTM() : null;
      const scale = matrix ? Math.sqrt(Math.abs(matrix.a * matrix.d - matrix.b * matrix.c)) / rootScale : 1;
      sizes.push(Number.parseFloat(getComputedStyle(element).fontSize) * scale);
    }
    if (sizes.length === 0) return undefined;
    sizes.sort((a, b) => a - b);
    const middle = Math.floor(sizes.length / 2);
    return sizes.length % 2 === 1 ? sizes[middle] : (sizes[middle - 1]! + sizes[middle]!) / 2;
  } finally {
    host.remove();
  }
}
