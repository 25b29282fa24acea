// The output-path guard every command runs before its work: sources and other inputs, foreign files and folders, and wrong kinds are refused.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BRIEFING_MANIFEST_FILE, DECK_PAGE_FILE, PDF_FILE, PPTX_FILE, type FileFormat } from '../../src/io/output-formats.js';
import { guardOutput, markOutput, OutputPathError, type OutputRequest } from '../../src/io/output-guard.js';
import { protectedFolders } from '../../src/io/protected-folders.js';
import { tempDir } from '../helpers/build.js';

const refusal = (r: OutputRequest): string => {
  try {
    guardOutput(r);
    return 'allowed';
  } catch (error) {
    expect(error).toBeInstanceOf(OutputPathError);
    return (error as Error).message;
  }
};

describe('guardOutput', () => {
  let project: string;
  const request = (target: string, kind: OutputRequest['kind'], extra: Partial<OutputPlaceOptions> = {}): OutputRequest => ({
    target: path.join(project, target),
    ...(kind === 'file' ? { kind, format: extra.format ?? PDF_FILE } : { kind }),
    flag: '--out',
    cwd: project,
    protect: [
      { dir: project, what: 'the project folder', noOutputInside: false },
      { dir: path.join(project, 'slides'), what: 'the deck folder', noOutputInside: true },
    ],
    ...(extra.target !== undefined ? { target: extra.target } : {}),
    ...(extra.force !== undefined ? { force: extra.force } : {}),
  });

  beforeAll(() => {
    project = tempDir('output-guard');
    mkdirSync(path.join(project, 'slides', 'source'), { recursive: true });
    writeFileSync(path.join(project, 'slides', 'deck.md'), '# A\n');
    mkdirSync(path.join(project, 'papers'));
    writeFileSync(path.join(project, 'papers', 'thesis.txt'), 'mine');
    mkdirSync(path.join(project, 'previous'));
    writeFileSync(path.join(project, 'previous', 'index.html'), 'old build');
    markOutput(path.join(project, 'previous'));
    mkdirSync(path.join(project, 'legacy'));
    writeFileSync(path.join(project, 'legacy', 'index.html'), '<html><body><script type="application/json" id="briefdeck-data">{}</script></body></html>');
    mkdirSync(path.join(project, 'empty'));
    writeFileSync(path.join(project, 'notes.txt'), 'a file');
    writeFileSync(path.join(project, 'README.md'), '# My project\n');
    writeFileSync(path.join(project, 'slides.md'), '# Another deck\n');
    mkdirSync(path.join(project, 'out'));
    writeFileSync(path.join(project, 'out', 'deck.pdf'), '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    writeFileSync(path.join(project, 'report'), '%PDF-1.4\n');
    writeFileSync(path.join(project, 'fake.pdf'), 'not a PDF at all');
    writeFileSync(path.join(project, 'out', 'deck.pptx'), Buffer.from('PK\x03\x04rest of a zip', 'latin1'));
    writeFileSync(path.join(project, 'notes.pptx'), 'text');
    writeFileSync(path.join(project, 'deck.html'), '<!doctype html><html><body><script type="application/json" id="briefdeck-data">{}</script></body></html>');
    writeFileSync(path.join(project, 'page.html'), '<!doctype html><html><body><p>My own page</p></body></html>');
    writeFileSync(path.join(project, 'short.yaml'), 'title: Short\n');
    symlinkSync(path.join(project, 'slides'), path.join(project, 'view'));
  });

  it('allows new paths, empty folders and folders briefdeck wrote before', () => {
    expect(refusal(request('dist', 'folder'))).toBe('allowed');
    expect(refusal(request('empty', 'folder'))).toBe('allowed');
    expect(refusal(request('previous', 'folder'))).toBe('allowed');
    expect(refusal(request('legacy', 'folder'))).toBe('allowed');
    expect(refusal(request('deck.pdf', 'file'))).toBe('allowed');
  });

  it('replaces an existing file only when it holds what the command writes, whatever its name', () => {
    expect(refusal(request('out/deck.pdf', 'file'))).toBe('allowed');
    expect(refusal(request('report', 'file'))).toBe('allowed');
    expect(refusal(request('out/deck.pptx', 'file', { format: PPTX_FILE }))).toBe('allowed');
    expect(refusal(request('deck.html', 'file', { format: DECK_PAGE_FILE }))).toBe('allowed');
    for (const [name, format] of [['notes.txt', PDF_FILE], ['README.md', PDF_FILE], ['slides.md', PDF_FILE], ['fake.pdf', PDF_FILE], ['notes.pptx', PPTX_FILE], ['page.html', DECK_PAGE_FILE], ['out/deck.pdf', DECK_PAGE_FILE]] as const) {
      expect(refusal(request(name, 'file', { format }))).toBe(`the output ${name} exists and is not ${format.name}, so writing there would destroy it; pass --force to overwrite it, or choose another file with --out`);
      expect(refusal(request(name, 'file', { format, force: true }))).toBe('allowed');
    }
  });

  it('replaces an existing file of a format never judged by its content only with --force', () => {
    expect(refusal(request('short.yaml', 'file', { format: BRIEFING_MANIFEST_FILE }))).toBe('the output short.yaml exists; pass --force to overwrite it, or choose another file with --out');
    expect(refusal(request('short.yaml', 'file', { format: BRIEFING_MANIFEST_FILE, force: true }))).toBe('allowed');
    expect(refusal(request('new.yaml', 'file', { format: BRIEFING_MANIFEST_FILE }))).toBe('allowed');
  });

  it('refuses the deck, its sources, and anything that would replace the project', () => {
    expect(refusal(request('slides/deck.md', 'file'))).toMatch(/--out slides\/deck\.md is inside the deck folder \(slides\)/);
    expect(refusal(request('slides/source/x.pdf', 'file'))).toMatch(/is inside the deck folder/);
    expect(refusal(request('slides', 'folder'))).toMatch(/would replace the deck folder/);
    expect(refusal(request('.', 'folder'))).toMatch(/would replace the project folder/);
    expect(refusal(request('..', 'folder'))).toMatch(/would replace the project folder/);
  });

  it('refuses the deck reached through a symlinked folder, even with --force', () => {
    expect(refusal(request('view/deck.md', 'file', { force: true }))).toMatch(/--out view\/deck\.md is inside the deck folder \(slides\)/);
    expect(refusal(request('view/new.pdf', 'file'))).toMatch(/is inside the deck folder/);
  });

  it('refuses a folder of other files unless forced', () => {
    expect(refusal(request('papers', 'folder'))).toMatch(/papers holds files briefdeck did not write.*--force/);
    expect(refusal(request('papers', 'folder', { force: true }))).toBe('allowed');
  });

  it('refuses the wrong kind, and paths through a file, before any work', () => {
    expect(refusal(request('papers', 'file'))).toMatch(/the output papers is a folder, not a file/);
    expect(refusal(request('notes.txt', 'folder'))).toMatch(/the output notes\.txt is a file, not a folder/);
    expect(refusal(request('notes.txt/out/deck.pdf', 'file'))).toMatch(/part of its path is a file \(notes\.txt\)/);
  });

  it('refuses a place nothing may be written to before any work, also where the folder is still to be made', () => {
    // No user, not even root, may create files in /proc/self.
    for (const [target, kind] of [['/proc/self/deck.pdf', 'file'], ['/proc/self/dist', 'folder'], ['/proc/self/new/dist', 'folder']] as const) {
      expect(refusal(request(target, kind, { target }))).toMatch(/^cannot write .*proc\/self\/.*: permission denied; write the output to a folder you may write to, with --out$/);
    }
  });
});

/** What a test may set on a request besides its path and kind. */
interface OutputPlaceOptions {
  target: string;
  format: FileFormat;
  force: boolean;
}

describe('protectedFolders', () => {
  let project: string;
  const refusalOf = async (target: string, kind: OutputRequest['kind']): Promise<string> => {
    const protect = await protectedFolders({ cwd: project, deckDir: path.join(project, 'talk', 'slides'), project: { root: project, configFile: path.join(project, 'vite.config.ts'), config: {}, options: { themes: 'my-themes' } } });
    // Forced: inputs are refused whatever the flags say.
    const place = { target: path.join(project, target), flag: '--out', cwd: project, protect, force: true };
    return refusal(kind === 'file' ? { ...place, kind, format: PDF_FILE } : { ...place, kind });
  };

  beforeAll(() => {
    project = tempDir('protected-inputs');
    const deck = path.join(project, 'talk', 'slides');
    mkdirSync(path.join(deck, 'briefings'), { recursive: true });
    writeFileSync(path.join(deck, 'deck.md'), '---\ntitle: Talk\narticle: ../../article.html\n---\n\n# A\n');
    writeFileSync(path.join(deck, 'briefings', 'short.yaml'), 'title: Short\nslides:\n  - file: ../../../extra/more.md\n  - deck: ../../../other\n    id: intro\n');
    writeFileSync(path.join(project, 'article.html'), '<!doctype html><p>The article.</p>');
    mkdirSync(path.join(project, 'extra'));
    writeFileSync(path.join(project, 'extra', 'more.md'), '# More\n');
    mkdirSync(path.join(project, 'other'));
    writeFileSync(path.join(project, 'other', 'deck.md'), '# Intro\n');
    writeFileSync(path.join(project, 'vite.config.ts'), 'export default {};\n');
    mkdirSync(path.join(project, 'public'));
    writeFileSync(path.join(project, 'public', 'logo.svg'), '<svg/>');
    mkdirSync(path.join(project, 'my-themes'));
  });

  it('protects the source article outside the deck folder, and every file and deck the briefings bring in', async () => {
    expect(await refusalOf('article.html', 'file')).toMatch(/^--out article\.html would overwrite the deck’s source article \(article\.html\)/);
    expect(await refusalOf('extra/more.md', 'file')).toMatch(/would overwrite a slides file a briefing brings in \(extra\/more\.md\)/);
    expect(await refusalOf('extra', 'folder')).toMatch(/^--out extra would replace a slides file a briefing brings in/);
    expect(await refusalOf('other', 'folder')).toMatch(/would replace a deck a briefing brings in \(other\)/);
  });

  it('protects the project’s config and the folders its build reads', async () => {
    expect(await refusalOf('vite.config.ts', 'file')).toMatch(/would overwrite the project’s Vite config \(vite\.config\.ts\)/);
    expect(await refusalOf('public', 'folder')).toMatch(/would replace a folder the build reads \(public\)/);
    expect(await refusalOf('my-themes', 'folder')).toMatch(/would replace a folder the build reads \(my-themes\)/);
  });

  it('leaves other places alone', async () => {
    expect(await refusalOf('out/talk.pdf', 'file')).toBe('allowed');
    expect(await refusalOf('public/talk.pdf', 'file')).toBe('allowed');
    expect(await refusalOf('dist', 'folder')).toBe('allowed');
  });
});
