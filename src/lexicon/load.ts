import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { CorroborateError } from '../domain/errors.js';
import { LEXICON_KINDS, type LexiconData, type LexiconKind } from './kinds/index.js';
import { lexiconStamp, readCached, writeCached } from './load-cache.js';
import { withPhraseOptions } from './phrase-options.js';
import { tokenizeOptionsOf } from './tokenize-options.js';

/** `lexicons/` at the package root, from src/lexicon or dist/lexicon alike. */
export const LEXICON_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'lexicons',
);

/** The data of one language plus matchers compiled from it on first use. */
export interface Lexicon {
  readonly lang: string;
  /** this language and the ones its lexicon builds on, nearest first */
  readonly chain: readonly string[];
  readonly data: LexiconData;
  /** memoises a structure built from this lexicon (phrase sets, regexes) under `key` */
  compiled<T>(key: string, build: (lex: Lexicon) => T): T;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new CorroborateError(
      'lexicon_invalid',
      `cannot read lexicon ${file}: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
}

/** Reads and validates one file against its schema; a bad file names the file and the field. */
export function parseLexiconFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const r = schema.safeParse(overlay(undefined, readJson(file)));
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    throw new CorroborateError('lexicon_invalid', `invalid lexicon ${file}: ${where}: ${issue?.message}`);
  }
  return r.data;
}

/**
 * Folders searched for `<lang>/meta.json` after the package's own: `CORROBORATE_LEXICON_PATH`
 * (separated like PATH) and any added with `addLexiconRoot`. A language defined there is read
 * like a built-in one: adding a language is adding data.
 */
const extraRoots: string[] = (process.env.CORROBORATE_LEXICON_PATH ?? '')
  .split(path.delimiter)
  .filter(Boolean)
  .map((d) => path.resolve(d));

export function addLexiconRoot(dir: string): void {
  const d = path.resolve(dir);
  if (!extraRoots.includes(d)) extraRoots.push(d);
}

const roots = (root?: string): string[] => (root ? [root] : [LEXICON_ROOT, ...extraRoots]);
const rootsKey = (root?: string): string => roots(root).join(path.delimiter);
const hasMeta = (dir: string): boolean => fs.existsSync(path.join(dir, 'meta.json'));

/** The folder of `lang`'s lexicon: the first root that defines it. */
export function languageDir(lang: string, root?: string): string {
  for (const r of roots(root)) if (hasMeta(path.join(r, lang))) return path.join(r, lang);
  return path.join(roots(root)[0]!, lang);
}

const cache = new Map<string, Lexicon>();

/** Languages with a lexicon folder (one holding meta.json). */
export function supportedLanguages(root?: string): string[] {
  const out = new Set<string>();
  for (const r of roots(root))
    if (fs.existsSync(r))
      for (const d of fs.readdirSync(r)) if (!d.startsWith('_') && hasMeta(path.join(r, d))) out.add(d);
  return [...out].sort();
}

export function isSupported(lang: string, root?: string): boolean {
  return /^[a-z]{2,3}$/.test(lang) && roots(root).some((r) => hasMeta(path.join(r, lang)));
}

/** `lang` and the languages its lexicon builds on, nearest first: ["ms", "id"]. */
const chains = new Map<string, string[]>();
export function languageChain(lang: string, root?: string): string[] {
  const key = `${rootsKey(root)}\u0000${lang}`;
  const hit = chains.get(key);
  if (hit) return hit;
  const chain: string[] = [];
  for (let l: string | undefined = lang; l && !chain.includes(l);) {
    chain.push(l);
    const meta = path.join(languageDir(l, root), 'meta.json');
    l = fs.existsSync(meta) ? ((readJson(meta) as { extends?: string }).extends ?? undefined) : undefined;
  }
  chains.set(key, chain);
  return chain;
}

/**
 * Lays a language's file over the one it builds on: lists joined (each item once), objects merged
 * key by key, other values replaced. Two directives change a key instead of adding to it:
 * `"verbs!replace": [...]` puts a new list (or value) in place of the base's, and
 * `"functionWords!remove": ["lagi"]` takes items out of the base's list. A file read on its own
 * (no base) resolves its directives the same way, so it validates against the plain schema.
 */
export function overlay(base: unknown, top: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(top)) {
    const seen = new Set(base.map((x) => JSON.stringify(x)));
    return [...base, ...top.filter((x) => !seen.has(JSON.stringify(x)))];
  }
  if (top && typeof top === 'object' && !Array.isArray(top) && (base === undefined || isObject(base))) {
    const out: Record<string, unknown> = { ...((base ?? {}) as Record<string, unknown>) };
    const removals: Array<[string, unknown]> = [];
    for (const [k, v] of Object.entries(top as Record<string, unknown>)) {
      const bang = k.lastIndexOf('!');
      const key = bang > 0 ? k.slice(0, bang) : k;
      const op = bang > 0 ? k.slice(bang + 1) : '';
      if (op === 'replace') out[key] = overlay(undefined, v);
      else if (op === 'remove') removals.push([key, v]);
      else if (op) throw new CorroborateError('lexicon_invalid', `unknown lexicon directive "${k}"`);
      else out[key] = key in out ? overlay(out[key], v) : overlay(undefined, v);
    }
    // removals last, so a file may remove from the base and add in one go
    for (const [key, v] of removals) {
      const gone = new Set((Array.isArray(v) ? v : [v]).map((x) => JSON.stringify(x)));
      const cur = out[key];
      if (Array.isArray(cur)) out[key] = cur.filter((x) => !gone.has(JSON.stringify(x)));
      else if (isObject(cur))
        out[key] = Object.fromEntries(
          Object.entries(cur as Record<string, unknown>).filter(([name]) => !gone.has(JSON.stringify(name))),
        );
    }
    return out;
  }
  return top === undefined ? base : top;
}

const isObject = (x: unknown): boolean => !!x && typeof x === 'object' && !Array.isArray(x);

/** Every kind of `chain[0]`'s lexicon: each file validated, then laid over its bases. */
function validatedData(chain: readonly string[], root?: string): LexiconData {
  const data = {} as Record<LexiconKind, unknown>;
  for (const kind of Object.keys(LEXICON_KINDS) as LexiconKind[]) {
    const schema = LEXICON_KINDS[kind];
    const files = chain
      .map((l) => path.join(languageDir(l, root), `${kind}.json`))
      .filter((f) => fs.existsSync(f));
    if (files.length <= 1) {
      data[kind] = files[0] ? parseLexiconFile(files[0], schema) : schema.parse({});
      continue;
    }
    // every file valid on its own, then the nearest language's laid over its bases
    for (const f of files) if (kind !== 'meta') parseLexiconFile(f, schema);
    const merged = files.reduceRight<unknown>((acc, f) => overlay(acc, readJson(f)), undefined);
    const r = schema.safeParse(merged);
    if (!r.success)
      throw new CorroborateError(
        'lexicon_invalid',
        `invalid lexicon ${files[0]} over ${files.slice(1).join(', ')}: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`,
      );
    data[kind] = r.data;
  }
  return data as LexiconData;
}

/** Loads, validates, freezes and caches the lexicon of `lang`. Missing kinds are empty. */
export function loadLexicon(lang: string, root?: string): Lexicon {
  const key = `${rootsKey(root)}\u0000${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (!isSupported(lang, root))
    throw new CorroborateError('language_unsupported', `no lexicon for language "${lang}"`);
  const chain = languageChain(lang, root);
  // a lexicon this state of the files was validated into before, by any process
  const stamp = lexiconStamp(roots(root));
  const stored = readCached(stamp, `lang-${lang}`) as { chain?: unknown; data?: LexiconData } | undefined;
  let data = stored?.data && String(stored.chain) === String(chain) ? stored.data : undefined;
  if (!data) {
    data = validatedData(chain, root);
    // unless a file changed while it was read
    if (lexiconStamp(roots(root)) === stamp) writeCached(stamp, `lang-${lang}`, { chain, data });
  }
  const built = new Map<string, unknown>();
  const lex: Lexicon = {
    lang,
    chain,
    data: deepFreeze(data),
    compiled<T>(k: string, build: (l: Lexicon) => T): T {
      // phrases compiled here are tokenized as this language's text is
      if (!built.has(k))
        built.set(
          k,
          withPhraseOptions(tokenizeOptionsOf(lex), () => build(lex)),
        );
      return built.get(k) as T;
    },
  };
  cache.set(key, lex);
  return lex;
}

/**
 * One language's own function words, from its own `meta.json`, not laid over the language it
 * extends: what tells a language apart from a close one must not be inherited from it.
 */
export function ownFunctionWords(lang: string, root?: string): string[] {
  const file = path.join(languageDir(lang, root), 'meta.json');
  const meta = overlay(undefined, readJson(file)) as { functionWords?: unknown };
  const r = LEXICON_KINDS.meta.shape.functionWords.safeParse(meta.functionWords);
  if (!r.success) throw new CorroborateError('lexicon_invalid', `invalid lexicon ${file}: functionWords`);
  return r.data;
}

/** Reads `lexicons/_shared/<name>.json` (data common to all languages), validated and frozen. */
const sharedCache = new Map<string, unknown>();
export function loadShared<S extends z.ZodType>(name: string, schema: S, root = LEXICON_ROOT): z.infer<S> {
  const key = `${root}\u0000${name}`;
  if (!sharedCache.has(key)) {
    const file = path.join(root, '_shared', `${name}.json`);
    sharedCache.set(key, deepFreeze(fs.existsSync(file) ? parseLexiconFile(file, schema) : schema.parse([])));
  }
  return sharedCache.get(key) as z.infer<S>;
}

let fingerprint: string | undefined;

/** A short hash of every lexicon file: changes when any lexicon changes, so stored extractions can be redone. */
export function lexiconFingerprint(root = LEXICON_ROOT): string {
  if (fingerprint === undefined) {
    const h = createHash('sha256');
    const walk = (dir: string) => {
      for (const f of fs
        .readdirSync(dir, { withFileTypes: true })
        .sort((a, b) => a.name.localeCompare(b.name))) {
        const p = path.join(dir, f.name);
        if (f.isDirectory()) walk(p);
        else if (f.name.endsWith('.json')) h.update(f.name).update(fs.readFileSync(p));
      }
    };
    const dirs = root === LEXICON_ROOT ? roots() : [root];
    // the hash of the files' bytes, read back while their names, sizes and times are unchanged
    const stamp = lexiconStamp(dirs);
    const stored = readCached(stamp, 'fingerprint');
    if (typeof stored === 'string') return (fingerprint = stored);
    for (const r of dirs) if (fs.existsSync(r)) walk(r);
    fingerprint = h.digest('hex').slice(0, 10);
    if (lexiconStamp(dirs) === stamp) writeCached(stamp, 'fingerprint', fingerprint);
  }
  return fingerprint;
}
