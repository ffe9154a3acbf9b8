/**
 * @module The `corroborate` command line: parses arguments, runs one command, maps errors to a
 * one-line message and an exit code. Never exits the process itself.
 */
import { isCorroborateError } from '../domain/errors.js';
import { parseArgs } from './args.js';
import type { Command } from './command.js';
import { addCommand } from './commands/add.js';
import { articlesCommand } from './commands/articles.js';
import { claimCommand } from './commands/claim.js';
import { claimsCommand } from './commands/claims.js';
import { correctCommand } from './commands/correct.js';
import { demoCommand } from './commands/demo.js';
import { entityCommand } from './commands/entity.js';
import { exportCommand } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { feedsCommand } from './commands/feeds.js';
import { followCommand } from './commands/follow.js';
import { historyCommand } from './commands/history.js';
import { reprocessCommand } from './commands/reprocess.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { verdictCommand } from './commands/verdict.js';
import { watchCommand } from './commands/watch.js';
import { workerCommand } from './commands/worker.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { processIO, type CliIO } from './io.js';

export const COMMANDS: Command[] = [
  extractCommand,
  addCommand,
  articlesCommand,
  claimsCommand,
  claimCommand,
  entityCommand,
  searchCommand,
  exportCommand,
  reprocessCommand,
  correctCommand,
  verdictCommand,
  historyCommand,
  feedsCommand,
  watchCommand,
  followCommand,
  serveCommand,
  workerCommand,
  demoCommand,
];

function help(io: CliIO): void {
  io.out('usage: corroborate <command> [options]\n\ncommands:\n');
  for (const c of COMMANDS) io.out(`  ${c.name.padEnd(10)} ${c.summary}\n`);
  io.out('\nEvery command takes --json. Run `corroborate <command> --help` for its options.\n');
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-V') {
    io.out('corroborate 0.1.0\n');
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`corroborate: unknown command "${name}" (try: ${COMMANDS.map((c) => c.name).join(', ')})\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`usage: ${command.usage}\n${command.summary}\n`);
    return EXIT.ok;
  }
  try {
    const { positionals, options } = parseArgs(rest, command.options);
    return await command.run(positionals, options, io);
  } catch (e) {
    if (isCorroborateError(e)) {
      io.err(`corroborate ${command.name}: ${e.message}\n`);
      return exitCodeFor(e.code);
    }
    io.err(`corroborate ${command.name}: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.CORROBORATE_DEBUG) io.err(`${(e as Error)?.stack}\n`);
    return EXIT.internal;
  }
}
