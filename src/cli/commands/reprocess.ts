import type { Command } from '../command.js';
import { printJson } from '../io.js';
import { DB_OPTION, withLedger } from '../store-option.js';

export const reprocessCommand: Command = {
  name: 'reprocess',
  summary: 're-extract the articles an upgraded stage or lexicon would read differently',
  usage: 'corroborate reprocess [--db file] [--json]',
  options: { ...DB_OPTION, json: {} },
  async run(_p, options, io) {
    const r = await withLedger(
      options,
      (l) =>
        l.reprocess((n) => {
          if (io.tty && n % 10 === 0) io.err(`\rreprocessed ${n}`);
        }),
      'existing',
    );
    if (options.json) printJson(io, { schemaVersion: 1, ...r });
    else io.out(`${io.tty ? '\n' : ''}reprocessed ${r.reprocessed} article(s)\n`);
    return 0;
  },
};
