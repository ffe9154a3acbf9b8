import { CorroborateError } from '../../domain/errors.js';
import { correctedClaim } from '../../services/corrections.js';
import type { Command } from '../command.js';
import { printJson } from '../io.js';
import { DB_OPTION, withLedger } from '../store-option.js';
import { printClaim } from './claims.js';

export const claimCommand: Command = {
  name: 'claim',
  summary: 'show one claim: its statements for and against, sources and figure timeline',
  usage: 'corroborate claim <id> [--db file] [--json]',
  options: { ...DB_OPTION, json: {} },
  async run(positionals, options, io) {
    const id = Number(positionals[0]);
    if (!Number.isInteger(id) || id < 1)
      throw new CorroborateError('usage', 'claim wants a claim id (a number from `corroborate claims`)');
    const { claim } = await withLedger(options, (l) => correctedClaim(l.store, id), 'existing');
    if (options.json) {
      printJson(io, { schemaVersion: 1, claim });
      return 0;
    }
    printClaim(io, { ...claim, statements: claim.statements.length });
    if (claim.verdict)
      io.out(
        `  verdict: ${claim.verdict.rating} (${claim.verdict.status}) by ${claim.verdict.by}${claim.verdict.note ? ` — ${claim.verdict.note}` : ''}\n`,
      );
    io.out('\n');
    for (const s of claim.statements) {
      const via = s.citedSource ? ` via ${s.citedSource.name}` : '';
      io.out(
        `  [${s.stance}]${s.corrected ? ' [corrected]' : ''} ${s.speaker.name}${s.speaker.role ? ` (${s.speaker.role})` : ''}${via} — ${s.outlet ?? 'article'} ${s.saidOn ?? ''} #${s.articleId}\n      ${s.direct ? '“' : ''}${s.content.replace(/\s+/g, ' ').slice(0, 160)}${s.direct ? '”' : ''}\n`,
      );
    }
    return 0;
  },
};
