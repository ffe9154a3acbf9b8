import type { Token } from '../../../domain/text.js';
import type { Candidate } from '../candidate.js';
import type { EntityModel } from '../model.js';
import { slug } from '../slug.js';
import type { SentenceView } from '../view.js';

const SEPARATORS = new Set([',', '-', '/', '&', '–']);

const separated = (tokens: readonly Token[], from: number, to: number, model: EntityModel): boolean => {
  if (to - from !== 1) return false;
  const t = tokens[from]!;
  return SEPARATORS.has(t.text) || model.conjunctions.has(t.norm);
};

/**
 * A guessed name listed with places is a place, with organisations an organisation:
 * "Pulau Sebesi dan Sebuku", "Wakatobi - Kendari", "Aceh Besar , Pidie , Bireun".
 * `candidates` are one sentence's, in text order.
 */
export function typeByList(candidates: Candidate[], view: SentenceView, model: EntityModel): void {
  const retype = (c: Candidate, like: Candidate): void => {
    const type = like.target.type === 'country' ? 'place' : like.target.type;
    if (type === 'person' || type === c.target.type) return;
    const prefix = type === 'organization' ? 'org' : type;
    c.target = { ...c.target, id: `${prefix}:${slug(c.target.name)}`, type, rule: 'name.list' };
    c.rule = 'name.list';
  };
  const guess = (c: Candidate): boolean => c.rule === 'name.capitals' || c.rule === 'name.list';
  for (let pass = 0; pass < 2; pass++)
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k]!;
      if (!guess(c)) continue;
      const prev = candidates[k - 1];
      const next = candidates[k + 1];
      if (prev && !guess(prev) && separated(view.tokens, prev.end, c.start, model)) retype(c, prev);
      else if (next && !guess(next) && separated(view.tokens, c.end, next.start, model)) retype(c, next);
      else if (prev && prev.rule === 'name.list' && separated(view.tokens, prev.end, c.start, model))
        retype(c, prev);
      else if (next && next.rule === 'name.list' && separated(view.tokens, c.end, next.start, model))
        retype(c, next);
    }
}
