// a terminator that may end a sentence glued to the next: ".", "?", "!", "?!", then closing marks;
// never an ellipsis ("...Tapi", "…Lalu" go on the same sentence)
const GLUED_TERMINATOR = /^(?:[.!?]|\?!|!\?)["”’»)\]]*$/;

export interface GlueContext {
  abbreviations: ReadonlySet<string>;
  domainSuffixes: ReadonlySet<string>;
}

/**
 * Whether a terminator with no space after it still ends a sentence, as in text taken from web
 * pages: "… ke Rusia.Juru Bicara …", "… in the region.A spokesman …". It does when a capital
 * (or an opening curly quote and a capital) follows, except after an abbreviation ("Prof.Dr.Budi"), an initial or initialism
 * ("U.S.Army", "J.K.Rowling"), or before the last label of a web address ("Antaranews.Com",
 * "TEMPO.CO"); a lower-case letter or a digit after the period ("Kompas.com", "3.000") never
 * ends one.
 */
export function endsGluedSentence(
  text: string,
  index: number,
  terminator: string,
  ctx: GlueContext,
): boolean {
  const next = index + terminator.length;
  if (!GLUED_TERMINATOR.test(terminator)) return false;
  // a capital, or an opening curly quote before one: "… kata dia.“Kami siap”"
  const starts = /^[“„«‘]?\p{Lu}/u.test(text.slice(next, next + 2));
  if (!starts) return false;
  if (!/[\p{L}\p{N}"”’»)\]]/u.test(text[index - 1] ?? '')) return false;
  if (terminator[0] !== '.') return true;
  let s = index;
  while (s > 0 && /\p{L}/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, index);
  // "J.", "A.S." an initial or the end of an initialism
  if (/^\p{Lu}$/u.test(word)) return false;
  if (ctx.abbreviations.has(word.toLowerCase())) return false;
  // a dotted abbreviation: "M.Si.", "S.Kom."
  let r = s;
  while (r > 0 && /[\p{L}.]/u.test(text[r - 1]!)) r--;
  if (r < s && ctx.abbreviations.has(text.slice(r, index).toLowerCase())) return false;
  const after = /^\p{L}+/u.exec(text.slice(next))?.[0] ?? '';
  return !ctx.domainSuffixes.has(after.toLowerCase());
}
