import type { Token } from '../../domain/text.js';
import type { PhraseMatch } from '../../lexicon/phrase-set.js';
import type { FiguresModel, UnitEntry } from './model.js';

export interface UnitRead {
  unit: string;
  /** a span of time ("two weeks") */
  duration: boolean;
  /** token indices of the unit words (after any modifier gap) */
  start: number;
  end: number;
}

/** "tentara-tentara" -> "tentara" */
function reduplicated(norm: string): string | null {
  const h = norm.indexOf('-');
  return h > 0 && norm.length === 2 * h + 1 && norm.slice(0, h) === norm.slice(h + 1)
    ? norm.slice(0, h)
    : null;
}

function unitAt(tokens: readonly Token[], p: number, m: FiguresModel): PhraseMatch<UnitEntry> | null {
  const hit = m.unitsAfter.matchAt(tokens, p);
  if (hit || !m.reduplication || tokens[p]?.kind !== 'word') return hit;
  const base = reduplicated(tokens[p]!.norm);
  const e = base ? m.unitWords.get(base) : undefined;
  return e ? { start: p, end: p + 1, value: e, phrase: base! } : null;
}

/**
 * The counted thing after a quantity: "3.000 tentara", "ribuan tentara-tentara", "thousands of
 * troops", "3,000 North Korean troops" (modifier gap, English), "3 orang tentara" (a classifier
 * giving way to the specific unit after it).
 */
export function readUnit(
  tokens: readonly Token[],
  k: number,
  m: FiguresModel,
  vague: boolean,
): UnitRead | null {
  let from = k;
  // "a 90-hectare park", "a 3,000-strong force": the unit glued by a hyphen
  const dash = tokens[k];
  if (dash?.text === '-' && tokens[k - 1]?.end === dash.start && tokens[k + 1]?.start === dash.end) {
    const hit = unitAt(tokens, k + 1, m);
    if (hit) return { unit: hit.value.unit, duration: hit.value.duration, start: k + 1, end: hit.end };
  }
  if (vague) {
    const l = m.linkers.matchAt(tokens, k);
    if (l) from = l.end;
  }
  for (let p = from; p <= from + m.maxGap && p < tokens.length; p++) {
    const hit = unitAt(tokens, p, m);
    if (hit) {
      if (hit.value.classifier) {
        const specific = unitAt(tokens, hit.end, m);
        if (specific && !specific.value.classifier)
          return {
            unit: specific.value.unit,
            duration: specific.value.duration,
            start: p,
            end: specific.end,
          };
      }
      return { unit: hit.value.unit, duration: hit.value.duration, start: p, end: hit.end };
    }
    const t = tokens[p]!;
    if (t.kind !== 'word' || !(m.modifiers.has(t.norm) || (m.capitalizedGap && t.upper))) break;
  }
  return null;
}
