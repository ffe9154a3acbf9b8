import { CorroborateError } from '../../domain/errors.js';
import { entityDetail } from '../../services/query.js';
import type { Command } from '../command.js';
import { printJson } from '../io.js';
import { DB_OPTION, withLedger } from '../store-option.js';

export const entityCommand: Command = {
  name: 'entity',
  summary: 'show an entity (by id or name): what it said and the claims about it',
  usage: 'corroborate entity <id|name> [--db file] [--json]',
  options: { ...DB_OPTION, json: {} },
  async run(positionals, options, io) {
    const key = positionals.join(' ').trim();
    if (!key)
      throw new CorroborateError(
        'usage',
        'entity wants an id such as country:KP or a name such as "Korea Utara"',
      );
    const r = await withLedger(options, (l) => entityDetail(l.store, key), 'existing');
    if (options.json) {
      printJson(io, { schemaVersion: 1, ...r });
      return 0;
    }
    io.out(
      `${r.entity.name} (${r.entity.type}, ${r.entity.id})${r.entity.country ? ` — ${r.entity.country}` : ''}\n`,
    );
    if (r.entity.aliases.length) io.out(`  also: ${r.entity.aliases.slice(0, 12).join(', ')}\n`);
    io.out(`\n${r.statements.length} statement(s) by it or its people:\n`);
    for (const s of r.statements.slice(0, 30))
      io.out(`  [${s.stance}] ${s.speaker.name}: ${s.content.replace(/\s+/g, ' ').slice(0, 120)}\n`);
    io.out(`\n${r.claims.length} claim(s) about it:\n`);
    for (const c of r.claims.slice(0, 30)) io.out(`  #${c.id} ${c.label} (${c.statements} statements)\n`);
    return 0;
  },
};
