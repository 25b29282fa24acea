// `briefdeck remix`: selectors resolved to ids and pinned, mistakes reported with a suggestion, nothing overwritten.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { CliIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { readManifest } from '../../src/briefing/manifest.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';

function io(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd: tempDir('remix-cli'), env: {}, out: (l) => stdout.push(l), err: (l) => stderr.push(l), stdout, stderr };
}

describe('briefdeck remix', () => {
  const deck = path.join(FIXTURE_DECKS, 'briefings');

  it('writes a manifest of ids in selector order, with pins and budget', async () => {
    const cli = io();
    const code = await main(['remix', deck, '--select', 'advice, section:skepticism, tag:principal', '--title', 'Quick: brief', '--minutes', '5', '--audience', 'the principal', '--out', 'b/quick.yaml'], cli);
    expect(cli.stderr).toEqual([]);
    expect(code).toBe(0);
    const text = readFileSync(path.join(cli.cwd, 'b/quick.yaml'), 'utf8');
    const read = readManifest(text, 'quick.yaml', 'quick');
    expect(read.diagnostics).toEqual([]);
    expect(read.manifest).toMatchObject({ title: 'Quick: brief', audience: 'the principal', minutes: 5 });
    expect(read.manifest!.entries.map((e) => e.selector)).toEqual([
      { kind: 'id', id: 'advice' },
      { kind: 'id', id: 'doubts' },
      { kind: 'id', id: 'firsts' },
    ]);
    expect(Object.keys(read.manifest!.pins)).toEqual(['advice', 'doubts', 'firsts']);
  });

  it('writes a title, audience or id that looks like a number or a boolean so that any YAML reader reads it as written', async () => {
    const cli = io();
    const code = await main(['remix', deck, '--select', 'advice', '--title', '2e3', '--audience', 'true', '--out', 'b/numbers.yaml'], cli);
    expect(cli.stderr).toEqual([]);
    expect(code).toBe(0);
    const text = readFileSync(path.join(cli.cwd, 'b/numbers.yaml'), 'utf8');
    // Not only the kit's own lenient reading: a plain YAML 1.2 reader gets strings too.
    expect(parseYaml(text)).toMatchObject({ title: '2e3', audience: 'true' });
    const read = readManifest(text, 'numbers.yaml', 'numbers');
    expect(read.diagnostics).toEqual([]);
    expect(read.manifest).toMatchObject({ title: '2e3', audience: 'true' });
  });

  it('reports an unknown id with a suggestion and writes nothing', async () => {
    const cli = io();
    expect(await main(['remix', deck, '--select', 'advise', '--title', 'X', '--out', 'x.yaml'], cli)).toBe(1);
    expect(cli.stderr.join('\n')).toContain('no slide with id "advise" (did you mean "advice"?)');
    expect(existsSync(path.join(cli.cwd, 'x.yaml'))).toBe(false);
  });

  it('refuses to overwrite a manifest without --force', async () => {
    const cli = io();
    const args = ['remix', deck, '--select', 'advice', '--title', 'X', '--out', 'x.yaml'];
    expect(await main(args, cli)).toBe(0);
    expect(await main(args, cli)).toBe(1);
    expect(cli.stderr.join('\n')).toContain('x.yaml exists; pass --force to overwrite it');
    expect(await main([...args, '--force'], cli)).toBe(0);
  });
});
