import { fold } from '../../lexicon/fold.js';
import { loadLexicon, supportedLanguages } from '../../lexicon/load.js';

let profiles: Array<{ lang: string; words: Set<string> }> | null = null;

function getProfiles() {
  profiles ??= supportedLanguages().map((lang) => ({
    lang,
    words: new Set(loadLexicon(lang).data.meta.functionWords.map(fold)),
  }));
  return profiles;
}

/**
 * Function-word overlap with each supported language: the fallback when cld is missing, and a
 * tie-breaker on short texts. Reads at most the first 20,000 characters.
 */
export function lexicalDetect(text: string): { code: string; confidence: number } | null {
  const words = (text.slice(0, 20_000).match(/\p{L}+/gu) ?? []).map(fold);
  if (words.length === 0) return null;
  let best: { code: string; hits: number } | null = null;
  let second = 0;
  for (const p of getProfiles()) {
    let hits = 0;
    for (const w of words) if (p.words.has(w)) hits++;
    if (!best || hits > best.hits) {
      second = best?.hits ?? 0;
      best = { code: p.lang, hits };
    } else if (hits > second) second = hits;
  }
  if (!best || best.hits < Math.max(2, words.length * 0.15)) return null;
  return { code: best.code, confidence: (best.hits - second) / best.hits };
}
