import type { Sentence } from '../../domain/text.js';
import type { Lexicon } from '../../lexicon/load.js';
import { tokenize } from '../../lexicon/tokenize.js';
import type { Stage } from '../../pipeline/stage.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';

const NONE: ReadonlySet<string> = new Set();

const abbreviationsOf = (lex: Lexicon | null): ReadonlySet<string> =>
  lex
    ? lex.compiled(
        'segment.abbreviations',
        (l) => new Set(l.data.segment.abbreviations.map((a) => a.toLowerCase())),
      )
    : NONE;

export const segmentStage: Stage = {
  id: 'segment',
  version: 1,
  needsLexicon: false,
  run(doc, ctx) {
    const abbreviations = abbreviationsOf(ctx.lex);
    doc.paragraphs = splitParagraphs(doc.norm);
    const sentences: Sentence[] = [];
    for (const p of doc.paragraphs)
      for (const s of splitSentences(doc.norm, p, abbreviations))
        sentences.push({ ...s, paragraph: p.index, tokens: tokenize(doc.norm, s.start, s.end) });
    doc.sentences = sentences;
  },
};
