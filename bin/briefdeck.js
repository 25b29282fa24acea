#!/usr/bin/env node
// The briefdeck command: runs the CLI compiled when the package was packed, or in a clone of the kit the one compiled from src/ (rebuilt when a source changes).
import { compiledCli } from './compile-cli.js';

const { main } = await import(await compiledCli());
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
});
