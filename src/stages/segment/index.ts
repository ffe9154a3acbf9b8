import type { Sentence } from '../../domain/text.js';
import type { Lexicon } from '../../lexicon/load.js';
import { tokenize } from '../../lexicon/tokenize.js';
import { tokenizeOptionsOf } from '../../lexicon/tokenize-options.js';
import type { Stage } from '../../pipeline/stage.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences, type SentenceContext } from './sentences.js';

const NONE: SentenceContext = { abbreviations: new Set(), domainSuffixes: new Set() };

const contextOf = (lex: Lexicon | null): SentenceContext =>
  lex
    ? lex.compiled('segment.context', (l) => ({
        abbreviations: new Set(l.data.segment.abbreviations.map((a) => a.toLowerCase())),
        domainSuffixes: new Set(l.data.segment.domainSuffixes.map((a) => a.toLowerCase())),
        quoteContinuations: l.data.segment.quoteContinuations,
        datelineMarkers: l.data.segment.datelineMarkers,
      }))
    : NONE;

export const segmentStage: Stage = {
  id: 'segment',
  // 2: sentences glued to the next ("Rusia.Juru"), datelines as sentences of their own;
  // 3: particles and apostrophe suffixes split off when the language's grammar asks;
  // 4: Arabic punctuation, digits of any script;
  // 5: full-width stops end sentences;
  // 6: a closing quotation after a full-width stop ends the sentence unless a quotative follows;
  //    wire datelines closed by a marker ("北京4月11日电 "); short stems losing a particle ("씨는");
  // 7: elided articles written in a lexicon ("l'") match the split tokens
  // 8: segments the grammar cuts apart after dictionary segmentation ("人称" -> "人", "称")
  version: 8,
  needsLexicon: false,
  run(doc, ctx) {
    const context = contextOf(ctx.lex);
    const opts = tokenizeOptionsOf(ctx.lex);
    doc.paragraphs = splitParagraphs(doc.norm);
    const sentences: Sentence[] = [];
    for (const p of doc.paragraphs)
      for (const s of splitSentences(doc.norm, p, context))
        // written out, not spread: a spread copy of every sentence's span cost more than its tokens
        sentences.push({
          start: s.start,
          end: s.end,
          paragraph: p.index,
          tokens: tokenize(doc.norm, s.start, s.end, opts),
        });
    doc.sentences = sentences;
  },
};
