import { isCorroborateError, type ErrorCode } from '../../domain/errors.js';
import { loadInput } from '../../services/input.js';
import { addInParallel } from '../../services/parallel-add.js';
import type { AddResult } from '../../services/ledger.js';
import { checkFollows } from '../../services/follow.js';
import { deliverTo } from '../../services/follow-deliver.js';
import { expandTargets } from '../../sources/targets.js';
import { DEFAULT_DB, feedStoreOf, isPostgresUrl } from '../../store/open.js';
import { str } from '../args.js';
import type { Command } from '../command.js';
import { EXIT, exitCodeFor } from '../exit-codes.js';
import { printJson } from '../io.js';
import { progress } from '../progress.js';
import { DB_OPTION, withLedger } from '../store-option.js';
import { addToQueue } from './add-queue.js';
import { parseMaxBytes, parsePublished, parseTimeout } from './extract.js';

export const addCommand: Command = {
  name: 'add',
  summary: 'add articles (files, folders, URLs) to the ledger',
  usage:
    'corroborate add <files|dirs|urls...> [--db file] [--lang xx] [--published YYYY-MM-DD] [--outlet name] [--allow-private] [--timeout seconds] [--ignore-robots] [--wait] [--json]',
  options: {
    ...DB_OPTION,
    json: {},
    lang: { value: true },
    published: { value: true },
    outlet: { value: true },
    encoding: { value: true },
    'max-bytes': { value: true },
    'allow-private': {},
    'ignore-robots': {},
    timeout: { value: true },
    wait: {},
  },
  async run(positionals, options, io) {
    if (!positionals.length) {
      io.err('corroborate add: name at least one file, folder or URL\n');
      return 2;
    }
    const targets = expandTargets(positionals);
    const published = parsePublished(str(options.published));
    const maxBytes = parseMaxBytes(str(options['max-bytes']));
    const timeoutMs = parseTimeout(str(options.timeout));
    const load = async (t: (typeof targets)[number]) => {
      const raw = await loadInput(t.target, {
        ...(maxBytes ? { maxBytes } : {}),
        ...(str(options.encoding) ? { encoding: str(options.encoding)! } : {}),
        ...(timeoutMs ? { timeoutMs } : {}),
        allowPrivate: !!options['allow-private'],
        ignoreRobots: !!options['ignore-robots'],
      });
      for (const w of raw.warnings ?? []) io.err(`corroborate add: ${t.target}: ${w}\n`);
      const m = t.meta;
      const article = {
        ...raw,
        url: m?.url ?? raw.url,
        title: m?.title ?? raw.title,
        outlet: m?.outlet ?? str(options.outlet) ?? raw.outlet,
        published: m?.published ?? published ?? raw.published,
        language: m?.language ?? raw.language,
      };
      const lang = str(options.lang) ?? article.language ?? undefined;
      return { article, ...(lang ? { lang } : {}) };
    };
    // a PostgreSQL ledger is filled by its workers: the articles are queued for them
    const location = str(options.db) ?? process.env.CORROBORATE_DB ?? DEFAULT_DB;
    if (isPostgresUrl(location))
      return addToQueue(location, targets, load, { wait: !!options.wait, json: !!options.json }, io);
    const results: Array<{ target: string; result?: AddResult; error?: string; code?: ErrorCode }> = [];
    await withLedger(options, async (ledger) => {
      const bar = progress(io, targets.length, 'adding');
      // extraction on every core (worker threads), commits from this thread in order, one short
      // write transaction per article: another `add`, `watch` or `serve` on the same ledger
      // takes its turn between two articles
      await addInParallel(ledger, targets, load, (t, i, out) => {
        if ('result' in out) results.push({ target: t.target, result: out.result });
        else if (isCorroborateError(out.error))
          results.push({ target: t.target, error: out.error.message, code: out.error.code });
        else throw out.error;
        bar.tick(i + 1, t.target);
      });
      // follows: a new denial, independent confirmation or figure raises an alert
      const touched = [...new Set(results.flatMap((r) => (r.result?.created ? r.result.claims : [])))];
      if (touched.length) {
        const alerts = options.json ? (line: string) => io.err(line) : io.out;
        await checkFollows(
          ledger.store,
          feedStoreOf(ledger.store),
          deliverTo(alerts, { allowPrivate: !!options['allow-private'] }),
          { touched },
        );
      }
    });
    const added = results.filter((r) => r.result?.created);
    const same = results.filter((r) => r.result && !r.result.created);
    const failed = results.filter((r) => r.error);
    const summary = {
      added: added.length,
      unchanged: same.length,
      failed: failed.length,
      copies: added.filter((r) => r.result!.copyOf !== null).length,
      statements: added.reduce((n, r) => n + r.result!.statements, 0),
      claimsTouched: new Set(added.flatMap((r) => r.result!.claims)).size,
    };
    if (options.json) printJson(io, { schemaVersion: 1, summary, results });
    else {
      for (const f of failed) io.err(`  failed: ${f.target}: ${f.error}\n`);
      io.out(
        `added ${summary.added} article(s)${summary.copies ? ` (${summary.copies} near-copies)` : ''}, ${summary.unchanged} already in the ledger, ${summary.failed} failed; ${summary.statements} statements, ${summary.claimsTouched} claims touched\n`,
      );
    }
    if (!failed.length) return EXIT.ok;
    if (added.length || same.length) return EXIT.findings;
    // nothing went in: the exit code of the failures when they agree (a refused URL is 4)
    const codes = new Set(failed.map((f) => exitCodeFor(f.code!)));
    return codes.size === 1 ? [...codes][0]! : EXIT.input;
  },
};
