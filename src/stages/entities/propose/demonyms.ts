import { PRIORITY, type Candidate } from '../candidate.js';
import { countryTarget } from '../gazetteer/countries.js';
import { Starts, type EntityModel } from '../model.js';
import type { SentenceView } from '../view.js';

/**
 * Nationality adjectives name their country: "a French trade delegation", "South Korean
 * officials" mention France and South Korea (rule "demonym": no name is written, so name-level
 * evaluations leave these out).
 */
export function proposeDemonyms(
  view: SentenceView,
  sentence: number,
  model: EntityModel,
  out: Candidate[],
): void {
  const { tokens } = view;
  for (let s = 0; s < view.starts.length; s++) {
    if (!(view.startBits[s]! & Starts.Demonym)) continue;
    const i = view.starts[s]!;
    if (!tokens[i]!.upper) continue;
    const m = model.demonyms.matchAt(tokens, i);
    if (!m) continue;
    const target = countryTarget(m.value, 'demonym');
    out.push({ sentence, start: i, end: m.end, target, rule: 'demonym', phase: 1, priority: PRIORITY.guess });
  }
}
