// The command line sits on top: nothing in src/ outside src/cli/, nor the bench or the scripts, imports from src/cli/.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = path.join(ROOT, 'src', 'cli');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(?:ts|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every relative module a file imports (static, dynamic and `export … from`), as absolute paths. */
function importedPaths(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map((ref) => ref.fileName).filter((name) => name.startsWith('.')).map((name) => path.resolve(path.dirname(file), name));
}

const inCli = (file: string): boolean => !path.relative(CLI, file).startsWith('..');

/** `file:specifier` for each import of src/cli/ from a file outside it. */
function importsOfCli(files: readonly string[]): string[] {
  return files.filter((file) => !inCli(file)).flatMap((file) => importedPaths(file).filter(inCli).map((target) => `${path.relative(ROOT, file)} → ${path.relative(ROOT, target)}`));
}

describe('layering', () => {
  const files = ['src', 'bench', 'scripts'].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

  it('sees static and dynamic imports (src/cli/main.ts loads its commands on demand)', () => {
    const main = importedPaths(path.join(CLI, 'main.ts')).map((target) => path.relative(ROOT, target));
    expect(main).toContain(path.join('src', 'cli', 'commands', 'build.js'));
    expect(main).toContain(path.join('src', 'model', 'diagnostic.js'));
  });

  it('reports a file outside src/cli/ that imports from it, and not src/cli/ importing itself', () => {
    expect(importsOfCli([path.join(CLI, 'main.ts')])).toEqual([]);
    expect(importsOfCli([path.join(ROOT, 'tests', 'cli', 'main.test.ts')])).toContain(`${path.join('tests', 'cli', 'main.test.ts')} → ${path.join('src', 'cli', 'main.js')}`);
  });

  it('keeps src/ outside src/cli/, bench/ and scripts/ free of imports from src/cli/', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(importsOfCli(files)).toEqual([]);
  });
});
