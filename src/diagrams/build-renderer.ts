// The compiler's diagram renderer for builds and dev servers: theme-coloured, cached, one shared browser, fallback when none.

import type { Browser } from 'playwright-core';
import type { DiagramOutput, DiagramRenderer } from '../compile/diagram-renderer.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { readThemeCss } from '../io/list-themes.js';
import { ChromiumNotFoundError, chromiumNotFoundMessage, launchChromium } from '../browser/chromium.js';
import { diagramFonts } from './assets.js';
import { diagramKey, occurrenceId, reidSvg } from './id.js';
import { renderConfigKeys, renderDiagrams, type DiagramRequest } from './render.js';
import { diagramScale, labelPxFor, mermaidConfigForTheme, type DiagramTheme } from './theme.js';
import { diagramThemeFromCss } from './theme-from-css.js';
import { diagramKind } from './diagram-type.js';
import { figureBox, type Box } from './figure-box.js';
import { configForDiagram } from './kind-config.js';
import { diagramSvgCss } from './svg-css.js';
import { fitDiagram, fitStyle, tooDenseDiagnostic, type Fit } from './fit.js';
import { svgViewBoxSize, withRootStyle } from './svg.js';

export interface BuildRendererOptions {
  themesDir: string;
  cacheDir: string;
  /** Mermaid settings merged over the theme's. */
  mermaid: Record<string, unknown>;
  /** When no Chromium exists: true leaves diagrams to the browser (with one warning), false makes it an error. */
  fallback: boolean;
  /** `warn` is called once when diagrams are left to the browser; `info` after each render with what it cost. */
  log: { info(message: string): void; warn(message: string): void };
  /** Injectable for tests; default launches the system Chromium. */
  launch?: () => Promise<Browser>;
}

export interface BuildRenderer {
  render: DiagramRenderer;
  /** Closes the browser, if one was started. */
  close(): Promise<void>;
}

/** Keeps one browser for the renderer's lifetime (a build, or a whole dev session), started only when needed. */
export function createBuildRenderer(options: BuildRendererOptions): BuildRenderer {
  let browser: Promise<Browser> | undefined;
  let warned = false;
  const launch = (): Promise<Browser> => (browser ??= (options.launch ?? (() => launchChromium()))());
  // A dev session asks for the same diagrams on every edit (the deck's, then each briefing's): recent outputs are kept by their exact inputs.
  const recent = new Map<string, DiagramOutput>();

  const render: DiagramRenderer = async (occurrences, context) => {
    // Loading the deck refused a theme whose file is not a regular file; this is one swapped for a pipe (or removed) since.
    const themeCss = await readThemeCss(options.themesDir, context.theme);
    if (themeCss === undefined) throw new Error(`the file of theme "${context.theme}" is no longer a regular file; replace it with a regular CSS file`);
    const key = JSON.stringify([context.theme, themeCss, options.mermaid, occurrences]);
    const kept = recent.get(key);
    if (kept) return kept;
    const { output, complete } = await renderFresh(occurrences, diagramThemeFromCss(themeCss, context.theme));
    if (complete) {
      recent.delete(key);
      recent.set(key, output);
      for (const old of recent.keys()) if (recent.size > RECENT_OUTPUTS) recent.delete(old);
    }
    return output;
  };

  /** `complete` is false when no browser could draw them: a later call tries again. */
  const renderFresh = async (occurrences: Parameters<DiagramRenderer>[0], theme: DiagramTheme): Promise<{ output: DiagramOutput; complete: boolean }> => {
    const mermaidConfig = mermaidConfigForTheme(theme);
    const { fontCss, fontDir } = diagramFonts(theme.fontFamily);
    const bodyPx = theme.bodyPx ?? 34;
    const labelPx = labelPxFor(theme);
    const scale = diagramScale(theme);
    const variables = mermaidConfig.themeVariables as Record<string, string>;
    const cssColours = { fontFamily: theme.fontFamily, background: variables['background']!, text: variables['textColor']!, line: variables['lineColor']!, muted: variables['tertiaryBorderColor']! };
    const configKey = renderConfigKeys();
    const plans = new Map(
      occurrences.map((o) => {
        const kind = diagramKind(o.code);
        const box = figureBox(o.layout, o.columns, bodyPx);
        const config = configForDiagram(mermaidConfig, kind, o.code, box, labelPx, scale, options.mermaid);
        const css = (id: string): string => diagramSvgCss({ id, kind, ...cssColours, scale, labelPx });
        // The key scopes the svg's css, so it is computed from the css for a placeholder id.
        const key = diagramKey(o.code, configKey({ mermaidConfig: config, fontCss, svgCss: css('ID') }));
        return [o.elementId, { key, box, config, svgCss: css(key) }] as const;
      }),
    );
    const keyOf = new Map([...plans].map(([id, plan]) => [id, plan.key]));
    const requests: DiagramRequest[] = occurrences.map((o) => {
      const plan = plans.get(o.elementId)!;
      return { key: plan.key, code: o.code, file: o.file, line: o.line, mermaidConfig: plan.config, svgCss: plan.svgCss };
    });
    const output: DiagramOutput = { svgs: new Map(), errors: new Map(), diagnostics: [] };
    let report;
    try {
      report = await renderDiagrams(requests, { mermaidConfig, fontCss, fontDir, cacheDir: options.cacheDir, launch });
    } catch (error) {
      if (!(error instanceof ChromiumNotFoundError)) throw error;
      browser = undefined;
      if (!options.fallback) {
        output.diagnostics.push(noBrowserDiagnostic(occurrences[0]!.file, occurrences[0]!.line));
      } else if (!warned) {
        warned = true;
        options.log.warn(`No Chromium found, so ${occurrences.length} diagram(s) will be drawn in the viewer's browser instead of at build time. ${chromiumNotFoundMessage()}`);
      }
      return { output, complete: false };
    }
    output.diagnostics.push(...report.warnings);
    options.log.info(
      `diagrams: ${report.rendered} rendered, ${report.fromCache} from cache, ${report.launchedBrowser ? 'browser launched' : 'no browser launched'} (${Math.round(report.ms)} ms)`,
    );
    const seen = new Map<string, number>();
    for (const occurrence of occurrences) {
      const key = keyOf.get(occurrence.elementId)!;
      const outcome = report.results.get(key);
      if (!outcome) continue;
      if ('error' in outcome) {
        output.errors.set(occurrence.elementId, outcome.error.message);
        output.diagnostics.push({ ...outcome.error, file: occurrence.file, line: occurrence.line });
        continue;
      }
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const fitted = fitToFigure(outcome, plans.get(occurrence.elementId)!.box, bodyPx);
      if (fitted.fit?.tooDense && n === 1) {
        output.diagnostics.push(tooDenseDiagnostic(fitted.fit, bodyPx, occurrence.file, occurrence.line, occurrence.layout));
      }
      output.svgs.set(occurrence.elementId, reidSvg(fitted.svg, key, occurrenceId(key, n)));
    }
    return { output, complete: true };
  };

  return {
    render,
    async close() {
      const started = browser;
      browser = undefined;
      if (started) await (await started.catch(() => undefined))?.close();
    },
  };
}

/** Outputs kept: the deck's and its briefings' diagrams, each for the last edit or two. */
const RECENT_OUTPUTS = 8;

/** The svg sized by the scale policy for its figure box (unchanged when it has no viewBox or no measured labels). */
function fitToFigure(outcome: { svg: string; labelPx?: number }, box: Box, bodyPx: number): { svg: string; fit?: Fit } {
  const viewBox = svgViewBoxSize(outcome.svg);
  if (!viewBox || outcome.labelPx === undefined || outcome.labelPx <= 0) return { svg: outcome.svg };
  const fit = fitDiagram({ viewBox, labelPx: outcome.labelPx, box, bodyPx });
  return { svg: withRootStyle(outcome.svg, fitStyle(fit)), fit };
}

function noBrowserDiagnostic(file: string, line: number): Diagnostic {
  return {
    severity: 'error', code: 'no-chromium', file, line, column: 0,
    message: 'diagrams need a Chromium at build time, and none was found',
    hint: `${chromiumNotFoundMessage()} Or allow drawing diagrams in the viewer's browser with diagrams: { fallback: true } in vite.config.ts.`,
  };
}
