// PowerPoint export figure: whole-process `briefdeck export pptx` time with the diagram cache warm, and its peak RSS.

import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { figure, unavailable, type FigureResult } from './figures.js';
import { failureReason, runTimed, type RssMethod } from './process.js';

/** One run warms the diagram cache (its pictures use text labels, a render of their own); `runs` more are timed. */
export async function measurePptxExport(kitRoot: string, deckDir: string, outFile: string, runs: number, rss: RssMethod, log: (line: string) => void): Promise<FigureResult[]> {
  const key = 'export.shipped.pptx';
  const label = 'export pptx, diagram cache warm — shipped deck';
  const args = [path.join(kitRoot, 'bin/briefdeck.js'), 'export', 'pptx', deckDir, '--out', outFile];
  const times: number[] = [];
  const rssMb: number[] = [];
  let slides = 0;
  for (let i = 0; i <= runs; i++) {
    await rm(outFile, { force: true });
    const run = await runTimed(process.execPath, args, { cwd: kitRoot, timeoutMs: 120_000 }, rss);
    if (run.exitCode !== 0) {
      log(`    export pptx failed: ${failureReason(run)}`);
      return [unavailable(key, label, 'ms', failureReason(run)), unavailable(`${key}.rss`, 'export pptx peak RSS — shipped deck', 'MB', failureReason(run))];
    }
    const zip = await JSZip.loadAsync(await readFile(outFile));
    slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
    log(`    export pptx ${Math.round(run.ms)} ms${i === 0 ? ' (warming the cache, not counted)' : ''}, ${slides} slides`);
    if (i === 0) continue;
    times.push(run.ms);
    if (run.maxRssMb !== undefined) rssMb.push(run.maxRssMb);
  }
  return [
    figure(key, label, 'ms', times, `${slides} slides`),
    rssMb.length > 0 ? figure(`${key}.rss`, 'export pptx peak RSS — shipped deck', 'MB', rssMb) : unavailable(`${key}.rss`, 'export pptx peak RSS — shipped deck', 'MB', 'not measured'),
  ];
}
