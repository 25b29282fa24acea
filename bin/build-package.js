#!/usr/bin/env node
// Makes what the published package runs: the compiled CLI and Vite plugin (lib/cli/) and the plugin's type declarations (lib/types/).
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli, PACKAGED_CLI } from './compile-cli.js';

const kitRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
await buildCli(PACKAGED_CLI, { replace: true });
const typesDir = path.join(kitRoot, 'lib', 'types');
const tsc = path.join(kitRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const packing = process.env.npm_command === 'pack' || process.env.npm_command === 'publish';
if (existsSync(tsc)) {
  rmSync(typesDir, { recursive: true, force: true });
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(kitRoot, 'tsconfig.package.json')], { stdio: 'inherit' });
    console.log(`briefdeck: built lib/cli and lib/types in ${Math.round(performance.now() - started)} ms`);
  } catch {
    // Only a package needs the declarations: an install of the kit still presents decks without them.
    console.error('briefdeck: the type declarations (lib/types) did not build; see the errors above');
    if (packing) process.exit(1);
  }
} else if (packing) {
  console.error('briefdeck: TypeScript is not installed, so the package would ship without types; run `npm install` (with dev dependencies) first');
  process.exit(1);
} else {
  // An install without dev dependencies presents decks all the same; only a package needs the declarations.
  console.log(`briefdeck: built lib/cli in ${Math.round(performance.now() - started)} ms (no types: TypeScript is not installed)`);
}
