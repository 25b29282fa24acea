// Measure build-time diagram rendering on its own: 20 diagrams cold (browser launch included), then warm from the cache.
// The same measurement is part of `npm run bench` (bench/run.ts); this entry runs just this one.

import { diagramRun } from './lib/diagrams.js';

const run = await diagramRun(20);
console.log(`cold: ${run.coldMs.toFixed(0)} ms for ${run.rendered} diagrams (browser launched: true, errors: ${run.errors})`);
console.log(`warm: ${run.cachedMs.toFixed(1)} ms for ${run.fromCache} cached diagrams (browser launched: ${run.launchedBrowserWhenCached})`);
