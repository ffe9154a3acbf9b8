/**
 * @module The entities stage: people, organisations, countries and places with canonical ids,
 * so "Korea Utara", "Korut", "North Korea" and "DPRK" are one entity ("country:KP").
 */
import { isCorroborateError } from '../../domain/errors.js';
import type { Stage } from '../../pipeline/stage.js';
import { assemble } from './assemble.js';
import type { Candidate } from './candidate.js';
import { harmonizeNames, resolveCoreference } from './coref.js';
import { entityModel, type EntityModel } from './model.js';
import { proposeBodies } from './propose/bodies.js';
import { proposeDemonyms } from './propose/demonyms.js';
import { proposeKeywords } from './propose/keywords.js';
import { proposeKnown } from './propose/known.js';
import { proposeNames } from './propose/names.js';
import { nestedCountries } from './propose/nested.js';
import { typeByList } from './propose/lists.js';
import { resolveOverlaps } from './resolve.js';
import { sentenceView, type SentenceView } from './view.js';

export { entityAt, countryOf, orgInfo, type OrgInfo } from './lookup.js';

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

export const entitiesStage: Stage = {
  id: 'entities',
  version: 2,
  needsLexicon: true,
  run(doc, ctx) {
    if (!ctx.lex) return;
    try {
      const model = entityModel(ctx.lex);
      const views = doc.sentences.map((s) => sentenceView(s, model));
      const all: Candidate[] = [];
      views.forEach((view, si) => readSentence(view, si, model, all));
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
