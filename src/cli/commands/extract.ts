import { CorroborateError } from '../../domain/errors.js';
import type { ExtractResult } from '../../domain/extract-result.js';
import { extractForWriting, extractText } from '../../services/extract.js';
import { loadInput } from '../../services/input.js';
import { str } from '../args.js';
import type { Command } from '../command.js';
import { printJson, type CliIO } from '../io.js';
import { formatStatements } from '../table.js';

export function parsePublished(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
    throw new CorroborateError('usage', `--published wants a date as YYYY-MM-DD, not "${v}"`);
  return v;
}

export function parseMaxBytes(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(v.trim());
  if (!m) throw new CorroborateError('usage', `--max-bytes wants a size such as 20MB, not "${v}"`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * mult);
}

/** `--timeout 20` (seconds, fractions allowed) to milliseconds for the whole fetch of a URL. */
export function parseTimeout(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.trim().replace(/s$/i, ''));
  if (!/\d/.test(v) || !Number.isFinite(n) || n <= 0 || n > 3600)
    throw new CorroborateError('usage', `--timeout wants a number of seconds between 0 and 3600, not "${v}"`);
  return Math.round(n * 1000);
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the attributed statements, entities, figures and dates of one article',
  usage:
    'corroborate extract <path|url|-> [--lang xx] [--published YYYY-MM-DD] [--timeout seconds] [--ignore-robots] [--json]',
  options: {
    json: {},
    lang: { value: true },
    published: { value: true },
    encoding: { value: true },
    'max-bytes': { value: true },
    'allow-private': {},
    'ignore-robots': {},
    timeout: { value: true },
  },
  async run(positionals, options, io: CliIO) {
    if (positionals.length !== 1)
      throw new CorroborateError('usage', `extract takes one path, URL or "-", got ${positionals.length}`);
    const lang = str(options.lang);
    if (lang !== undefined && !/^[a-z]{2,3}$/.test(lang))
      throw new CorroborateError('usage', `--lang wants an ISO 639-1 code such as id or en, not "${lang}"`);
    const published = parsePublished(str(options.published));
    const maxBytes = parseMaxBytes(str(options['max-bytes']));
    const encoding = str(options.encoding);
    const timeoutMs = parseTimeout(str(options.timeout));
    const article = await loadInput(positionals[0]!, {
      ...(maxBytes ? { maxBytes } : {}),
      ...(encoding ? { encoding } : {}),
      ...(timeoutMs ? { timeoutMs } : {}),
      allowPrivate: !!options['allow-private'],
      ignoreRobots: !!options['ignore-robots'],
    });
    for (const w of article.warnings ?? []) io.err(`corroborate: ${w}\n`);
    const extractOptions = {
      ...((lang ?? article.language) ? { lang: lang ?? article.language! } : {}),
      published: published ?? article.published,
    };
    if (options.json) {
      // a long text's statements are written section by section as they are read
      const out = extractForWriting(article.text, extractOptions, article);
      printJson(io, out.value);
      for (const w of out.warnings()) io.err(`corroborate: ${w}\n`);
      return 0;
    }
    const result: ExtractResult = extractText(article.text, extractOptions, article);
    for (const w of result.warnings) io.err(`corroborate: ${w}\n`);
    io.out(formatStatements(result));
    return 0;
  },
};
