import type { Doc } from '../domain/document.js';
import type { ExtractOptions, StageContext } from './stage.js';
import { STAGES } from './stages.js';

export function newDoc(text: string, options: ExtractOptions): Doc {
  return {
    text,
    norm: text,
    published: options.published ?? null,
    language: { code: 'und', method: 'none', confidence: 0, supported: false },
    paragraphs: [],
    sentences: [],
    entities: [],
    figures: [],
    dates: [],
    statements: [],
    warnings: [],
  };
}

/** Runs every stage over `text`. Never throws on odd text: the worst is an empty result. */
export function runPipeline(text: string, options: ExtractOptions = {}): Doc {
  const doc = newDoc(text, options);
  const ctx: StageContext = { options, lex: null };
  for (const stage of STAGES) {
    if (stage.needsLexicon && !ctx.lex) continue;
    stage.run(doc, ctx);
    if (stage.id === options.until) break;
  }
  return doc;
}
