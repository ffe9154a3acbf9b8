import { isSupported, languageChain, loadLexicon } from '../../lexicon/load.js';
import type { Stage } from '../../pipeline/stage.js';
import { cldDetect } from './cld.js';
import { lexicalDetect, lexicalLanguages } from './lexical.js';

const SAMPLE = 1000;

/** Decides the article's language; reads text only, never changes it. */
export function detectLanguage(text: string): { code: string; method: string; confidence: number } {
  const letters = countLetters(text, 201);
  if (letters < 3) return { code: 'und', method: 'none', confidence: 0 };
  // the first 1,000 characters (some 150 words) tell the language as well as the whole text
  const c = cldDetect(text.length > SAMPLE ? text.slice(0, SAMPLE) : text);
  // cld is sure of a language none of ours is kin to ("de", "ja"): the function words could only
  // overrule it with a kin language, so they are not counted (most of detection's time)
  if (
    c &&
    (c.reliable || letters > 200) &&
    !lexicalLanguages().some((x) => x !== c.code && related(c.code, x))
  )
    return { code: c.code, method: 'cld', confidence: c.confidence };
  const l = lexicalDetect(text);
  // cld confuses close languages (Indonesian and Malay); when the function words pick the other
  // member of the same family (one lexicon extends the other), they decide
  if (c && l && l.code !== c.code && related(c.code, l.code))
    return { code: l.code, method: 'lexicon', confidence: l.confidence };
  if (c && (c.reliable || letters > 200)) return { code: c.code, method: 'cld', confidence: c.confidence };
  if (l) return { code: l.code, method: 'lexicon', confidence: l.confidence };
  if (c) return { code: c.code, method: 'cld', confidence: c.confidence };
  return { code: 'und', method: 'none', confidence: 0 };
}

/** Whether one language's lexicon builds on the other's ("ms" on "id"). */
function related(a: string, b: string): boolean {
  if (!supported(a) || !supported(b)) return false;
  return languageChain(a).includes(b) || languageChain(b).includes(a);
}

function countLetters(text: string, max: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < max; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /\p{L}/u.test(text[i]!))) n++;
  }
  return n;
}

const supportedCache = new Map<string, boolean>();
const supported = (code: string) => {
  let s = supportedCache.get(code);
  if (s === undefined) supportedCache.set(code, (s = isSupported(code)));
  return s;
};

export const languageStage: Stage = {
  id: 'language',
  version: 2,
  needsLexicon: false,
  run(doc, ctx) {
    const forced = ctx.options.lang;
    const guess = forced ? { code: forced, method: 'option', confidence: 1 } : detectLanguage(doc.norm);
    const ok = supported(guess.code);
    doc.language = { ...guess, supported: ok };
    if (ok) ctx.lex = loadLexicon(guess.code);
    else
      doc.warnings.push(
        guess.code === 'und'
          ? 'no language recognised in the text; nothing was extracted'
          : `language "${guess.code}" has no lexicon yet; statements, entities, figures and dates were not extracted`,
      );
  },
};
