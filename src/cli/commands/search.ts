import { searchAll } from '../../services/query.js';
import type { Command } from '../command.js';
import { printJson } from '../io.js';
import { DB_OPTION, intOption, withLedger } from '../store-option.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search over articles and statements',
  usage: 'corroborate search <words...> [--db file] [--limit n] [--json]',
  options: { ...DB_OPTION, json: {}, limit: { value: true } },
  async run(positionals, options, io) {
    const limit = intOption(options, 'limit', { min: 1, max: 200, fallback: 20 });
    const r = await withLedger(options, (l) => searchAll(l.store, positionals.join(' '), limit), 'existing');
    if (options.json) {
      printJson(io, { schemaVersion: 1, ...r });
      return 0;
    }
    io.out(`articles (${r.articles.length}):\n`);
    for (const a of r.articles) io.out(`  #${a.id} ${a.title ?? ''}\n      ${a.snippet}\n`);
    io.out(`statements (${r.statements.length}):\n`);
    for (const s of r.statements) io.out(`  #${s.articleId} ${s.speaker}: ${s.snippet}\n`);
    io.out(`claims (${r.claims.length}):\n`);
    for (const c of r.claims) io.out(`  #${c.id} ${c.label}\n`);
    return 0;
  },
};
