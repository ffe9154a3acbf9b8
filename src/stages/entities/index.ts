/**
 * @module The entities stage: people, organisations, countries and places with canonical ids,
 * so "Korea Utara", "Korut", "North Korea" and "DPRK" are one entity ("country:KP").
 */
import { isCorroborateError } from '../../domain/errors.js';
import type { Stage } from '../../pipeline/stage.js';
import { joinDefinedAcronyms } from './acronym-coref.js';
import { assemble } from './assemble.js';
import type { Candidate } from './candidate.js';
import { harmonizeNames, resolveCoreference } from './coref.js';
import { entityModel, type EntityModel } from './model.js';
import { commonAcronyms } from './propose/acronyms.js';
import { proposeBodies } from './propose/bodies.js';
import { proposeDemonyms } from './propose/demonyms.js';
import { proposeKeywords } from './propose/keywords.js';
import { proposeKnown } from './propose/known.js';
import { proposeNames } from './propose/names.js';
import { nestedCountries } from './propose/nested.js';
import { typeByList } from './propose/lists.js';
import { resolveOverlaps } from './resolve.js';
import { loweredWords, sentenceView, type SentenceView } from './view.js';

export { entityAt, countryOf, isOutletEntity, nameOfId, orgInfo, type OrgInfo } from './lookup.js';

/**
 * One sentence's candidates, in text order: 1. names the lexicon knows or composes, the longest
 * kept where they overlap; 2. names read from capitals around them; then list typing and the
 * countries nested in bodies.
 */
function readSentence(view: SentenceView, si: number, model: EntityModel, all: Candidate[]): void {
  const proposed: Candidate[] = [];
  proposeKnown(view, si, model, proposed);
  proposeBodies(view, si, model, proposed);
  proposeKeywords(view, si, model, proposed);
  proposeDemonyms(view, si, model, proposed);
  const { kept, covered } = resolveOverlaps(proposed, view.tokens.length);
  const named: Candidate[] = [];
  proposeNames(view, si, model, covered, named);
  if (named.length === 0) for (const c of kept) all.push(c);
  else {
    const sentence = kept.length ? [...kept, ...named].sort((a, b) => a.start - b.start) : named;
    typeByList(sentence, view, model);
    for (const c of sentence) all.push(c);
  }
  if (kept.length) for (const c of nestedCountries(kept, view, model)) all.push(c);
}

// 4: Malaysian states in the shared gazetteer, case forms of Russian place suffixes
export const entitiesStage: Stage = {
  id: 'entities',
  // 5: where every noun is capitalised, a connector after a common noun joins no name;
  // 6: Portuguese keywords that open a name
  // 9: German exonyms of shared places, place nouns before a name, names in the genitive before
  // their noun, lone surnames joined to a full name, compass words on a place ("Nordalgerien")
  // 10: lexicon phrases tokenized with the language's particles and suffixes, as its text is
  // 11: plural genitive forms of known names in uk and ru ("Нідерландів", "Нидерландов")
  // 12: Spanish, Italian, Portuguese and French news outlets as known organisations ("à Lusa")
  version: 11,
  needsLexicon: true,
  run(doc, ctx) {
    if (!ctx.lex) return;
    try {
      const model = entityModel(ctx.lex);
      const lowered = loweredWords(doc.sentences);
      // "Mpox Menjadi Darurat Global" above the body: a headline, when the article has a body
      const titled = doc.paragraphs.length > 1;
      const acronyms = commonAcronyms(doc.sentences, model);
      const views = doc.sentences.map((s) =>
        sentenceView(s, model, { firstLine: titled && s.paragraph === 0, lowered, commonAcronyms: acronyms }),
      );
      const all: Candidate[] = [];
      views.forEach((view, si) => readSentence(view, si, model, all));
      joinDefinedAcronyms(all, views, model);
      resolveCoreference(all, views);
      harmonizeNames(all);
      doc.entities = assemble(doc, all, views);
    } catch (cause) {
      // a broken lexicon file is the operator's to fix; anything else must not stop the article
      if (isCorroborateError(cause)) throw cause;
      doc.entities = [];
      doc.warnings.push(`entities could not be read: ${(cause as Error).message}`);
    }
  },
};
