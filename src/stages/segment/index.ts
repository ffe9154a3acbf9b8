import type { Sentence } from '../../domain/text.js';
import type { Lexicon } from '../../lexicon/load.js';
import { tokenize, type TokenizeOptions } from '../../lexicon/tokenize.js';
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

/** What the language's grammar adds to tokenizing: particles, apostrophe suffixes. */
const tokenizeOptions = (lex: Lexicon | null): TokenizeOptions | undefined =>
  lex?.compiled('segment.tokenize', (l) => {
    const g = l.data.grammar;
    if (!g.particles.length && !g.apostropheSuffixes) return undefined;
    return {
      particles: [...g.particles]
        .map((p) => p.normalize('NFC').toLowerCase())
        .sort((a, b) => b.length - a.length),
      minStem: g.particleMinStem,
      apostropheSuffixes: g.apostropheSuffixes,
    };
  });

export const segmentStage: Stage = {
  id: 'segment',
  version: 3,
  needsLexicon: false,
  run(doc, ctx) {
    const abbreviations = abbreviationsOf(ctx.lex);
    const opts = tokenizeOptions(ctx.lex);
    doc.paragraphs = splitParagraphs(doc.norm);
    const sentences: Sentence[] = [];
    for (const p of doc.paragraphs)
      for (const s of splitSentences(doc.norm, p, abbreviations))
        sentences.push({ ...s, paragraph: p.index, tokens: tokenize(doc.norm, s.start, s.end, opts) });
    doc.sentences = sentences;
  },
};
