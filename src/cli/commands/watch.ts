import { CorroborateError } from '../../domain/errors.js';
import { addFeeds } from '../../services/feeds.js';
import { queuedAdd } from '../../services/ingest-queued.js';
import { checkFollows, deliverTo } from '../../services/follow.js';
import { Watcher, type WatchEvent, type WatchSummary } from '../../services/watch.js';
import { parseDuration } from '../../services/watch-schedule.js';
import { startQueue } from '../../store/postgres/queue.js';
import { PgStore } from '../../store/postgres/store.js';
import { str } from '../args.js';
import type { Command } from '../command.js';
import type { CliIO } from '../io.js';
import { DB_OPTION } from '../store-option.js';
import { parseMaxBytes, parseTimeout } from './extract.js';
import { parseInterval, withFeeds } from './feeds.js';

const time = (at: string) => at.slice(11, 19);
const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A failure worth a line of its own, on a terminal or in a journal. */
function failure(e: WatchEvent): string | null {
  if (e.type === 'feed-error')
    return `feed #${e.feed.id} ${e.feed.url}: ${e.error} (failure ${e.failures}, next try ${time(e.nextPollAt)})`;
  if (e.type === 'item-error') return `item ${e.item.url}: ${e.error}${e.gaveUp ? ' (given up)' : ''}`;
  if (e.type === 'hook-error') return `follows: ${e.error}`;
  return null;
}

/** What a journal keeps of the rest: articles added, feed warnings, busy rounds. */
function journal(e: WatchEvent): string[] {
  if (e.type === 'article')
    return [`added #${e.result.id} ${e.item.url}${e.result.copyOf ? ` (copy of #${e.result.copyOf})` : ''}`];
  if (e.type === 'polled' && e.newItems) return e.warnings.map((w) => `feed #${e.feed.id}: ${w}`);
  if (e.type === 'round' && (e.feedsDue || e.itemsDue))
    return [`round: ${e.feedsDue} feed(s) and ${e.itemsDue} item(s) due`];
  return [];
}

/** The end of the progress line: what the watcher is at. */
function doing(e: WatchEvent): string {
  if (e.type === 'idle') return `sleeping until ${time(e.until)}`;
  if (e.type === 'article') return clip(`added #${e.result.id} ${e.item.title ?? e.item.url ?? ''}`);
  if (e.type === 'polled') return clip(`polled ${e.feed.url}`);
  return 'working';
}

/**
 * What the watcher is doing: failures always, on standard error; then on a terminal one line
 * redrawn in place, otherwise (a service's journal) a line per article and busy round.
 * `--json` keeps standard error to failures.
 */
function reporter(io: CliIO, json: boolean, feedCount: () => number) {
  const n = { due: 0, polled: 0, added: 0, errors: 0 };
  let drawn = false;
  const log = (line: string) => {
    if (drawn) io.err('\n');
    drawn = false;
    io.err(`${line}\n`);
  };
  return {
    event(e: WatchEvent) {
      if (e.type === 'round') Object.assign(n, { due: e.feedsDue, polled: 0 });
      if (e.type === 'polled' || e.type === 'feed-error') n.polled++;
      if (e.type === 'article') n.added++;
      const failed = failure(e);
      if (failed) {
        n.errors++;
        log(failed);
      } else if (json) return;
      else if (!io.tty) journal(e).forEach(log);
      else {
        const line = `watch: ${feedCount()} feeds · ${n.polled}/${n.due} polled · ${n.added} added · ${n.errors} errors · ${doing(e)}`;
        io.err(`\r${line.slice(0, 119).padEnd(119)}`);
        drawn = true;
      }
    },
    end() {
      if (drawn) io.err('\n');
    },
  };
}

function summaryLine(s: WatchSummary, ms: number): string {
  return `watched for ${Math.round(ms / 1000)} s: ${s.polls} polls (${s.notModified} unchanged, ${s.feedErrors} failed), ${s.newItems} new items, ${s.added} articles added, ${s.duplicates} already in the ledger, ${s.itemErrors} item failures${s.gaveUp ? ` (${s.gaveUp} given up)` : ''}\n`;
}

export const watchCommand: Command = {
  name: 'watch',
  summary: 'poll feeds on a schedule and add their new articles; alerts for follows',
  usage:
    'corroborate watch [<feed-url|opml-file>...] [--interval 15m] [--once] [--allow-private] [--host-gap 2s] [--max-items 500] [--timeout seconds] [--max-bytes 10MB] [--db file|postgres://...] [--json]',
  options: {
    ...DB_OPTION,
    json: {},
    interval: { value: true },
    once: {},
    'allow-private': {},
    'host-gap': { value: true },
    'max-items': { value: true },
    'max-bytes': { value: true },
    timeout: { value: true },
  },
  async run(positionals, options, io) {
    const intervalMs = parseInterval(str(options.interval));
    const gap = str(options['host-gap']);
    const hostGapMs = gap === undefined ? undefined : parseDuration(gap);
    if (hostGapMs === null || (hostGapMs !== undefined && hostGapMs > 600_000))
      throw new CorroborateError(
        'usage',
        `--host-gap wants a duration up to 10 minutes such as 2s or 500ms, not "${gap}"`,
      );
    const items = str(options['max-items']);
    if (items !== undefined && !/^[1-9]\d{0,4}$/.test(items))
      throw new CorroborateError('usage', `--max-items wants a number from 1 to 99999, not "${items}"`);
    const allowPrivate = !!options['allow-private'];
    const json = !!options.json;
    const started = Date.now();
    return withFeeds(options, async (ledger, feeds) => {
      if (positionals.length) {
        const r = await addFeeds(feeds, positionals, { at: new Date().toISOString() });
        for (const w of r.warnings) io.err(`corroborate watch: ${w}\n`);
      }
      let feedCount = (await feeds.listFeeds()).length;
      if (!feedCount)
        throw new CorroborateError(
          'usage',
          'no feeds to watch: name some, or add them with `corroborate feeds add <url|opml-file>`',
        );
      // a PostgreSQL ledger is filled by its workers: new articles are queued for them, like `add`
      const queue = ledger.store instanceof PgStore ? await startQueue(ledger.store.url) : null;
      const deliver = deliverTo(io.out, { allowPrivate });
      const report = reporter(io, json, () => feedCount);
      const watcher = new Watcher(ledger, feeds, {
        allowPrivate,
        intervalMs,
        hostGapMs,
        maxItems: items ? Number(items) : undefined,
        maxBytes: parseMaxBytes(str(options['max-bytes'])),
        timeoutMs: parseTimeout(str(options.timeout)),
        ...(queue && ledger.store instanceof PgStore ? { add: queuedAdd(ledger.store, queue) } : {}),
        onEvent: report.event,
        afterArticle: async (r) =>
          void (await checkFollows(ledger.store, feeds, deliver, { touched: r.claims })),
        afterRound: async () => {
          feedCount = (await feeds.listFeeds()).length;
          await checkFollows(ledger.store, feeds, deliver);
        },
      });
      const stop = () => watcher.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        if (options.once) await watcher.runOnce();
        else await watcher.run();
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        report.end();
        await queue?.stop({ graceful: false, wait: true }).catch(() => undefined);
      }
      const s = watcher.summary;
      if (json) io.out(`${JSON.stringify({ schemaVersion: 1, summary: s })}\n`);
      else io.err(summaryLine(s, Date.now() - started));
      return options.once && (s.feedErrors || s.itemErrors) ? 1 : 0;
    });
  },
};
