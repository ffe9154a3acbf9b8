import type { Correction } from '../../domain/correction.js';
import { corrections } from '../../services/corrections.js';
import type { Command } from '../command.js';
import { printJson } from '../io.js';
import { DB_OPTION, withLedger } from '../store-option.js';
import { idArg } from './correct-args.js';

const what = (c: Correction) => {
  const v = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x));
  const on = c.statement ? ` statement ${c.statement.article} ${c.statement.start}-${c.statement.end}` : '';
  if (c.field === 'undo') return `undo of correction ${c.undoes}`;
  return `${c.field}${on}: ${v(c.oldValue)} -> ${v(c.newValue)}`;
};

/** `corroborate history <claimId>`: every correction and verdict that touched a claim, oldest first. */
export const historyCommand: Command = {
  name: 'history',
  summary: "a claim's corrections and verdicts, with who, when and why",
  usage: 'corroborate history <claimId> [--db file] [--json]',
  options: { ...DB_OPTION, json: {} },
  async run(positionals, options, io) {
    const id = idArg(positionals[0], 'history');
    const list = await withLedger(options, (l) => corrections(l.store).forClaim(id));
    if (options.json) {
      printJson(io, { schemaVersion: 1, claimId: id, history: list });
      return 0;
    }
    if (!list.length) io.out(`claim ${id}: no corrections\n`);
    for (const c of list)
      io.out(
        `#${c.id} ${c.at} ${c.by} ${what(c)}${c.reason ? ` (${c.reason})` : ''}${c.undoneBy ? ` [undone by #${c.undoneBy}]` : ''}${c.orphaned ? ' [orphaned]' : ''}\n`,
      );
    return 0;
  },
};
