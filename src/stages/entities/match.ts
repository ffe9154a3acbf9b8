import type { Token } from '../../domain/text.js';
import type { PhraseMatch, PhraseSet } from '../../lexicon/phrase-set.js';
import { fits } from './shape.js';
import type { Form } from './target.js';

/**
 * The longest known name at token `i` with a form written as the text writes it, falling back
 * to shorter names: "Sahara desert" is "Sahara" when "Sahara Desert" wants a capital.
 */
export function matchKnown(
  known: PhraseSet<Form[]>,
  tokens: readonly Token[],
  i: number,
  accept: (f: Form) => boolean = () => true,
  first: PhraseMatch<Form[]> | null = known.matchAt(tokens, i),
): { match: PhraseMatch<Form[]>; form: Form } | null {
  let view = tokens;
  let m = first;
  for (;;) {
    if (!m) return null;
    const form = m.value.find((f) => fits(f.shape, tokens, i) && accept(f));
    if (form) return { match: m, form };
    if (m.end - i <= 1) return null;
    view = tokens.slice(0, m.end - 1);
    m = known.matchAt(view, i);
  }
}
