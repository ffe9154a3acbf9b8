import type { Sentence } from '../../domain/text.js';
import type { Lexicon } from '../../lexicon/load.js';
import { tokenize } from '../../lexicon/tokenize.js';
import type { Stage } from '../../pipeline/stage.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences, type SentenceContext } from './sentences.js';

const NONE: SentenceContext = { abbreviations: new Set(), domainSuffixes: new Set() };

const contextOf = (lex: Lexicon | null): SentenceContext =>
  lex
    ? lex.compiled('segment.context', (l) => ({
        abbreviations: new Set(l.data.segment.abbreviations.map((a) => a.toLowerCase())),
        domainSuffixes: new Set(l.data.segment.domainSuffixes.map((a) => a.toLowerCase())),
      }))
    : NONE;

export const segmentStage: Stage = {
  id: 'segment',
  // 2: sentences glued to the next ("Rusia.Juru"), datelines as sentences of their own
  version: 2,
  needsLexicon: false,
  run(doc, ctx) {
    const context = contextOf(ctx.lex);
    doc.paragraphs = splitParagraphs(doc.norm);
    const sentences: Sentence[] = [];
    for (const p of doc.paragraphs)
      for (const s of splitSentences(doc.norm, p, context))
        sentences.push({ ...s, paragraph: p.index, tokens: tokenize(doc.norm, s.start, s.end) });
    doc.sentences = sentences;
  },
};
