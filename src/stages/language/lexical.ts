import { fold } from '../../lexicon/fold.js';
import { ownFunctionWords, supportedLanguages } from '../../lexicon/load.js';

interface Profiles {
  langs: string[];
  /** folded word -> the languages whose own function words hold it */
  owners: Map<string, number[]>;
}
let profiles: Profiles | null = null;

/** Each language's OWN function words (never inherited through `extends`). */
function getProfiles(): Profiles {
  if (profiles) return profiles;
  const langs = supportedLanguages();
  const owners = new Map<string, number[]>();
  langs.forEach((lang, i) => {
    for (const w of new Set(ownFunctionWords(lang).map(fold))) {
      const o = owners.get(w);
      if (o) o.push(i);
      else owners.set(w, [i]);
    }
  });
  return (profiles = { langs, owners });
}

/** The languages the function-word evidence can name. */
export const lexicalLanguages = (): readonly string[] => getProfiles().langs;

/** Forgets the profiles (tests that add a language folder). */
export function resetLexicalProfiles(): void {
  profiles = null;
}

// scripts written without spaces: a run of them is cut into words as the tokenizer cuts it
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
let segmenter: Intl.Segmenter | undefined;

/** The words of `text`: letter runs, and the words ICU finds inside runs of unspaced script. */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/\p{L}+/gu) ?? []) {
    if (!UNSPACED.test(run)) {
      out.push(run);
      continue;
    }
    segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
    for (const seg of segmenter.segment(run)) if (seg.isWordLike) out.push(seg.segment);
  }
  return out;
}

/**
 * Function-word evidence for each supported language: the fallback when cld is missing, and a
 * tie-breaker on short texts. A word shared by k languages gives each 1/k, so words that
 * Indonesian and Malay share cannot outvote the few that tell them apart ("bahwa" / "bahawa").
 * Reads at most the first 20,000 characters.
 */
export function lexicalDetect(text: string): { code: string; confidence: number } | null {
  const { langs, owners } = getProfiles();
  const words = wordsOf(text.slice(0, 20_000));
  if (words.length === 0 || langs.length === 0) return null;
  const score = new Float64Array(langs.length);
  let known = 0;
  for (const raw of words) {
    const o = owners.get(fold(raw));
    if (!o) continue;
    known++;
    for (const i of o) score[i]! += 1 / o.length;
  }
  let best = -1;
  let second = 0;
  for (let i = 0; i < langs.length; i++) {
    if (best < 0 || score[i]! > score[best]!) {
      if (best >= 0) second = score[best]!;
      best = i;
    } else if (score[i]! > second) second = score[i]!;
  }
  // enough of the text is function words of the languages we know, and one language leads
  if (best < 0 || known < Math.max(2, words.length * 0.1) || score[best]! <= second) return null;
  return { code: langs[best]!, confidence: (score[best]! - second) / score[best]! };
}
