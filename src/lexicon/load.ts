import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { CorroborateError } from '../domain/errors.js';
import { LEXICON_KINDS, type LexiconData, type LexiconKind } from './kinds/index.js';

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
  const r = schema.safeParse(readJson(file));
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    throw new CorroborateError('lexicon_invalid', `invalid lexicon ${file}: ${where}: ${issue?.message}`);
  }
  return r.data;
}

const cache = new Map<string, Lexicon>();

/** Languages with a lexicon folder (one holding meta.json). */
export function supportedLanguages(root = LEXICON_ROOT): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .filter((d) => !d.startsWith('_') && fs.existsSync(path.join(root, d, 'meta.json')))
    .sort();
}

export function isSupported(lang: string, root = LEXICON_ROOT): boolean {
  return /^[a-z]{2,3}$/.test(lang) && fs.existsSync(path.join(root, lang, 'meta.json'));
}

/** Loads, validates, freezes and caches the lexicon of `lang`. Missing kinds are empty. */
export function loadLexicon(lang: string, root = LEXICON_ROOT): Lexicon {
  const key = `${root}\u0000${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (!isSupported(lang, root))
    throw new CorroborateError('language_unsupported', `no lexicon for language "${lang}"`);
  const data = {} as Record<LexiconKind, unknown>;
  for (const kind of Object.keys(LEXICON_KINDS) as LexiconKind[]) {
    const file = path.join(root, lang, `${kind}.json`);
    const schema = LEXICON_KINDS[kind];
    data[kind] = fs.existsSync(file)
      ? parseLexiconFile(file, schema)
      : schema.parse(kind === 'meta' ? {} : {});
  }
  const built = new Map<string, unknown>();
  const lex: Lexicon = {
    lang,
    data: deepFreeze(data as LexiconData),
    compiled<T>(k: string, build: (l: Lexicon) => T): T {
      if (!built.has(k)) built.set(k, build(lex));
      return built.get(k) as T;
    },
  };
  cache.set(key, lex);
  return lex;
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
    if (fs.existsSync(root)) walk(root);
    fingerprint = h.digest('hex').slice(0, 10);
  }
  return fingerprint;
}
