import { corrections } from '../../services/corrections.js';
import type { Command } from '../command.js';
import { printJson } from '../io.js';
import { DB_OPTION, withLedger } from '../store-option.js';

export const reprocessCommand: Command = {
  name: 'reprocess',
  summary: 're-extract the articles an upgraded stage or lexicon would read differently',
  usage: 'corroborate reprocess [--all] [--db file] [--json]',
  options: { ...DB_OPTION, json: {}, all: {} },
  async run(_p, options, io) {
    const r = await withLedger(
      options,
      async (l) => {
        // --all: re-read every article, not only those an older pipeline read
        if (options.all) await corrections(l.store).markStale();
        return l.reprocess((n) => {
          if (io.tty && n % 10 === 0) io.err(`\rreprocessed ${n}`);
        });
      },
      'existing',
    );
    if (options.json) printJson(io, { schemaVersion: 1, ...r });
    else io.out(`${io.tty ? '\n' : ''}reprocessed ${r.reprocessed} article(s)\n`);
    return 0;
  },
};
