import { z } from 'zod';
import type { CitedSource } from '../../domain/statement.js';
import { fold } from '../../lexicon/fold.js';
import { loadShared } from '../../lexicon/load.js';
import { L } from './labels.js';
import { has, type TokenView } from './view.js';

const SourcesSchema = z
  .object({ outlets: z.array(z.string()), platforms: z.array(z.string()) })
  .strict()
  .default({ outlets: [], platforms: [] });

let known: { outlets: Set<string>; platforms: Set<string> } | null = null;
function sources() {
  if (!known) {
    const s = loadShared('sources', SourcesSchema);
    known = { outlets: new Set(s.outlets.map(fold)), platforms: new Set(s.platforms.map(fold)) };
  }
  return known;
}

/** The name of an outlet or platform starting at token `k`: an entity or a run of capitalised words. */
function sourceName(v: TokenView, k: number, end: number): { first: number; last: number } | null {
  let i = k;
  while (i < end && i < k + 6 && v.sl.citationFillers.has(v.toks[i]!.norm) && !has(v, i, L.CAP | L.ORG)) i++;
  if (i >= end) return null;
  if (v.entity[i] && v.entity[i]!.type === 'organization')
    return { first: i, last: Math.min(v.mentionLast[i]!, end - 1) };
  if (!has(v, i, L.CAP) && !/^[A-Z0-9]/.test(v.toks[i]!.text)) return null;
  let last = i;
  while (last + 1 < end && has(v, last + 1, L.CAP) && !has(v, last + 1, L.PERSON)) last++;
  return { first: i, last };
}

function build(
  v: TokenView,
  r: { first: number; last: number },
  rule: string,
  require: 'outlet' | 'platform' | 'any',
): CitedSource | null {
  const name = v.doc.text.slice(v.toks[r.first]!.start, v.toks[r.last]!.end);
  const key = fold(name);
  const s = sources();
  const kind = s.platforms.has(key) ? 'platform' : 'outlet';
  if (require === 'platform' && kind !== 'platform') return null;
  if (require === 'outlet' && !s.outlets.has(key) && !s.platforms.has(key)) return null;
  return {
    name,
    kind,
    entityId: v.entity[r.first]?.id ?? null,
    span: { start: v.toks[r.first]!.start, end: v.toks[r.last]!.end },
    rule,
  };
}

/**
 * The outlet or platform a statement reached the article through, read from its attribution:
 * "menurut laporan dari Politico", "mengatakan kepada CNN", "told Reuters", "citing Yonhap",
 * "di platform media sosial X", "on X". A hearer that is not a news outlet ("kepada wartawan",
 * "told lawmakers") is not a cited source.
 */
export function citedSourceIn(v: TokenView, first: number, end: number): CitedSource | null {
  const sl = v.sl;
  for (let i = first; i < end; i++) {
    const c = sl.citing.matchAt(v.toks, i);
    if (c && c.end < end) {
      const r = sourceName(v, c.end, end);
      // "told CNN" and "kepada CNN" name a hearer, which is a source only when it is an outlet
      const hearer = c.phrase === 'told' || sl.hearerPreps.has(v.toks[i]!.norm);
      const src = r && build(v, r, `cited.citing:${c.phrase}`, hearer ? 'outlet' : 'any');
      if (src) return src;
    }
    if (sl.hearerPreps.has(v.toks[i]!.norm)) {
      const r = sourceName(v, i + 1, end);
      const src = r && build(v, r, `cited.hearer:${v.toks[i]!.norm}`, 'outlet');
      if (src) return src;
    }
    const p = sl.platformPreps.matchAt(v.toks, i);
    if (p && p.end < end) {
      const r = sourceName(v, p.end, end);
      const src = r && build(v, r, `cited.platform:${p.phrase}`, 'platform');
      if (src) return src;
    }
  }
  return null;
}

/** Whether tokens [first, end) name a news outlet or "the media": a relay rather than a source. */
export function isMedia(v: TokenView, first: number, end: number): boolean {
  const s = sources();
  for (let i = first; i < end; i++) {
    if (
      v.sl.mediaWords.has(v.toks[i]!.norm) ||
      (i + 1 < end && v.sl.mediaPhrases.has(`${v.toks[i]!.norm} ${v.toks[i + 1]!.norm}`))
    )
      return true;
    const e = v.entity[i];
    if (
      e &&
      e.type === 'organization' &&
      (s.outlets.has(fold(e.name)) || s.outlets.has(fold(v.toks[i]!.text)))
    )
      return true;
  }
  return false;
}

/** The outlet a construction names as the relay of a statement: "Menurut Kompas", "Antara mengutip". */
export function citedSourceOf(v: TokenView, np: { first: number; last: number }): CitedSource | null {
  // "Kantor berita Antara": the organisation named inside the phrase, else the phrase's name
  for (let i = np.last; i >= np.first; i--)
    if (v.entity[i]?.type === 'organization')
      return build(v, { first: Math.max(np.first, v.mentionFirst[i]!), last: i }, 'cited.relay', 'any');
  const r = sourceName(v, np.first, np.last + 1);
  return r && build(v, r, 'cited.relay', 'any');
}
