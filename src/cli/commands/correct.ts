import { CorroborateError } from '../../domain/errors.js';
import { correctStatement, corrections, undoCorrection } from '../../services/corrections.js';
import { str } from '../args.js';
import type { Command } from '../command.js';
import { printJson, type CliIO } from '../io.js';
import { DB_OPTION, withLedger } from '../store-option.js';
import { idArg, WHO_OPTIONS, whoOf } from './correct-args.js';

const USAGE = `corroborate correct statement <id> [--stance assert|deny|hedge|conditional|question] [--speaker NAME | --speaker-entity ID] [--not-statement | --is-statement]
       corroborate correct move <statementId> (--to <claimId> | --new [--label TEXT])
       corroborate correct merge <claimId> <otherClaimId>
       corroborate correct label <claimId> TEXT
       corroborate correct sources <root> <otherRoot> (--same | --independent)
       corroborate correct undo <correctionId>
       corroborate correct orphaned
  every form takes [--reason TEXT] [--by NAME] [--db file] [--json]`;

const show = (io: CliIO, json: boolean, value: unknown, line: string) => {
  if (json) printJson(io, { schemaVersion: 1, ...(value as object) });
  else io.out(`${line}\n`);
};

/** `corroborate correct …`: the analyst's hand on statements, claims and sources; every change is logged. */
export const correctCommand: Command = {
  name: 'correct',
  summary: 'correct a statement (stance, speaker, not a statement) or a claim (move, merge, label); undo',
  usage: USAGE,
  options: {
    ...DB_OPTION,
    ...WHO_OPTIONS,
    json: {},
    stance: { value: true },
    speaker: { value: true },
    'speaker-entity': { value: true },
    'not-statement': {},
    'is-statement': {},
    to: { value: true },
    new: {},
    label: { value: true },
    same: {},
    independent: {},
  },
  async run(positionals, options, io) {
    const [what, a, ...rest] = positionals;
    const who = whoOf(options);
    const json = !!options.json;
    return withLedger(options, async (ledger) => {
      const cs = corrections(ledger.store);
      switch (what) {
        case 'statement': {
          const done = await correctStatement(
            ledger.store,
            idArg(a, 'correct statement'),
            {
              ...(str(options.stance) ? { stance: str(options.stance)! } : {}),
              ...(str(options.speaker) ? { speaker: str(options.speaker)! } : {}),
              ...(str(options['speaker-entity']) ? { speakerEntity: str(options['speaker-entity'])! } : {}),
              ...(options['not-statement']
                ? { notStatement: true }
                : options['is-statement']
                  ? { notStatement: false }
                  : {}),
            },
            who,
          );
          show(
            io,
            json,
            { corrections: done },
            done
              .map(
                (c) =>
                  `correction ${c.id}: ${c.field} ${JSON.stringify(c.oldValue)} -> ${JSON.stringify(c.newValue)}`,
              )
              .join('\n'),
          );
          return 0;
        }
        case 'move': {
          const to = str(options.to);
          if (!!to === !!options.new)
            throw new CorroborateError('usage', 'correct move wants --to <claimId> or --new');
          const id = idArg(a, 'correct move');
          const c = await cs.moveStatement(
            id,
            to ? { claimId: idArg(to, '--to') } : { newClaim: str(options.label) ?? null },
            who,
          );
          show(
            io,
            json,
            { correction: c },
            `correction ${c.id}: statement ${id} moved to claim ${c.claimId}`,
          );
          return 0;
        }
        case 'merge': {
          const c = await cs.mergeClaims(idArg(a, 'correct merge'), idArg(rest[0], 'correct merge'), who);
          show(
            io,
            json,
            { correction: c },
            `correction ${c.id}: claim ${c.otherId} merged into claim ${c.claimId}`,
          );
          return 0;
        }
        case 'label': {
          const text = rest.join(' ').trim();
          if (!text) throw new CorroborateError('usage', 'correct label wants the new label');
          const c = await cs.labelClaim(idArg(a, 'correct label'), text, who);
          show(io, json, { correction: c }, `correction ${c.id}: claim ${c.claimId} is now "${text}"`);
          return 0;
        }
        case 'sources': {
          if (!a || !rest[0] || !!options.same === !!options.independent)
            throw new CorroborateError(
              'usage',
              'correct sources wants two source roots and --same or --independent',
            );
          const c = await cs.sourceIndependence(a, rest[0], !!options.same, who);
          show(
            io,
            json,
            { correction: c },
            `correction ${c.id}: ${rest[0]} ${options.same ? 'is the same origin as' : 'is independent of'} ${a}`,
          );
          return 0;
        }
        case 'undo': {
          const u = await undoCorrection(ledger, idArg(a, 'correct undo'), who);
          show(io, json, { correction: u }, `correction ${u.id}: undid correction ${u.undoes}`);
          return 0;
        }
        case 'orphaned': {
          const list = await cs.orphaned();
          show(
            io,
            json,
            { corrections: list },
            list.length
              ? list
                  .map(
                    (c) =>
                      `correction ${c.id}: ${c.field} on ${c.statement?.article} ${c.statement?.start}-${c.statement?.end} no longer applies`,
                  )
                  .join('\n')
              : 'no orphaned corrections',
          );
          return 0;
        }
        default:
          throw new CorroborateError(
            'usage',
            `correct wants statement, move, merge, label, sources, undo or orphaned\nusage: ${USAGE}`,
          );
      }
    });
  },
};
