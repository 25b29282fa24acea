// Diagrams as pictures for PowerPoint: SVG from the build-time renderer (and its cache), with text labels instead of
// HTML ones (PowerPoint draws no <foreignObject>), plus a PNG fallback rasterised once and cached beside the SVGs.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { MermaidConfig } from 'mermaid';
import type { Diagnostic } from '../../model/diagnostic.js';
import { diagramAccessibility } from '../../diagrams/a11y.js';
import { sourceSans3FilesDir, sourceSans3FontCss } from '../../diagrams/assets.js';
import { diagramKey } from '../../diagrams/id.js';
import { renderConfigKey, renderDiagrams, type DiagramRequest } from '../../diagrams/render.js';
import { mermaidConfigForTheme } from '../../diagrams/theme.js';
import { diagramThemeFromCss } from '../../diagrams/theme-from-css.js';
import { pngSize } from '../verify.js';

export interface DiagramPicture {
  svg: string;
  png: Uint8Array;
  /** Size of the PNG in pixels (twice the diagram's own size). */
  width: number;
  height: number;
  /** accTitle and accDescr, for the picture's alt text. */
  alt: string;
}

export interface DiagramFence {
  code: string;
  file: string;
  line: number;
}

export interface PictureOptions {
  themeCss: string;
  theme: string;
  /** The build's diagram cache (SVGs); PNGs are kept in a sibling folder. */
  cacheDir: string;
  /** Mermaid settings from the project's options, merged over the theme's as builds do. */
  mermaid: Record<string, unknown>;
  /** Called at most once, only when something is not cached; the caller closes the browser. */
  launch: () => Promise<Browser>;
}

export interface PictureReport {
  /** By `file:line` of the fence. */
  pictures: Map<string, DiagramPicture>;
  diagnostics: Diagnostic[];
  rendered: number;
}

const PNG_SCALE = 2;

export function fenceKey(fence: Pick<DiagramFence, 'file' | 'line'>): string {
  return `${fence.file}:${fence.line}`;
}

/** The theme's mermaid config with SVG text labels, so the picture stays text in PowerPoint's SVG renderer. */
export function pptxMermaidConfig(themeCss: string, theme: string, overrides: Record<string, unknown>): MermaidConfig {
  const base = { ...mermaidConfigForTheme(diagramThemeFromCss(themeCss, theme)), ...overrides } as MermaidConfig;
  return { ...base, htmlLabels: false, flowchart: { ...base.flowchart, htmlLabels: false } };
}

export async function diagramPictures(fences: readonly DiagramFence[], options: PictureOptions): Promise<PictureReport> {
  const report: PictureReport = { pictures: new Map(), diagnostics: [], rendered: 0 };
  if (fences.length === 0) return report;
  const mermaidConfig = pptxMermaidConfig(options.themeCss, options.theme, options.mermaid);
  const fontCss = sourceSans3FontCss([400, 600]);
  const configKey = renderConfigKey({ mermaidConfig, fontCss });
  const requests: DiagramRequest[] = fences.map((f) => ({ key: diagramKey(f.code, configKey), code: f.code, file: f.file, line: f.line }));
  const rendered = await renderDiagrams(requests, { mermaidConfig, fontCss, cacheDir: options.cacheDir, launch: options.launch });
  report.diagnostics.push(...rendered.warnings);
  report.rendered = rendered.rendered;
  const pngDir = path.join(path.dirname(options.cacheDir), 'diagram-png');
  for (const [index, fence] of fences.entries()) {
    const outcome = rendered.results.get(requests[index]!.key);
    if (!outcome) continue;
    if ('error' in outcome) {
      report.diagnostics.push({ ...outcome.error, file: fence.file, line: fence.line });
      continue;
    }
    const png = await cachedPng(outcome.svg, pngDir, options.launch);
    const size = pngSize(png);
    if (!size) throw new Error(`the PNG made for the diagram at ${fenceKey(fence)} is not a PNG image`);
    const { title, description } = diagramAccessibility(fence.code);
    report.pictures.set(fenceKey(fence), { svg: outcome.svg, png, ...size, alt: [title, description].filter(Boolean).join(': ') || 'Diagram' });
  }
  return report;
}

/** An SVG file of the deck as a picture: the SVG with a PNG fallback drawn in the browser, cached beside the diagrams' PNGs. */
export async function svgFilePicture(svg: string, alt: string, options: Pick<PictureOptions, 'cacheDir' | 'launch'>): Promise<DiagramPicture> {
  const png = await cachedPng(svg, path.join(path.dirname(options.cacheDir), 'diagram-png'), options.launch);
  const size = pngSize(png);
  if (!size) throw new Error('the PNG drawn for an SVG image is not a PNG image');
  return { svg, png, ...size, alt };
}

async function cachedPng(svg: string, dir: string, launch: () => Promise<Browser>): Promise<Uint8Array> {
  const file = path.join(dir, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}@${PNG_SCALE}x.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached && pngSize(cached)) return cached;
  const png = await rasterise(svg, await launch());
  await mkdir(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, png);
    await rename(temporary, file);
  } catch {
    await rm(temporary, { force: true });
  }
  return png;
}

/** The SVG at its own size (its viewBox), with the deck font, on a transparent background. */
async function rasterise(svg: string, browser: Browser): Promise<Uint8Array> {
  const fonts = await Promise.all([400, 600].map(async (weight) => {
    const data = await readFile(path.join(sourceSans3FilesDir(), `source-sans-3-latin-${weight}-normal.woff2`));
    return `@font-face{font-family:'Source Sans 3';font-weight:${weight};src:url(data:font/woff2;base64,${data.toString('base64')}) format('woff2');}`;
  }));
  const context = await browser.newContext({ deviceScaleFactor: PNG_SCALE, javaScriptEnabled: true });
  try {
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html><head><style>${fonts.join('')}html,body{margin:0;background:transparent}</style></head><body><div id="picture">${svg}</div></body></html>`);
    await page.evaluate(async () => {
      const element = document.querySelector('#picture > svg');
      if (!(element instanceof SVGSVGElement)) throw new Error('no SVG');
      // A diagram has a viewBox; an SVG file may give only its width and height.
      const box = element.viewBox.baseVal;
      const width = box && box.width > 0 ? box.width : element.width.baseVal.value || 300;
      const height = box && box.height > 0 ? box.height : element.height.baseVal.value || 150;
      element.setAttribute('width', String(width));
      element.setAttribute('height', String(height));
      element.style.maxWidth = 'none';
      await document.fonts.ready;
    });
    return await page.locator('#picture > svg').screenshot({ omitBackground: true, type: 'png' });
  } finally {
    await context.close();
  }
}
