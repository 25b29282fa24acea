#!/usr/bin/env node
// Makes what the published package runs: the compiled CLI and Vite plugin (dist/cli/) and the plugin's type declarations (dist/types/).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli, PACKAGED_CLI } from './compile-cli.js';

const kitRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
await buildCli(PACKAGED_CLI, { replace: true });
const typesDir = path.join(kitRoot, 'dist', 'types');
rmSync(typesDir, { recursive: true, force: true });
execFileSync(process.execPath, [path.join(kitRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(kitRoot, 'tsconfig.package.json')], { stdio: 'inherit' });
console.log(`briefdeck: built dist/cli and dist/types in ${Math.round(performance.now() - started)} ms`);
