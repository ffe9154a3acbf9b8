/** A number written in digits, read with a language's separators. */
export interface Numeral {
  value: number;
  /** "2024", "12": digits only, no separator */
  plain: boolean;
}

const DIGITS = /^\d+(?:[.,]\d+)*$/;

function strict(groups: string[], seps: string[], thou: string, dec: string): number | null {
  let intEnd = groups.length;
  if (seps[seps.length - 1] === dec) intEnd = groups.length - 1;
  for (let k = 0; k < intEnd - 1; k++) if (seps[k] !== thou) return null;
  if (intEnd > 1) {
    if (groups[0]!.length > 3) return null;
    for (let k = 1; k < intEnd; k++) if (groups[k]!.length !== 3) return null;
  }
  const int = groups.slice(0, intEnd).join('');
  return Number(intEnd < groups.length ? `${int}.${groups[groups.length - 1]}` : int);
}

/**
 * Reads "3.000" (Indonesian) or "3,000" (English) as 3000 and "1,5" / "1.5" as 1.5, given the
 * language's separators. Writers mix styles, so a reading that fails with the language's
 * separators is tried with them swapped; a lone separator before exactly three digits groups
 * thousands in either style ("3,000" in an Indonesian text), since news almost never gives three
 * decimals. Clock times and dates ("11:30", "23/10") are not numerals: null.
 */
export function readNumeral(s: string, decimal: string, thousands: string): Numeral | null {
  if (!DIGITS.test(s)) return null;
  const groups = s.split(/[.,]/);
  if (groups.length === 1) return { value: Number(s), plain: true };
  const seps: string[] = [];
  for (const ch of s) if (ch === '.' || ch === ',') seps.push(ch);
  if (groups.length === 2 && groups[1]!.length === 3 && groups[0] !== '0' && groups[0]!.length <= 3)
    return { value: Number(groups[0]! + groups[1]!), plain: false };
  const v = strict(groups, seps, thousands, decimal) ?? strict(groups, seps, decimal, thousands);
  if (v !== null) return { value: v, plain: false };
  if (groups.length === 2) return { value: Number(`${groups[0]}.${groups[1]}`), plain: false };
  return null;
}
