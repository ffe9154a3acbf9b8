import type { z } from 'zod';
import { ConceptsLexicon } from './concepts.js';
import { DatesLexicon } from './dates.js';
import { EntitiesLexicon } from './entities.js';
import { GrammarLexicon } from './grammar.js';
import { MetaLexicon } from './meta.js';
import { NumbersLexicon } from './numbers.js';
import { ReportingLexicon } from './reporting.js';
import { RolesLexicon } from './roles.js';
import { SegmentLexicon } from './segment.js';
import { StanceLexicon } from './stance.js';
import { UnitsLexicon } from './units.js';

/** Every kind of lexicon file a language folder may hold: `lexicons/<lang>/<kind>.json`. */
export const LEXICON_KINDS = {
  meta: MetaLexicon,
  segment: SegmentLexicon,
  reporting: ReportingLexicon,
  stance: StanceLexicon,
  roles: RolesLexicon,
  numbers: NumbersLexicon,
  units: UnitsLexicon,
  dates: DatesLexicon,
  entities: EntitiesLexicon,
  concepts: ConceptsLexicon,
  grammar: GrammarLexicon,
} as const;

export type LexiconKind = keyof typeof LEXICON_KINDS;
export type LexiconData = { [K in LexiconKind]: z.infer<(typeof LEXICON_KINDS)[K]> };
