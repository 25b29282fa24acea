// Diagram rendering bench: 20 distinct diagrams cold (browser launch included, empty cache), then from the warm cache.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceSans3FontCss } from '../../src/diagrams/assets.js';
import { diagramKey } from '../../src/diagrams/id.js';
import { renderConfigKey, renderDiagrams, type DiagramRequest, type RenderOptions } from '../../src/diagrams/render.js';
import { mermaidConfigForTheme } from '../../src/diagrams/theme.js';
import { figure, unavailable, type FigureResult } from './figures.js';
import { syntheticDiagram } from './synthetic-deck.js';

export interface DiagramRun {
  coldMs: number;
  cachedMs: number;
  rendered: number;
  fromCache: number;
  errors: number;
  launchedBrowserWhenCached: boolean;
}

function renderOptions(cacheDir: string): RenderOptions {
  return {
    mermaidConfig: mermaidConfigForTheme({
      background: '#ffffff',
      text: '#1d2330',
      accent: '#1f5fbf',
      muted: '#6b7383',
      surface: '#f2f5fa',
      fontFamily: '"Source Sans 3", sans-serif',
      dark: false,
    }),
    fontCss: sourceSans3FontCss(),
    cacheDir,
  };
}

/** `count` distinct diagrams (the synthetic decks' own: flowcharts and sequence diagrams). */
export function diagramRequests(count: number, options: RenderOptions): DiagramRequest[] {
  const configKey = renderConfigKey(options);
  return Array.from({ length: count }, (_unused, index) => {
    const code = syntheticDiagram(index * 10 + 5);
    return { key: diagramKey(code, configKey), code, file: 'bench.md', line: index * 10 + 1 };
  });
}

/** One cold render into an empty cache folder, then the same requests again from that cache. */
export async function diagramRun(count: number): Promise<DiagramRun> {
  const options = renderOptions(await mkdtemp(join(tmpdir(), 'briefdeck-bench-diagrams-')));
  try {
    const requests = diagramRequests(count, options);
    const cold = await renderDiagrams(requests, options);
    const cached = await renderDiagrams(requests, options);
    return {
      coldMs: cold.ms,
      cachedMs: cached.ms,
      rendered: cold.rendered,
      fromCache: cached.fromCache,
      errors: [...cold.results.values()].filter((outcome) => 'error' in outcome).length,
      launchedBrowserWhenCached: cached.launchedBrowser,
    };
  } finally {
    await rm(options.cacheDir, { recursive: true, force: true });
  }
}

export async function measureDiagrams(count: number, runs: number, log: (line: string) => void): Promise<FigureResult[]> {
  const results: DiagramRun[] = [];
  const failures: string[] = [];
  for (let i = 0; i < runs; i++) {
    try {
      const run = await diagramRun(count);
      results.push(run);
      log(`    cold ${Math.round(run.coldMs)} ms for ${run.rendered} (errors ${run.errors}); cached ${run.cachedMs.toFixed(1)} ms for ${run.fromCache}`);
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (results.length === 0) {
    const reason = failures[0] ?? 'no run';
    return [unavailable(`diagrams.${count}.cold`, `${count} diagrams, cold`, 'ms', reason), unavailable(`diagrams.${count}.cached`, `${count} diagrams, cached`, 'ms', reason)];
  }
  const errors = Math.max(...results.map((r) => r.errors));
  const note = errors > 0 ? `${errors} diagram(s) failed to render` : undefined;
  return [
    figure(`diagrams.${count}.cold`, `${count} diagrams, cold (browser launch included)`, 'ms', results.map((r) => r.coldMs), note),
    figure(`diagrams.${count}.cached`, `${count} diagrams, from the cache`, 'ms', results.map((r) => r.cachedMs)),
  ];
}
