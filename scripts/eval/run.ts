// `npm run eval [-- --json] [-- --verbose]`: scores the generator on the evaluation corpus and the home article.

import { evaluate } from './evaluate.js';
import { formatEvaluation } from './report.js';
import { KIT_ROOT } from '../../src/vite/options.js';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--json' && a !== '--verbose');
if (unknown.length > 0) {
  console.error(`unknown option ${unknown[0]}\n  → use --json (machine-readable result) or --verbose (every check and every home-bullet pair)`);
  process.exit(2);
}
const result = await evaluate({ root: KIT_ROOT });
if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
else console.log(formatEvaluation(result, args.includes('--verbose')).join('\n'));
