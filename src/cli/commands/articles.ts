import { listArticles } from '../../services/query.js';
import type { Command } from '../command.js';
import { printJson } from '../io.js';
import { DB_OPTION, FILTER_OPTIONS, filterOf, pageOf, withLedger } from '../store-option.js';

export const articlesCommand: Command = {
  name: 'articles',
  summary: 'list the articles in the ledger, newest first',
  usage:
    'corroborate articles [--db file] [--lang xx] [--outlet name] [--from d] [--to d] [--q text] [--limit n] [--offset n] [--json]',
  options: { ...DB_OPTION, ...FILTER_OPTIONS, json: {} },
  async run(_p, options, io) {
    const page = pageOf(options);
    const r = await withLedger(options, (l) => listArticles(l.store, filterOf(options), page), 'existing');
    if (options.json) printJson(io, r);
    else {
      io.out(`${r.total} article(s)\n`);
      for (const a of r.articles)
        io.out(
          `#${a.id}  ${a.published ?? '----------'}  ${a.language}  ${(a.outlet ?? '').padEnd(20)} ${a.statements} st.  ${a.title ?? a.url ?? ''}${a.duplicateOf ? `  (copy of #${a.duplicateOf})` : ''}\n`,
        );
    }
    return 0;
  },
};
