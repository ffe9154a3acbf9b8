import type { Token } from '../../../domain/text.js';
import type { EntityModel } from '../model.js';
import type { SentenceView } from '../view.js';
import { isCapitalWord } from './runs.js';

/** Longest outlet name read after its cue: "Harian Suara Rakyat Pagi". */
const MAX_OUTLET_WORDS = 4;

/**
 * End of an outlet's web address after the name ending at `end`: "Tribunjateng.com",
 * "Kabar.co.id"; `end` itself when none follows, written without spaces.
 */
export function domainEnd(tokens: readonly Token[], end: number, model: EntityModel): number {
  if (model.outletDomains.size === 0) return end;
  let k = end;
  let suffix = '';
  let found = end;
  while (tokens[k]?.text === '.' && tokens[k]!.start === tokens[k - 1]!.end) {
    const w = tokens[k + 1];
    if (!w || w.kind !== 'word' || w.start !== tokens[k]!.end) break;
    suffix = suffix ? `${suffix}.${w.norm}` : w.norm;
    k += 2;
    if (model.outletDomains.has(suffix)) found = k;
  }
  return found;
}

/**
 * End of an outlet's name right after an outlet cue ("dilansir Kabar Timur", "the newspaper
 * Harbour Daily"), whose words may be common ones; `i` when no cue stands before `i`, or a
 * title does ("laporan Menteri Keuangan" names a minister's report, not an outlet).
 */
export function outletNameEnd(
  view: SentenceView,
  i: number,
  covered: Uint8Array,
  model: EntityModel,
): number {
  const { tokens } = view;
  if (!model.outletCues.matchEndingAt(tokens, i - 1) || model.titles.matchAt(tokens, i)) return i;
  let end = i;
  while (
    end - i < MAX_OUTLET_WORDS &&
    isCapitalWord(tokens[end]) &&
    !covered[end] &&
    !model.functionWords.has(tokens[end]!.norm)
  )
    end++;
  return end > i ? domainEnd(tokens, end, model) : i;
}
