import { CorroborateError } from '../../domain/errors.js';
import { exportClaims, type ExportFormat } from '../../services/export.js';
import { str } from '../args.js';
import type { Command } from '../command.js';
import { DB_OPTION, intOption, withLedger } from '../store-option.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export the claims as JSON, CSV or schema.org ClaimReview; the corrected ledger as gold',
  usage: 'corroborate export --format json|csv|claimreview|gold [--min-statements n] [--db file]',
  options: { ...DB_OPTION, format: { value: true }, 'min-statements': { value: true }, json: {} },
  async run(_p, options, io) {
    const format = (str(options.format) ?? (options.json ? 'json' : undefined)) as ExportFormat | undefined;
    if (!format || !['json', 'csv', 'claimreview', 'gold'].includes(format))
      throw new CorroborateError('usage', '--format must be json, csv, claimreview or gold');
    const min = intOption(options, 'min-statements', { min: 1, fallback: 1 });
    await withLedger(options, (l) => exportClaims(l.store, format, io.out, min), 'existing');
    return 0;
  },
};
