import { isSupported, loadLexicon } from '../../lexicon/load.js';
import type { Stage } from '../../pipeline/stage.js';
import { cldDetect } from './cld.js';
import { lexicalDetect } from './lexical.js';

/** Decides the article's language; reads text only, never changes it. */
export function detectLanguage(text: string): { code: string; method: string; confidence: number } {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 3) return { code: 'und', method: 'none', confidence: 0 };
  const c = cldDetect(text);
  if (c && (c.reliable || letters > 200)) return { code: c.code, method: 'cld', confidence: c.confidence };
  const l = lexicalDetect(text);
  if (l) return { code: l.code, method: 'lexicon', confidence: l.confidence };
  if (c) return { code: c.code, method: 'cld', confidence: c.confidence };
  return { code: 'und', method: 'none', confidence: 0 };
}

export const languageStage: Stage = {
  id: 'language',
  version: 1,
  needsLexicon: false,
  run(doc, ctx) {
    const forced = ctx.options.lang;
    const guess = forced ? { code: forced, method: 'option', confidence: 1 } : detectLanguage(doc.norm);
    const supported = isSupported(guess.code);
    doc.language = { ...guess, supported };
    if (supported) ctx.lex = loadLexicon(guess.code);
    else
      doc.warnings.push(
        guess.code === 'und'
          ? 'no language recognised in the text; nothing was extracted'
          : `language "${guess.code}" has no lexicon yet; statements, entities, figures and dates were not extracted`,
      );
  },
};
