// `briefdeck generate <article>`: drafts a deck from an article; never overwrites hand-edited slides without --force.

import path from 'node:path';
import { baseName, formatSummary, generate } from '../../article/generate.js';
import { MANIFEST_NAME, type PlannedFile } from '../../article/write-plan.js';
import { planGeneratedDeck, writeGeneratedDeck } from '../../io/generated-deck-folder.js';
import { formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import { readArticleArgument } from '../article-argument.js';
import { UsageError, type CliIO, type Command } from '../command.js';
import { optionsHelp, parseCommandLine, type OptionTable } from '../option-table.js';
import { oneOf } from '../option-validators.js';

const OPTIONS = {
  out: { type: 'string', value: 'DIR', help: 'deck folder to write (default: slides)' },
  format: { type: 'string', value: 'FMT', parse: oneOf(['txt', 'html', 'md'], 'must be txt, html or md'), help: 'article format when the extension does not say: txt, html or md' },
  force: { type: 'boolean', help: 'overwrite hand-edited deck files' },
} satisfies OptionTable;

const HELP = `Usage: briefdeck generate <article> [--out DIR] [--force] [--format txt|html|md]

Drafts a deck from an article (plain text, HTML or Markdown) into DIR (default: slides/):
  01-title.md          headmatter, title slide, bottom line, agenda
  NN-<section>.md      firsts, skepticism, open-questions, recommendations, what-to-watch:
                       bullet slides, every bullet cited ([@p3])
  NN-timeline.md       dated events      NN-actors.md   actors and sequence diagrams
  NN-sources.md        the article and the paragraphs cited
  source/<article>     a copy of the article, so citations resolve
  ${MANIFEST_NAME}  hashes of what was written

Files edited since the last run (or never generated) are not overwritten: the command stops
and lists them. --force overwrites them (other hand-made files are left in place).

Options:
${optionsHelp(OPTIONS)}`;

export const generateCommand: Command = {
  name: 'generate',
  help: HELP,
  async run(args: string[], io: CliIO): Promise<number> {
    const { options: flags, positionals } = parseCommandLine(args, OPTIONS);
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing the article to read' : `expected one article, got ${positionals.length}`);
    const articleArg = positionals[0]!;
    const outDir = path.resolve(io.cwd, flags.out ?? 'slides');
    const relativeOut = path.relative(io.cwd, outDir);
    const shownOut = relativeOut === '' ? '.' : relativeOut.startsWith('..') ? outDir : relativeOut;

    const read = await readArticleArgument(articleArg, io.cwd);
    if (!read.ok) {
      io.err(`briefdeck generate: ${read.message}`);
      return 1;
    }
    const bytes = read.bytes;
    const result = generate(bytes, { fileName: articleArg, ...(flags.format !== undefined ? { format: flags.format } : {}) });
    for (const d of result.diagnostics) (d.severity === 'error' ? io.err : io.out)(formatDiagnostic(d));
    if (hasErrors(result.diagnostics) || !result.summary) {
      io.err(`briefdeck generate: ${articleArg} cannot be turned into a deck; nothing was written`);
      return 1;
    }

    const sourceName = `source/${baseName(articleArg)}`;
    const planned: PlannedFile[] = [...result.files.map((f) => ({ name: f.name, content: f.text })), { name: sourceName, content: bytes }];
    const plan = await planGeneratedDeck(outDir, { files: planned, article: sourceName, force: flags.force === true });
    if (plan.conflicts.length > 0) {
      io.err(`briefdeck generate: ${shownOut} has files the generator did not write or that were edited since:`);
      for (const c of plan.conflicts) io.err(`  ${path.join(shownOut, c.name)} (${c.reason === 'edited' ? 'edited since it was generated' : 'not written by briefdeck generate'})`);
      io.err('  → move them away, choose another --out, or pass --force to overwrite them');
      return 1;
    }
    await writeGeneratedDeck(outDir, plan);

    io.out(`Generated ${result.files.length} files in ${shownOut} from ${articleArg} (${plan.write.length} written, ${plan.remove.length} removed):`);
    for (const line of formatSummary(result.summary)) io.out(line);
    for (const name of plan.kept) io.out(`  note: ${path.join(shownOut, name)} was left in place and is part of the deck`);
    return 0;
  },
};
