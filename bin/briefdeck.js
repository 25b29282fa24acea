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
// The command is over: nothing it started may hold the prompt (a browser that never started is otherwise waited on for
// another 30 s while Playwright tries to close it gracefully; its exit handler kills what it launched).
setTimeout(() => process.exit(), 500).unref();
