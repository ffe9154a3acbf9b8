import { VERDICT_STATUSES, type Verdict } from '../../domain/correction.js';
import { CorroborateError } from '../../domain/errors.js';
import { giveVerdict } from '../../services/corrections.js';
import { ratingScale } from '../../services/ratings.js';
import { str } from '../args.js';
import type { Command } from '../command.js';
import { printJson } from '../io.js';
import { DB_OPTION, withLedger } from '../store-option.js';
import { idArg, WHO_OPTIONS, whoOf } from './correct-args.js';

/** `corroborate verdict <claimId> --rating R`: the desk's verdict on a claim, logged like a correction. */
export const verdictCommand: Command = {
  name: 'verdict',
  summary: 'give a claim a verdict: rating, note and status (new, review, published)',
  usage:
    'corroborate verdict <claimId> --rating RATING [--note TEXT] [--status new|review|published] [--by NAME] [--db file] [--json]\n' +
    '  ratings: true, mostly true, mixed, mostly false, false, unproven, or a desk\'s own scale ("ratings" in corroborate.config.json, or the file CORROBORATE_CONFIG names)',
  options: {
    ...DB_OPTION,
    ...WHO_OPTIONS,
    json: {},
    rating: { value: true },
    note: { value: true },
    status: { value: true },
  },
  async run(positionals, options, io) {
    const id = idArg(positionals[0], 'verdict');
    const rating = str(options.rating);
    if (!rating) throw new CorroborateError('usage', `verdict wants --rating (${ratingScale().join(', ')})`);
    const status = str(options.status) ?? 'new';
    if (!(VERDICT_STATUSES as readonly string[]).includes(status))
      throw new CorroborateError('usage', `--status must be one of: ${VERDICT_STATUSES.join(', ')}`);
    const c = await withLedger(options, (l) =>
      giveVerdict(
        l.store,
        id,
        { rating, note: str(options.note) ?? null, status: status as Verdict['status'] },
        whoOf(options),
      ),
    );
    const v = c.newValue as Verdict;
    if (options.json) printJson(io, { schemaVersion: 1, correction: c, verdict: v });
    else io.out(`claim ${id}: ${v.rating} (${v.status}) by ${v.by}\n`);
    return 0;
  },
};
