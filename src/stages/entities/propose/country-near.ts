import type { Token } from '../../../domain/text.js';
import type { PhraseMatch } from '../../../lexicon/phrase-set.js';
import type { EntityModel } from '../model.js';
import { matchKnown } from '../match.js';
import { fits } from '../shape.js';
import type { Form } from '../target.js';
import { possessiveLength } from './possessive.js';

export interface CountryRef {
  start: number;
  end: number;
  code: string;
}

function asCountry(m: PhraseMatch<Form[]> | null, tokens: readonly Token[]): CountryRef | null {
  if (!m) return null;
  const f = m.value.find((v) => v.target.type === 'country' && fits(v.shape, tokens, m.start));
  return f?.target.country ? { start: m.start, end: m.end, code: f.target.country } : null;
}

/** A country named from token `i` on: "Jerman", "AS", "Korea Selatan". */
export function countryAt(tokens: readonly Token[], i: number, model: EntityModel): CountryRef | null {
  const found = matchKnown(model.known, tokens, i, (f) => f.target.type === 'country');
  const code = found?.form.target.country;
  return found && code ? { start: i, end: found.match.end, code } : null;
}

/** A country or nationality ending at token `j`: "Germany", "South Korean", "Germany 's". */
export function countryEndingAt(tokens: readonly Token[], j: number, model: EntityModel): CountryRef | null {
  const possessive = possessiveLength(tokens, j, model, true) === 1;
  const last = possessive ? j - 1 : j;
  const c = asCountry(model.known.matchEndingAt(tokens, last), tokens);
  if (c) return { ...c, end: j + 1 };
  if (possessive) return null;
  const d = model.demonyms.matchEndingAt(tokens, last);
  return d && tokens[d.start]?.upper ? { start: d.start, end: j + 1, code: d.value } : null;
}
