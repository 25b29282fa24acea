// The kit writes YAML in one place: no module but src/parse/yaml-write.ts takes the `yaml` library's writers.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WRITER = path.join('src', 'parse', 'yaml-write.ts');
/** What the library writes YAML with: the function, and a document made to be turned into text. */
const WRITERS = new Set(['stringify', 'Document']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(?:ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** `name` for each writer a module imports from `yaml` (a namespace or default import counts as all of them). */
function yamlWritersImported(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  return source.statements.flatMap((statement) => {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== 'yaml') return [];
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) return [];
    if (clause.name) return ['default'];
    const bindings = clause.namedBindings;
    if (!bindings) return [];
    if (ts.isNamespaceImport(bindings)) return ['*'];
    return bindings.elements.filter((element) => !element.isTypeOnly && WRITERS.has((element.propertyName ?? element.name).text)).map((element) => (element.propertyName ?? element.name).text);
  });
}

describe('one YAML writer', () => {
  it('sees named, renamed, namespace and default imports of the writers, not the readers', () => {
    expect(yamlWritersImported('a.ts', "import { stringify as s, parse } from 'yaml';")).toEqual(['stringify']);
    expect(yamlWritersImported('a.ts', "import * as YAML from 'yaml';")).toEqual(['*']);
    expect(yamlWritersImported('a.ts', "import YAML from 'yaml';")).toEqual(['default']);
    expect(yamlWritersImported('a.ts', "import { parseDocument, type Document } from 'yaml';")).toEqual([]);
  });

  it('leaves writing YAML to src/parse/yaml-write.ts alone', () => {
    const files = sourceFiles(path.join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(100);
    const writers = files.filter((file) => path.relative(ROOT, file) !== WRITER).flatMap((file) => yamlWritersImported(file).map((name) => `${path.relative(ROOT, file)}: ${name}`));
    expect(writers).toEqual([]);
  });
});
