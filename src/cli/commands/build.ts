// `briefdeck build [DIR] [--out DIR] [--base /path/]`: a static deck that presents offline.

import path from 'node:path';
import { deckNameOf } from '../../io/load-deck.js';
import { exitCleanlyOnInterrupt } from '../../io/interrupt.js';
import { buildDeck, preloadBuild } from '../../site/build-deck.js';
import { buildSingleFile } from '../../site/build-single-file.js';
import { defaultOutDir, loadProject } from '../../site/vite-config.js';
import { UsageError, type Command } from '../command.js';
import { DECK_HELP } from '../deck-help.js';
import { projectDeck } from '../deck-dir.js';
import { optionsHelp, parseCommandLine, type OptionTable } from '../option-table.js';

const OPTIONS = {
  out: { type: 'string', value: 'DIR', help: 'output folder (default: build.outDir of ./vite.config.ts, else ./dist); with\n--single-file the file (default: ./<deck name>.html)' },
  base: { type: 'string', value: '/path/', help: 'public path when the deck is hosted under a sub-path (default: ./, works anywhere)' },
  force: { type: 'boolean', help: 'replace an output folder that holds files briefdeck did not write, or with\n--single-file a file that is not a deck page briefdeck built' },
  'single-file': { type: 'boolean', help: 'one .html with script, styles, fonts, diagrams and the source article inlined: it\npresents from file:// with no server, the deck you can attach to an email\n(briefings are not included)' },
} satisfies OptionTable;

export const buildCommand: Command = {
  name: 'build',
  help: `Usage: briefdeck build [DIR] [--out DIR] [--base /path/] [--force]
       briefdeck build [DIR] --single-file [--out FILE.html]

Builds a deck into a static site, or into one self-contained HTML file.
${DECK_HELP}
Files in public/ (beside vite.config.ts, else in the working folder) are copied into the build.
The site has a page per briefing and the source page source/ (the article the slides cite, one
anchor per paragraph, next to the article file itself) that every citation links to.

Options:
${optionsHelp(OPTIONS)}`,
  async run(args, io) {
    const { options: flags, positionals } = parseCommandLine(args, OPTIONS);
    const started = performance.now();
    preloadBuild();
    const project = await loadProject(io.cwd, 'build');
    const deck = projectDeck(project, positionals, io.cwd);
    if (deck.note) io.out(`note: ${deck.note}`);
    const deckDir = deck.path;
    if (flags['single-file']) {
      if (flags.base) throw new UsageError('--base does not apply to --single-file');
      const outFile = flags.out ?? `${deckNameOf(deckDir)}.html`;
      const written = await exitCleanlyOnInterrupt('build', io.err, () => buildSingleFile({ cwd: io.cwd, outFile, project, deckDir, ...(flags.force ? { force: true } : {}) }));
      io.out(`Built ${path.relative(io.cwd, written) || written} in ${Math.round(performance.now() - started)} ms`);
      return 0;
    }
    const outDir = flags.out ?? defaultOutDir(project);
    await exitCleanlyOnInterrupt('build', io.err, () => buildDeck({ cwd: io.cwd, outDir, project, deckDir, ...(flags.base ? { base: flags.base } : {}), ...(flags.force ? { force: true } : {}) }));
    io.out(`Built ${path.relative(io.cwd, path.resolve(io.cwd, outDir)) || outDir}/ in ${Math.round(performance.now() - started)} ms`);
    return 0;
  },
};
