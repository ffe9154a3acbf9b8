import type { Token } from '../../domain/text.js';
import type { FiguresModel } from './model.js';

export interface Spelled {
  value: number;
  /** index after the last token read */
  end: number;
}

type Part = { kind: 'word' | 'teen' | 'mult' | 'scale' | 'article' | 'fraction'; value: number };

function partOf(norm: string, m: FiguresModel): Part | null {
  const w = m.words.get(norm);
  if (w !== undefined) return { kind: 'word', value: w };
  if (m.teens.has(norm)) return { kind: 'teen', value: 10 };
  const mu = m.multipliers.get(norm);
  if (mu !== undefined) return { kind: 'mult', value: mu };
  const s = m.scales.get(norm);
  if (s !== undefined) return { kind: 'scale', value: s };
  if (m.articles.has(norm)) return { kind: 'article', value: 1 };
  const f = m.fractions.get(norm);
  if (f !== undefined) return { kind: 'fraction', value: f };
  return null;
}

/** "twenty-five" -> [20, 5]; null unless every piece is a number word */
function partsOf(norm: string, m: FiguresModel): Part[] | null {
  const p = partOf(norm, m);
  if (p) return [p];
  if (!norm.includes('-')) return null;
  const out: Part[] = [];
  for (const piece of norm.split('-')) {
    const q = partOf(piece, m);
    if (!q || q.kind === 'article' || q.kind === 'fraction') return null;
    out.push(q);
  }
  return out;
}

/** "million and five million": a joiner is part of the number only when no scale as large follows */
function joinable(tokens: readonly Token[], k: number, m: FiguresModel, smallestScale: number): boolean {
  const first = partsOf(tokens[k]?.norm ?? '', m);
  if (!first || first[0]!.kind !== 'word') return false;
  for (let j = k; j < tokens.length; j++) {
    const parts = tokens[j]!.kind === 'word' ? partsOf(tokens[j]!.norm, m) : null;
    if (!parts) return true;
    if (parts.some((p) => p.kind === 'scale' && p.value >= smallestScale)) return false;
  }
  return true;
}

/**
 * Reads a number written in words from tokens[i]: "tiga ribu", "dua belas ribu", "three hundred
 * and fifty", "a dozen", "twenty-five". Small words add up ("twenty five"), "belas" adds ten,
 * multipliers scale the small number before them ("dua ratus"), scales everything before them
 * ("tiga ribu"). Returns null when no number word is there or only an article is.
 */
export function readSpelled(tokens: readonly Token[], i: number, m: FiguresModel): Spelled | null {
  let total = 0;
  let group = 0;
  let last = 0;
  let counted = false;
  let pendingArticle = false;
  let afterFraction = false;
  let fraction = false;
  let smallestScale = Infinity;
  let end = i;
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    if (counted && m.joiners.has(t.norm)) {
      if (joinable(tokens, k + 1, m, smallestScale)) continue;
      break;
    }
    const parts = partsOf(t.norm, m);
    if (!parts) break;
    let ok = true;
    for (const p of parts) {
      if (p.kind === 'fraction') {
        // "setengah juta", "half a million": a part of one, then a scale
        if (counted || pendingArticle) ok = false;
        else {
          last += p.value;
          counted = afterFraction = fraction = true;
        }
        continue;
      }
      if (p.kind === 'article') {
        if (afterFraction) afterFraction = false;
        else if (counted || pendingArticle) ok = false;
        else pendingArticle = true;
        continue;
      }
      if (!counted && !pendingArticle && p.kind !== 'word') {
        // "ribu" or "hundred" alone does not start a number; "seribu" and "a hundred" do
        ok = false;
        break;
      }
      if (p.kind === 'word') {
        if (pendingArticle) ok = false;
        else if (p.value >= 1000) {
          total += p.value;
          group = last = 0;
        } else if (p.value >= 100) group += p.value;
        else last += p.value;
      } else if (p.kind === 'teen') {
        if (last < 1 || last > 9) ok = false;
        else last += 10;
      } else if (p.kind === 'mult') {
        group += (last || 1) * p.value;
        last = 0;
      } else {
        total += (group + last || 1) * p.value;
        group = last = 0;
        smallestScale = Math.min(smallestScale, p.value);
      }
      pendingArticle = afterFraction = false;
      counted = true;
    }
    if (!ok) break;
    end = k + 1;
  }
  if (!counted || end === i) return null;
  // "separuh kapal", "half the ships" is a share, not a count; "setengah juta" is a count
  if (fraction && smallestScale === Infinity) return null;
  // a trailing article ("three a") was not part of the number
  if (pendingArticle) {
    end--;
    if (end === i) return null;
  }
  return { value: total + group + last, end };
}
