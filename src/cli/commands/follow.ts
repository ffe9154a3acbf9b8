import { CorroborateError } from '../../domain/errors.js';
import { addFollow, listFollows, removeFollow } from '../../services/follow.js';
import { str } from '../args.js';
import type { Command } from '../command.js';
import { printJson } from '../io.js';
import { DB_OPTION } from '../store-option.js';
import { withFeeds } from './feeds.js';

const USAGE =
  'corroborate follow <claim-id|entity-id-or-name> [--webhook URL] [--stdout] [--allow-private] | follow list | follow remove <id>  [--db file] [--json]';

export const followCommand: Command = {
  name: 'follow',
  summary: 'be told when a claim or an entity gets a new denial, confirmation or figure',
  usage: USAGE,
  options: { ...DB_OPTION, json: {}, webhook: { value: true }, stdout: {}, 'allow-private': {} },
  async run(positionals, options, io) {
    const [first, ...rest] = positionals;
    if (!first) throw new CorroborateError('usage', `usage: ${USAGE}`);
    if (first === 'list' && !rest.length) {
      const follows = await withFeeds(options, (_l, feeds) => listFollows(feeds), 'existing');
      if (options.json)
        printJson(io, { schemaVersion: 1, follows: follows.map(({ state: _state, ...f }) => f) });
      else {
        io.out(`${follows.length} follow(s)\n`);
        for (const f of follows) {
          const to = [f.stdout ? 'stdout' : '', f.webhook ?? ''].filter(Boolean).join(' + ');
          io.out(
            `#${f.id}  ${f.kind} ${f.target}  ${f.label ?? ''}  → ${to}  ${f.alerts} alert(s)${f.undelivered ? `, ${f.undelivered} not delivered yet` : ''}\n`,
          );
        }
      }
      return 0;
    }
    if (first === 'remove' && rest.length === 1) {
      const f = await withFeeds(options, (_l, feeds) => removeFollow(feeds, rest[0]!), 'existing');
      if (options.json)
        printJson(io, { schemaVersion: 1, removed: { id: f.id, kind: f.kind, target: f.target } });
      else io.out(`no longer following ${f.kind} ${f.target}\n`);
      return 0;
    }
    const key = positionals.join(' ');
    const webhook = str(options.webhook) ?? null;
    const r = await withFeeds(options, (ledger, feeds) =>
      addFollow(ledger.store, feeds, key, {
        webhook,
        ...(options.stdout ? { stdout: true } : {}),
        allowPrivate: !!options['allow-private'],
        at: new Date().toISOString(),
      }),
    );
    const { state: _state, ...follow } = r.follow;
    if (options.json) printJson(io, { schemaVersion: 1, created: r.created, follow });
    else {
      const to = [follow.stdout ? 'standard output (of `watch` and `add`)' : '', follow.webhook ?? '']
        .filter(Boolean)
        .join(' and ');
      io.out(
        `${r.created ? 'following' : 'already following'} ${follow.kind} ${follow.target} (${follow.label ?? ''}) as #${follow.id}; alerts go to ${to}\n`,
      );
    }
    return 0;
  },
};
