// `node --import tsx src/services/test-support/cli-main.ts <args>`: the CLI from source, for
// tests that need a process of its own (signals).
import { main } from '../../cli/main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
