/**
 * @module The `corroborate` command line: parses arguments, runs one command, maps errors to a
 * one-line message and an exit code. Never exits the process itself.
 */
import { isCorroborateError } from '../domain/errors.js';
import { parseArgs } from './args.js';
import type { Command, CommandEntry } from './command.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { processIO, type CliIO } from './io.js';

/**
 * Every command, in the order `help` lists them. A command's module (and what it imports: the
 * store, the HTTP server, the HTML readers) is loaded only when that command runs, so
 * `corroborate extract` does not pay for `serve`.
 */
export const COMMANDS: CommandEntry[] = [
  {
    name: 'extract',
    summary: 'print the attributed statements, entities, figures and dates of one article',
    load: async () => (await import('./commands/extract.js')).extractCommand,
  },
  {
    name: 'add',
    summary: 'add articles (files, folders, URLs) to the ledger',
    load: async () => (await import('./commands/add.js')).addCommand,
  },
  {
    name: 'articles',
    summary: 'list the articles in the ledger, newest first',
    load: async () => (await import('./commands/articles.js')).articlesCommand,
  },
  {
    name: 'claims',
    summary: 'list the claims in the ledger, most attested first',
    load: async () => (await import('./commands/claims.js')).claimsCommand,
  },
  {
    name: 'claim',
    summary: 'show one claim: its statements for and against, sources and figure timeline',
    load: async () => (await import('./commands/claim.js')).claimCommand,
  },
  {
    name: 'entity',
    summary: 'show an entity (by id or name): what it said and the claims about it',
    load: async () => (await import('./commands/entity.js')).entityCommand,
  },
  {
    name: 'search',
    summary: 'full-text search over articles and statements',
    load: async () => (await import('./commands/search.js')).searchCommand,
  },
  {
    name: 'export',
    summary: 'export the claims as JSON, CSV or schema.org ClaimReview; the corrected ledger as gold',
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
  {
    name: 'reprocess',
    summary: 're-extract the articles an upgraded stage or lexicon would read differently',
    load: async () => (await import('./commands/reprocess.js')).reprocessCommand,
  },
  {
    name: 'correct',
    summary: 'correct a statement (stance, speaker, not a statement) or a claim (move, merge, label); undo',
    load: async () => (await import('./commands/correct.js')).correctCommand,
  },
  {
    name: 'verdict',
    summary: 'give a claim a verdict: rating, note and status (new, review, published)',
    load: async () => (await import('./commands/verdict.js')).verdictCommand,
  },
  {
    name: 'history',
    summary: "a claim's corrections and verdicts, with who, when and why",
    load: async () => (await import('./commands/history.js')).historyCommand,
  },
  {
    name: 'feeds',
    summary: 'add (by URL or from an OPML file), list and remove the feeds `watch` polls',
    load: async () => (await import('./commands/feeds.js')).feedsCommand,
  },
  {
    name: 'watch',
    summary: 'poll feeds on a schedule and add their new articles; alerts for follows',
    load: async () => (await import('./commands/watch.js')).watchCommand,
  },
  {
    name: 'follow',
    summary: 'be told when a claim or an entity gets a new denial, confirmation or figure',
    load: async () => (await import('./commands/follow.js')).followCommand,
  },
  {
    name: 'serve',
    summary: 'serve the HTTP API and the web app (default http://127.0.0.1:8080)',
    load: async () => (await import('./commands/serve.js')).serveCommand,
  },
  {
    name: 'worker',
    summary: 'take queued articles from a PostgreSQL ledger, read and link them (run one per core)',
    load: async () => (await import('./commands/worker.js')).workerCommand,
  },
  {
    name: 'demo',
    summary: 'load the sample articles into a fresh ledger, show the claims and serve the web app',
    load: async () => (await import('./commands/demo.js')).demoCommand,
  },
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
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.err(`corroborate: unknown command "${name}" (try: ${COMMANDS.map((c) => c.name).join(', ')})\n`);
    return EXIT.usage;
  }
  const command: Command = await entry.load();
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
