// `briefdeck new <dir> [--from ARTICLE] [--theme NAME] [--title TEXT]`: starts a deck in a new (or empty) folder.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { baseName, formatSummary, generate } from '../../article/generate.js';
import { MANIFEST_NAME, planWrite } from '../../article/write-plan.js';
import { writeFileAtomic } from '../../export/atomic-write.js';
import { withHeadmatterTheme } from '../../io/themed-deck.js';
import { formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import { parseDeck } from '../../parse/parse-deck.js';
import { gitignoreFor, starterDeckFiles, summaryBriefing, titleFromFolderName, type ScaffoldFile } from '../../scaffold/new-deck.js';
import { listThemes } from '../../io/list-themes.js';
import { KIT_ROOT } from '../../io/kit-root.js';
import { UsageError, type CliIO, type Command } from '../command.js';
import { readArticleArgument } from '../article-argument.js';
import { optionsHelp, parseCommandLine, type OptionTable } from '../option-table.js';

const OPTIONS = {
  from: { type: 'string', value: 'ARTICLE', help: 'draft the deck from an article (.txt, .html or .md)' },
  format: { type: 'string', value: 'FMT', help: 'with --from: the article\'s format when the extension does not say (txt, html, md)' },
  theme: { type: 'string', value: 'NAME', help: 'briefing (default), dark, or one of reveal.js\'s themes (black, white, league, beige, night,\nserif, simple, solarized, moon, dracula, sky, blood)' },
  title: { type: 'string', value: 'TEXT', help: 'the deck\'s title (default: from DIR\'s name); with --from the article\'s title is used' },
} satisfies OptionTable;

const HELP = `Usage: briefdeck new <DIR> [--from ARTICLE] [--theme NAME] [--title TEXT]

Starts a deck in DIR, a new or empty folder (a folder with anything in it is refused):
  01-title.md            headmatter (title, author, date, theme) and the title slide
  02-overview.md         a sample section: a divider, bullets that build, a diagram
  briefings/summary.yaml a shorter variant of the deck, built as briefings/summary/
  .gitignore             what build and export write when run inside DIR
With --from, the slides are drafted from the article instead (as \`briefdeck generate\` does),
with a copy of it in DIR/source/ so citations resolve.

Options:
${optionsHelp(OPTIONS)}

Then: \`briefdeck dev DIR\` presents it, \`briefdeck build DIR\` and \`briefdeck export pdf DIR\` publish it.`;

export const newCommand: Command = {
  name: 'new',
  help: HELP,
  async run(args: string[], io: CliIO): Promise<number> {
    const { options: flags, positionals } = parseCommandLine(args, OPTIONS);
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'say where the deck goes, e.g. `briefdeck new slides`' : `expected one folder, got ${positionals.join(' ')}`);
    if (flags.format !== undefined && flags.from === undefined) throw new UsageError('--format applies to --from ARTICLE');
    if (flags.title !== undefined && flags.from !== undefined) throw new UsageError('--title does not combine with --from: the draft takes the article\'s title (edit 01-title.md after)');
    const dir = path.resolve(io.cwd, positionals[0]!);
    const shown = path.relative(io.cwd, dir) || '.';
    const themes = listThemes(path.join(KIT_ROOT, 'themes'));
    const theme = flags.theme ?? 'briefing';
    if (!themes.includes(theme)) throw new UsageError(`unknown theme "${theme}"; the themes are ${themes.join(', ')}`);
    await refuseNonEmpty(dir, shown);

    const drafted = flags.from === undefined ? starter(flags.title ?? titleFromFolderName(path.basename(dir)), theme) : await fromArticle(flags.from, flags.format, theme, io);
    if (!drafted) return 1;
    const parsed = parseDeck(drafted.slides.map((f) => ({ file: f.name, text: f.text })), { themes });
    if (hasErrors(parsed.diagnostics)) {
      for (const d of parsed.diagnostics) io.err(formatDiagnostic(d));
      throw new Error('the new deck does not parse; nothing was written');
    }
    const files: ScaffoldFile[] = [...drafted.slides, summaryBriefing(parsed.slides, parsed.meta.title || 'The deck'), gitignoreFor(path.basename(dir))];
    for (const file of files) await writeFileAtomic(path.join(dir, file.name), Buffer.from(file.text, 'utf8'));
    for (const extra of drafted.extra) await writeFileAtomic(path.join(dir, extra.name), extra.content);

    io.out(`Started ${shown}/: ${parsed.slides.length} slides in ${drafted.slides.length} files, a briefing and a .gitignore`);
    for (const line of drafted.summary) io.out(line);
    io.out(`  present it:  briefdeck dev ${shown}`);
    io.out(`  publish it:  briefdeck build ${shown} · briefdeck export pdf ${shown}`);
    return 0;
  },
};

interface Drafted {
  slides: ScaffoldFile[];
  /** Other files (the article's copy, the generator's record of what it wrote). */
  extra: { name: string; content: Uint8Array }[];
  summary: string[];
}

function starter(title: string, theme: string): Drafted {
  const date = new Date().toISOString().slice(0, 10);
  return { slides: starterDeckFiles({ title, theme, date }), extra: [], summary: [] };
}

/** The generator's draft, in the theme asked for; undefined (after printing why) when the article cannot become a deck. */
async function fromArticle(article: string, format: string | undefined, theme: string, io: CliIO): Promise<Drafted | undefined> {
  const read = await readArticleArgument(article, io.cwd);
  if (!read.ok) {
    io.err(`briefdeck new: ${read.message}; nothing was written`);
    return undefined;
  }
  const { bytes } = read;
  const result = generate(bytes, { fileName: article, ...(format !== undefined ? { format } : {}) });
  for (const d of result.diagnostics) (d.severity === 'error' ? io.err : io.out)(formatDiagnostic(d));
  if (hasErrors(result.diagnostics) || !result.summary) {
    io.err(`briefdeck new: ${article} cannot be turned into a deck; nothing was written`);
    return undefined;
  }
  const slides = result.files.map((f, index) => ({ name: f.name, text: index === 0 ? withHeadmatterTheme(f.text, theme) : f.text }));
  const sourceName = `source/${baseName(article)}`;
  const plan = planWrite({ existing: new Map(), files: [...slides.map((f) => ({ name: f.name, content: f.text })), { name: sourceName, content: bytes }], article: sourceName, force: false });
  return {
    slides,
    extra: [{ name: sourceName, content: bytes }, { name: MANIFEST_NAME, content: Buffer.from(`${JSON.stringify(plan.manifest, null, 2)}\n`, 'utf8') }],
    summary: [`Drafted from ${article}:`, ...formatSummary(result.summary)],
  };
}

async function refuseNonEmpty(dir: string, shown: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new UsageError(`${shown} is a file; choose a new folder for the deck`);
    throw error;
  }
  if (entries.length > 0) throw new UsageError(`${shown}/ is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}); choose a new or empty folder, so nothing of yours is overwritten`);
}
