import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CorroborateError } from '../domain/errors.js';
import { readSmallFileSync } from './file.js';

/** Metadata a folder can give its articles in a `manifest.json` beside them. */
const Manifest = z.array(
  z
    .object({
      file: z.string(),
      url: z.string().optional(),
      title: z.string().optional(),
      outlet: z.string().optional(),
      language: z.string().optional(),
      published: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}/)
        .optional(),
    })
    .passthrough(),
);
export type ManifestEntry = z.infer<typeof Manifest>[number];

export interface Target {
  /** a file path or a URL */
  target: string;
  meta: ManifestEntry | null;
}

const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;

const ARTICLE_FILE = /\.(txt|md|html?|xhtml)$/i;

function manifestOf(dir: string): Map<string, ManifestEntry> {
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file)) return new Map();
  let parsed;
  try {
    parsed = Manifest.safeParse(JSON.parse(readSmallFileSync(file, MANIFEST_MAX_BYTES).toString('utf8')));
  } catch (e) {
    if (e instanceof CorroborateError) throw e;
    throw new CorroborateError('usage', `${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (!parsed.success)
    throw new CorroborateError(
      'usage',
      `${file}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
    );
  return new Map(parsed.data.map((e) => [e.file, e]));
}

/**
 * Expands what the user named into articles to add: URLs as they are, files as they are, and
 * folders into their article files (recursively, sorted), with metadata from a manifest.json
 * found in a file's folder or its parent (`{ file, url, title, outlet, language, published }`).
 */
export function expandTargets(args: string[]): Target[] {
  const out: Target[] = [];
  const manifests = new Map<string, Map<string, ManifestEntry>>();
  const metaFor = (file: string): ManifestEntry | null => {
    for (const dir of [path.dirname(file), path.dirname(path.dirname(file))]) {
      if (!manifests.has(dir)) manifests.set(dir, manifestOf(dir));
      const m = manifests.get(dir)!;
      const hit = m.get(path.basename(file)) ?? m.get(path.relative(dir, file));
      if (hit) return hit;
    }
    return null;
  };
  const walk = (p: string) => {
    for (const f of fs.readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(p, f.name);
      if (f.isDirectory()) walk(full);
      else if (ARTICLE_FILE.test(f.name)) out.push({ target: full, meta: metaFor(full) });
    }
  };
  for (const a of args) {
    if (/^https?:\/\//i.test(a) || a === '-') out.push({ target: a, meta: null });
    else if (fs.existsSync(a) && fs.statSync(a).isDirectory()) walk(a);
    else out.push({ target: a, meta: fs.existsSync(a) ? metaFor(a) : null });
  }
  return out;
}
