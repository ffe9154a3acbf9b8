import type { Token } from '../../../domain/text.js';
import { fold } from '../../../lexicon/fold.js';
import type { EntityModel } from '../model.js';

/**
 * How many tokens the possessive marker at token `k` takes, by the grammar lexicon's
 * `possessiveMarkers`: 1 for "'s" in "Germany 's", 2 for "' s" as text written with spaces has
 * it ("Hitchcock ' s"), 0 for none. A bare apostrophe ("Philippines '") counts only when
 * `bare` is asked for: elsewhere it is more often a quotation mark.
 */
export function possessiveLength(
  tokens: readonly Token[],
  k: number,
  model: EntityModel,
  bare = false,
): number {
  const t = tokens[k];
  if (!t || model.possessives.size === 0) return 0;
  if (t.kind === 'word' && model.possessives.has(t.norm)) return 1;
  const next = tokens[k + 1];
  if (t.kind === 'quote' && next?.kind === 'word' && model.possessives.has(fold(t.text + next.text)))
    return 2;
  return bare && model.possessives.has(fold(t.text)) ? 1 : 0;
}
