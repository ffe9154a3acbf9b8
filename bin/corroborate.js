#!/usr/bin/env node
// Entry of the `corroborate` command: runs the compiled CLI (built by `npm install` via `prepare`).
import { endQuietlyWhenStdoutCloses } from '../dist/cli/io.js';
import { main } from '../dist/cli/main.js';

endQuietlyWhenStdoutCloses();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`corroborate: internal error: ${err?.message ?? err}\n`);
    process.exitCode = 70;
  },
);
