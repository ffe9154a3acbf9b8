import type { Draft } from '../draft.js';
import { lowerBound, type TokenView } from '../view.js';
import { unwrapRelay } from './relay.js';
import type { ParseState, Parser, TokenScan } from './types.js';

type Scoped<S extends Parser['scope']> = Extract<Parser, { scope: S }>;
const scoped = <S extends Parser['scope']>(parsers: readonly Parser[], scope: S): Scoped<S>[] =>
  parsers.filter((p): p is Scoped<S> => p.scope === scope);

/** Runs the parsers over the article in their order; returns every draft they propose. */
export function runParsers(v: TokenView, parsers: readonly Parser[]): Draft[] {
  const state: ParseState = { v, drafts: [], used: new Uint8Array(v.toks.length) };
  for (const p of scoped(parsers, 'article')) p.parse(state);
  const sentence = scoped(parsers, 'sentence');
  const token = scoped(parsers, 'token');
  for (let s = 0; s + 1 < v.sentStart.length; s++)
    state.drafts.push(...sentenceDrafts(v, s, state.used, sentence, token));
  return state.drafts;
}

function sentenceDrafts(
  v: TokenView,
  s: number,
  used: Uint8Array,
  sentence: readonly Scoped<'sentence'>[],
  token: readonly Scoped<'token'>[],
): Draft[] {
  const out: Draft[] = [];
  const from = v.sentStart[s]!;
  const to = v.sentStart[s + 1]!;
  let lo = from;
  while (lo < to && used[lo]) lo++;
  for (const p of sentence) {
    const found = p.parse(v, lo, to, used);
    if (!found) continue;
    out.push(found.draft);
    for (let k = lo; k < found.stop; k++) used[k] = 1;
    if (found.stop >= to) return out;
    lo = found.stop;
  }
  for (let i = lo; i < to; i++) {
    if (used[i]) {
      lo = i + 1;
      continue;
    }
    const scan: TokenScan = { v, i, lo, from, to, before: out };
    let found: Draft | readonly Draft[] | null = null;
    for (const p of token) if ((found = p.parse(scan))) break;
    if (!found) continue;
    const drafts = (Array.isArray(found) ? found : [found]).map((d: Draft) => unwrapRelay(v, d, to) ?? d);
    out.push(...drafts);
    let first = i;
    let last = i + 1;
    for (const d of drafts) {
      first = Math.min(first, d.attribution.first);
      last = Math.max(
        last,
        d.attribution.end,
        lowerBound(v.starts, d.contentSpan.end),
        d.tailCitation?.end ?? 0,
      );
    }
    for (let k = first; k < last; k++) used[k] = 1;
    i = last - 1;
    lo = last;
  }
  return out;
}
