// `node --import tsx src/services/test-support/cli-main.ts <args>`: the CLI from source, for
// tests that need a process of its own (signals, pipes), set up as bin/corroborate.js does.
import { endQuietlyWhenStdoutCloses } from '../../cli/io.js';
import { main } from '../../cli/main.js';

endQuietlyWhenStdoutCloses();
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
