import { CorroborateError } from '../../domain/errors.js';
import { addFeeds, listFeeds, removeFeed } from '../../services/feeds.js';
import type { Ledger } from '../../services/ledger.js';
import { parseDuration } from '../../services/watch-schedule.js';
import type { FeedStore } from '../../store/feeds-port.js';
import { feedStoreOf } from '../../store/open.js';
import { str } from '../args.js';
import type { Command } from '../command.js';
import { printJson } from '../io.js';
import { DB_OPTION, withLedger } from '../store-option.js';

/** Opens the ledger named by --db and the feed store beside it, for one command. */
export function withFeeds<T>(
  options: Record<string, unknown>,
  fn: (ledger: Ledger, feeds: FeedStore) => Promise<T>,
  mode: 'create' | 'existing' = 'create',
): Promise<T> {
  return withLedger(options, (ledger) => fn(ledger, feedStoreOf(ledger.store)), mode);
}

/** `--interval 15m` in milliseconds: at least 1 minute for a real feed, at most a week. */
export function parseInterval(v: string | undefined, min = 60_000): number | undefined {
  if (v === undefined) return undefined;
  const ms = parseDuration(v);
  if (ms === null || ms < min || ms > 7 * 86_400_000)
    throw new CorroborateError(
      'usage',
      `--interval wants a duration between ${min / 1000} s and 7 days such as 15m, 1h or 90s, not "${v}"`,
    );
  return ms;
}

const USAGE =
  'corroborate feeds add <url|opml-file>... [--interval 30m] | feeds list | feeds remove <url|id>  [--db file] [--json]';

export const feedsCommand: Command = {
  name: 'feeds',
  summary: 'add (by URL or from an OPML file), list and remove the feeds `watch` polls',
  usage: USAGE,
  options: { ...DB_OPTION, json: {}, interval: { value: true } },
  async run(positionals, options, io) {
    const [action, ...rest] = positionals;
    const at = new Date().toISOString();
    if (action === 'add') {
      if (!rest.length) throw new CorroborateError('usage', 'feeds add wants feed URLs or OPML files');
      const interval = parseInterval(str(options.interval));
      const r = await withFeeds(options, (_l, feeds) =>
        addFeeds(feeds, rest, { at, intervalS: interval ? interval / 1000 : null }),
      );
      for (const w of r.warnings) io.err(`corroborate feeds: ${w}\n`);
      if (options.json) printJson(io, { schemaVersion: 1, ...r });
      else {
        const created = r.feeds.filter((f) => f.created).length;
        io.out(`added ${created} feed(s), ${r.feeds.length - created} already there\n`);
      }
      return 0;
    }
    if (action === 'list' && !rest.length) {
      const feeds = await withFeeds(options, (_l, f) => listFeeds(f), 'existing');
      if (options.json) printJson(io, { schemaVersion: 1, feeds });
      else {
        io.out(`${feeds.length} feed(s)\n`);
        for (const f of feeds) {
          const state = f.failures
            ? `failing ×${f.failures}: ${f.lastError}`
            : f.lastOkAt
              ? `ok ${f.lastOkAt.slice(0, 16)}`
              : 'not polled yet';
          io.out(
            `#${f.id}  ${f.url}  ${f.articles}/${f.items} items in the ledger${f.pending ? `, ${f.pending} pending` : ''}  (${state})\n`,
          );
        }
      }
      return 0;
    }
    if (action === 'remove' && rest.length === 1) {
      const feed = await withFeeds(options, (_l, f) => removeFeed(f, rest[0]!), 'existing');
      if (options.json) printJson(io, { schemaVersion: 1, removed: feed });
      else io.out(`removed feed #${feed.id} ${feed.url} (its articles stay in the ledger)\n`);
      return 0;
    }
    throw new CorroborateError('usage', `usage: ${USAGE}`);
  },
};
