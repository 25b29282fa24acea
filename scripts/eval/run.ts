// `npm run eval [-- --json] [-- --verbose] [-- --curation] [-- --article SLUG …]`: scores the generator on the corpus and the home article.

import { evaluate } from './evaluate.js';
import { formatEvaluation } from './report.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';

const USAGE = 'use --json (machine-readable result), --verbose (every check and every home-bullet pair), --curation (the shipped deck against the generated draft: kept, edited, added, removed) or --article SLUG (one corpus article; repeatable)';
const args = process.argv.slice(2);
const only: string[] = [];
let json = false;
let verbose = false;
let curation = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--json') json = true;
  else if (arg === '--verbose') verbose = true;
  else if (arg === '--curation') curation = true;
  else if (arg === '--article' && args[i + 1] !== undefined && !args[i + 1]!.startsWith('--')) only.push(args[++i]!);
  else {
    console.error(`${arg === '--article' ? '--article needs a corpus folder name' : `unknown option ${arg}`}\n  → ${USAGE}`);
    process.exit(2);
  }
}
const result = await evaluate({ root: KIT_ROOT, curation, ...(only.length > 0 ? { only } : {}) });
if (json) console.log(JSON.stringify(result, null, 2));
else console.log(formatEvaluation(result, verbose).join('\n'));
