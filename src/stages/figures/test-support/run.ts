import type { Doc } from '../../../domain/document.js';
import { loadLexicon } from '../../../lexicon/load.js';
import { newDoc } from '../../../pipeline/extract.js';
import type { StageContext } from '../../../pipeline/stage.js';
import { datesStage } from '../../dates/index.js';
import { normalizeStage } from '../../normalize/index.js';
import { segmentStage } from '../../segment/index.js';
import { figuresStage } from '../index.js';

/**
 * Runs only the stages figures and dates depend on (normalize, segment) and then both, with the
 * language forced, so their tests do not depend on the other stages.
 */
export function readNumbersAndDates(text: string, lang: string, published: string | null = null): Doc {
  const doc = newDoc(text, { lang, published });
  const ctx: StageContext = { options: { lang, published }, lex: loadLexicon(lang) };
  doc.language = { code: lang, method: 'option', confidence: 1, supported: true };
  for (const stage of [normalizeStage, segmentStage, figuresStage, datesStage]) stage.run(doc, ctx);
  return doc;
}
