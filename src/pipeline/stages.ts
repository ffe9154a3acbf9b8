/**
 * @module The extraction pipeline, in order. Reading this list tells what happens to an article.
 */
import { datesStage } from '../stages/dates/index.js';
import { entitiesStage } from '../stages/entities/index.js';
import { figuresStage } from '../stages/figures/index.js';
import { languageStage } from '../stages/language/index.js';
import { normalizeStage } from '../stages/normalize/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { statementsStage } from '../stages/statements/index.js';
import { lexiconFingerprint } from '../lexicon/load.js';
import type { Stage } from './stage.js';

export const STAGES: readonly Stage[] = [
  normalizeStage, // same-length working copy of the text: uniform spaces and line ends
  languageStage, // id / ms / en ... told apart; picks the lexicon
  segmentStage, // paragraphs, sentences, tokens
  entitiesStage, // people, organisations, countries, places with canonical ids
  figuresStage, // "setidaknya 3.000 tentara" -> at least 3000 troops
  datesStage, // "Rabu (23 Oktober)", "minggu lalu" resolved against the publication date
  statementsStage, // who said what: quotes, attribution, stance, cited outlet
];

/** "normalize@1 language@1 … lexicons@3f2a…": what produced an extraction, stored beside it. */
export const pipelineVersion = (): string =>
  `${STAGES.map((s) => `${s.id}@${s.version}`).join(' ')} lexicons@${lexiconFingerprint()}`;
