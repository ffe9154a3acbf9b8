import type { Token } from '../../../domain/text.js';
import type { EntityModel } from '../model.js';

/**
 * "Nordalgerien", "Südkamerun", "Südosteuropas": a compass word of the lexicon written onto a
 * place or country the lexicon knows names a part of that place. The part is a place of its own
 * (Northern Algeria is not Algeria), so only the reading is borrowed, not the id.
 */
export function prefixedPlace(t: Token, model: EntityModel): boolean {
  for (const p of model.placePrefixes) {
    if (t.norm.length < p.length + 4 || !t.norm.startsWith(p)) continue;
    const m = model.known.matchAt([{ ...t, norm: t.norm.slice(p.length) }], 0);
    if (m?.value.some((f) => f.target.type === 'place' || f.target.type === 'country')) return true;
  }
  return false;
}
