import { listClaims, type ClaimSummary } from '../../services/query.js';
import type { Command } from '../command.js';
import { printJson, type CliIO } from '../io.js';
import { DB_OPTION, FILTER_OPTIONS, filterOf, pageOf, withLedger } from '../store-option.js';

const fmtFigure = (f: ClaimSummary['figures'][number]) =>
  `${f.qualifier === 'exact' ? '' : `${f.qualifier.replace(/_/g, ' ')} `}${f.value.toLocaleString('en')}${f.max ? `-${f.max.toLocaleString('en')}` : ''}${f.planned ? ' planned' : ''}`;

export function printClaim(io: CliIO, c: ClaimSummary): void {
  const s = c.stances;
  io.out(`#${c.id}  ${c.label}\n`);
  io.out(
    `     ${c.statements} statements in ${c.articles} articles (${c.languages.join(', ')}), ${c.independentSources} independent; assert ${s.assert}, deny ${s.deny}, hedge ${s.hedge}, conditional ${s.conditional}${s.question ? `, question ${s.question}` : ''}\n`,
  );
  if (c.affiliations.length)
    io.out(`     affiliations: ${c.affiliations.map((a) => `${a.name} (${a.statements})`).join(', ')}\n`);
  if (c.figures.length)
    io.out(
      `     figures: ${c.figures.map((f) => `${fmtFigure(f)} (${f.speaker}, ${f.date ?? '?'})`).join(' -> ')}\n`,
    );
}

export const claimsCommand: Command = {
  name: 'claims',
  summary: 'list the claims in the ledger, most attested first',
  usage:
    'corroborate claims [--db file] [--lang xx] [--entity id] [--outlet name] [--stance s] [--from d] [--to d] [--q text] [--limit n] [--offset n] [--all] [--json]',
  options: { ...DB_OPTION, ...FILTER_OPTIONS, json: {}, all: {} },
  async run(_p, options, io) {
    const page = pageOf(options);
    const r = await withLedger(options, (l) => listClaims(l.store, filterOf(options), page), 'existing');
    if (options.json) {
      printJson(io, r);
      return 0;
    }
    // single-statement claims are noise in a terminal list unless asked for
    const shown = options.all ? r.claims : r.claims.filter((c) => c.statements > 1);
    io.out(
      `${r.total} claim(s)${shown.length < r.claims.length ? `; showing the ${shown.length} with more than one statement (--all for every one)` : ''}\n\n`,
    );
    for (const c of shown) printClaim(io, c);
    return 0;
  },
};
