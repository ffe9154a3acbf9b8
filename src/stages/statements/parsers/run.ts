import type { Draft } from '../draft.js';
import { lowerBound, type TokenView } from '../view.js';
import { gateOf, mayRun, presentIn } from './needs.js';
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
  const leftover = scoped(parsers, 'leftover');
  // per sentence, only the parsers whose needs it holds (see needs.ts); one list per combination
  const gate = gateOf(parsers, v.sl);
  const lists = new Map<number, [Scoped<'sentence'>[], Scoped<'token'>[]]>();
  for (let s = 0; s + 1 < v.sentStart.length; s++) {
    const bits = presentIn(gate, v, v.sentStart[s]!, v.sentStart[s + 1]!);
    let list = lists.get(bits);
    if (!list) {
      const runs = <P extends Parser>(p: P) => mayRun(gate, p, bits);
      lists.set(bits, (list = [sentence.filter(runs), token.filter(runs)]));
    }
    const found = sentenceDrafts(v, s, state, list[0], list[1]);
    state.drafts.push(...(found.length ? found : leftoverDraft(v, s, state, leftover)));
  }
  return state.drafts;
}

/** The first leftover parser's draft for sentence `s`, when no word of it was read. */
function leftoverDraft(
  v: TokenView,
  s: number,
  state: ParseState,
  parsers: readonly Scoped<'leftover'>[],
): Draft[] {
  const from = v.sentStart[s]!;
  const to = v.sentStart[s + 1]!;
  for (let k = from; k < to; k++) if (state.used[k]) return [];
  for (const p of parsers) {
    const found = p.parse(v, from, to, state.used, state.drafts);
    if (!found) continue;
    for (let k = from; k < found.stop; k++) state.used[k] = 1;
    return [found.draft];
  }
  return [];
}

function sentenceDrafts(
  v: TokenView,
  s: number,
  state: ParseState,
  sentence: readonly Scoped<'sentence'>[],
  token: readonly Scoped<'token'>[],
): Draft[] {
  const { used } = state;
  const out: Draft[] = [];
  const from = v.sentStart[s]!;
  const to = v.sentStart[s + 1]!;
  let lo = from;
  while (lo < to && used[lo]) lo++;
  for (const p of sentence) {
    const found = p.parse(v, lo, to, used, state.drafts);
    if (!found) continue;
    out.push(found.draft);
    for (let k = lo; k < found.stop; k++) used[k] = 1;
    if (found.stop >= to) return out;
    lo = found.stop;
  }
  if (!token.length) return out;
  // one scan per sentence, moved along its tokens: no object per token
  const scan: TokenScan = { v, i: lo, lo, from, to, before: out };
  for (let i = lo; i < to; i++) {
    if (used[i]) {
      lo = i + 1;
      continue;
    }
    scan.i = i;
    scan.lo = lo;
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
