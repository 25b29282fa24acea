#!/usr/bin/env node
// The briefdeck command: runs the CLI compiled from src/ (rebuilt automatically when a source file changes).
import { compiledCli } from './compile-cli.js';

const { main } = await import(await compiledCli());
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
});
