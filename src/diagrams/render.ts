// Build-time Mermaid → SVG: cached diagrams from disk, the rest rendered in one headless Chromium page.

import type { Browser } from 'playwright-core';
import type { MermaidConfig } from 'mermaid';
import type { Diagnostic } from '../model/diagnostic.js';
import { launchChromium } from '../browser/chromium.js';
import { diagramAccessibility } from './a11y.js';
import { mermaidAssets, sourceSans3FilesDir } from './assets.js';
import { diagramCache, type CachedDiagram } from './cache.js';
import { diagramConfigKeys } from './config-key.js';
import { effectiveMermaidConfig } from './mermaid-config.js';
import { finishDiagramSvg } from './svg.js';
import { addSvgCss } from './svg-css.js';
import { openMermaidPage } from './render-page.js';

/** One ```mermaid fence. `key` comes from `diagramKey(code, renderConfigKey(options))`. */
export interface DiagramRequest {
  key: string;
  code: string;
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** This diagram's own config (its kind and figure box); default `RenderOptions.mermaidConfig`. Part of its key. */
  mermaidConfig?: MermaidConfig;
  /** Style rules added to the svg before its labels are measured (svg-css.ts), `#<key>`-scoped. Part of its key. */
  svgCss?: string;
}

/** `labelPx`: the median label size in the svg's viewBox units, for the scale policy (fit.ts). */
export type DiagramOutcome = { svg: string; labelPx?: number } | { error: Diagnostic };

export interface RenderOptions {
  /** Theme, themeVariables, fontFamily, flowchart/sequence settings; securityLevel and startOnLoad are forced. */
  mermaidConfig: MermaidConfig;
  /** `@font-face` CSS loaded before layout; url()s resolve on the render page, woff/woff2 files are served by name from `fontDir`. */
  fontCss?: string;
  /** Folder of the font files `fontCss` names; default `@fontsource/source-sans-3/files`. */
  fontDir?: string;
  /** Cache folder; builds pass `DEFAULT_DIAGRAM_CACHE_DIR` resolved against the project root. */
  cacheDir: string;
  /**
   * Gives the browser to render in, called at most once and only when some diagram is not cached.
   * Default: `launchChromium()`, closed when done. An injected launcher's browser belongs to the caller,
   * who closes it (so a build can share one browser between diagrams and PDF export).
   */
  launch?: () => Promise<Browser>;
}

export interface RenderReport {
  /** One entry per distinct key: the post-processed SVG (with the key as its id) or a `mermaid` error. */
  results: Map<string, DiagramOutcome>;
  launchedBrowser: boolean;
  rendered: number;
  fromCache: number;
  ms: number;
  /** Problems that did not stop rendering: fonts that failed to load, cache writes that failed. */
  warnings: Diagnostic[];
}

/** The config part of every diagram key for these options: `diagramKey(code, renderConfigKey(options))`. */
export function renderConfigKey(options: Pick<RenderOptions, 'mermaidConfig' | 'fontCss'> & { svgCss?: string }): string {
  return renderConfigKeys()(options);
}

/** `renderConfigKey` for the many diagrams of one render, their shared settings written once (configs left unchanged meanwhile). */
export function renderConfigKeys(): (options: Pick<RenderOptions, 'mermaidConfig' | 'fontCss'> & { svgCss?: string }) => string {
  return diagramConfigKeys(mermaidAssets().version);
}

function mermaidDiagnostic(request: DiagramRequest, message: string): Diagnostic {
  return {
    severity: 'error',
    code: 'mermaid',
    file: request.file,
    line: request.line,
    column: 0,
    message: message.trim(),
    hint: "Fix the Mermaid syntax in the ```mermaid block starting at this line; line numbers in mermaid's message count from the block's first line.",
  };
}

function outcomeFor(entry: CachedDiagram, request: DiagramRequest): DiagramOutcome {
  return 'svg' in entry ? entry : { error: mermaidDiagnostic(request, entry.error) };
}

/** The first request of each key; one key with two different codes is a caller bug and throws. */
function firstRequestPerKey(requests: readonly DiagramRequest[]): DiagramRequest[] {
  const byKey = new Map<string, DiagramRequest>();
  for (const request of requests) {
    const seen = byKey.get(request.key);
    if (seen === undefined) byKey.set(request.key, request);
    else if (seen.code !== request.code) {
      throw new Error(
        `Diagram key ${request.key} is used for two different diagrams (${seen.file}:${seen.line} and ` +
          `${request.file}:${request.line}); build keys with diagramKey(code, renderConfigKey(options)).`,
      );
    }
  }
  return [...byKey.values()];
}

/**
 * Render every distinct diagram once. Cached keys are read from `cacheDir`; when all are cached no
 * browser is launched. Otherwise one page renders the rest, one after another, and the cache is filled.
 * Syntax errors come back per diagram as Diagnostics; a missing browser or an unloadable mermaid throws.
 */
export async function renderDiagrams(requests: readonly DiagramRequest[], options: RenderOptions): Promise<RenderReport> {
  const started = performance.now();
  const cache = diagramCache(options.cacheDir);
  const results = new Map<string, DiagramOutcome>();
  const warnings: Diagnostic[] = [];
  const unique = firstRequestPerKey(requests);

  const cached = await Promise.all(unique.map((request) => cache.read(request.key)));
  const misses: DiagramRequest[] = [];
  unique.forEach((request, index) => {
    const entry = cached[index];
    if (entry) results.set(request.key, outcomeFor(entry, request));
    else misses.push(request);
  });
  const fromCache = unique.length - misses.length;
  if (misses.length === 0) {
    return { results, launchedBrowser: false, rendered: 0, fromCache, ms: performance.now() - started, warnings };
  }

  const ownsBrowser = options.launch === undefined;
  const browser = await (options.launch ?? (() => launchChromium()))();
  try {
    const page = await openMermaidPage(browser, {
      mermaidConfig: effectiveMermaidConfig(options.mermaidConfig),
      fontCss: options.fontCss,
      fontDir: options.fontDir ?? sourceSans3FilesDir(),
      assets: mermaidAssets(),
    });
    try {
      for (const face of page.fontFailures) {
        warnings.push({
          severity: 'warning',
          code: 'diagram-font',
          file: '',
          line: 0,
          column: 0,
          message: `Font face "${face}" did not load in the diagram renderer; diagrams were laid out with a fallback font.`,
          hint: 'Check that every url() in the diagram font CSS names a .woff2/.woff file present in the font folder.',
        });
      }
      for (const request of misses) {
        const config = request.mermaidConfig === undefined ? undefined : effectiveMermaidConfig(request.mermaidConfig);
        const outcome = await page.render(request.key, request.code, config ?? effectiveMermaidConfig(options.mermaidConfig));
        let entry: CachedDiagram;
        try {
          if ('svg' in outcome) {
            const svg = addSvgCss(finishDiagramSvg(outcome.svg, diagramAccessibility(request.code)), request.svgCss ?? '');
            const labelPx = await page.medianLabelPx(svg);
            entry = labelPx === undefined ? { svg } : { svg, labelPx };
          } else entry = outcome;
        } catch (error) {
          results.set(request.key, { error: mermaidDiagnostic(request, error instanceof Error ? error.message : String(error)) });
          continue;
        }
        results.set(request.key, outcomeFor(entry, request));
        try {
          await cache.write(request.key, entry);
        } catch (error) {
          warnings.push({
            severity: 'warning',
            code: 'diagram-cache',
            file: options.cacheDir,
            line: 0,
            column: 0,
            message: `Could not write the diagram cache: ${error instanceof Error ? error.message : String(error)}`,
            hint: 'Make the cache folder writable, or delete it; diagrams will be rendered again next build.',
          });
        }
      }
    } finally {
      await page.close();
    }
  } finally {
    if (ownsBrowser) await browser.close();
  }

  return {
    results,
    launchedBrowser: true,
    rendered: misses.length,
    fromCache,
    ms: performance.now() - started,
    warnings,
  };
}
