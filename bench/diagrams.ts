// Measure build-time diagram rendering: 20 diagrams cold (browser launch included), then warm from the cache.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceSans3FontCss } from '../src/diagrams/assets.js';
import { diagramKey } from '../src/diagrams/id.js';
import { renderConfigKey, renderDiagrams, type DiagramRequest, type RenderOptions } from '../src/diagrams/render.js';
import { mermaidConfigForTheme } from '../src/diagrams/theme.js';

function flowchart(n: number): string {
  return [
    'flowchart LR',
    `  accTitle: Decision path ${n}`,
    `  accDescr: From a question to one of two outcomes, variant ${n}.`,
    `  A[Question ${n}] --> B{Evidence?}`,
    '  B -->|strong| C[Act now]',
    '  B -->|weak| D[Gather more]',
    '  D --> B',
  ].join('\n');
}

function sequence(n: number): string {
  return [
    'sequenceDiagram',
    `  accTitle: Briefing exchange ${n}`,
    `  accDescr: Analyst and minister exchange a briefing, variant ${n}.`,
    '  participant A as Analyst',
    '  participant M as Minister',
    `  A->>M: Brief ${n}`,
    '  Note right of M: weighs options',
    '  M-->>A: Questions',
    '  A->>M: Answers',
  ].join('\n');
}

const options: RenderOptions = {
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
  cacheDir: await mkdtemp(join(tmpdir(), 'briefdeck-bench-')),
};

const configKey = renderConfigKey(options);
const requests: DiagramRequest[] = Array.from({ length: 20 }, (_unused, index) => {
  const code = index % 2 === 0 ? flowchart(index) : sequence(index);
  return { key: diagramKey(code, configKey), code, file: 'bench.md', line: index * 10 + 1 };
});

try {
  const cold = await renderDiagrams(requests, options);
  const warm = await renderDiagrams(requests, options);
  const errors = [...cold.results.values()].filter((outcome) => 'error' in outcome).length;
  console.log(`cold: ${cold.ms.toFixed(0)} ms for ${cold.rendered} diagrams (browser launched: ${cold.launchedBrowser}, errors: ${errors})`);
  console.log(`warm: ${warm.ms.toFixed(1)} ms for ${warm.fromCache} cached diagrams (browser launched: ${warm.launchedBrowser})`);
} finally {
  await rm(options.cacheDir, { recursive: true, force: true });
}
