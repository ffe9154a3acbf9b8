import { PRIORITY, type Candidate } from '../candidate.js';
import { Starts, type EntityModel } from '../model.js';
import { matchKnown } from '../match.js';
import type { Form } from '../target.js';
import type { SentenceView } from '../view.js';
import { isCapitalWord } from './runs.js';

const ANY = (): boolean => true;
const UNCUED = (f: Form): boolean => !f.cued;

/**
 * Names the lexicon knows, longest first at each token: "Korea Utara", "Gedung Putih",
 * "Lloyd Austin", "Roma"; a cued short form only after its cue ("platform media sosial X").
 */
export function proposeKnown(
  view: SentenceView,
  sentence: number,
  model: EntityModel,
  out: Candidate[],
): void {
  const { tokens } = view;
  for (let s = 0; s < view.starts.length; s++) {
    if (!(view.startBits[s]! & Starts.Known)) continue;
    const i = view.starts[s]!;
    const first = model.known.matchAt(tokens, i);
    if (!first) continue;
    const cued = first.value.some((f) => f.cued) && !!model.sourceCues.matchEndingAt(tokens, i - 1);
    const found = matchKnown(model.known, tokens, i, cued ? ANY : UNCUED, first);
    if (!found) continue;
    const { match: m, form: f } = found;
    if (
      f.target.type !== 'person' &&
      f.target.type !== 'organization' &&
      givenNameBefore(view, i, m.end, model)
    )
      continue;
    if (f.target.type === 'person' && m.end - i === 1 && partOfOtherName(view, i)) continue;
    out.push({
      sentence,
      start: i,
      end: m.end,
      target: f.target,
      rule: f.target.rule,
      phase: 1,
      priority: PRIORITY.known + f.rank,
    });
  }
}

/** "Retno Hapsari", "Listyo Sigit Prabowo": a one-word alias inside a longer name is someone else. */
function partOfOtherName(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  const capital = (k: number): boolean => isCapitalWord(tokens[k]);
  return capital(i + 1) || (i > 0 && !view.initial[i] && capital(i - 1));
}

/** "Michael Jordan", "Paris Hilton": a one-word place right after a given name is a surname. */
function givenNameBefore(view: SentenceView, i: number, end: number, model: EntityModel): boolean {
  if (end - i !== 1 || i === 0) return false;
  const prev = view.tokens[i - 1]!;
  return prev.upper && model.given.has(prev.norm) && !model.known.matchAt(view.tokens, i - 1);
}
