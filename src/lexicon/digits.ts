/**
 * Digits of every script read as ASCII digits, so that "٢٣" (Arabic-Indic), "۲۳" (Persian) or
 * "२३" (Devanagari) are the number 23 to every stage, as "23" is.
 * Unicode lays each script's decimal digits out as runs of ten code points from its zero, so
 * a digit's value is its distance from the start of its run, modulo ten (the mathematical
 * digits are five runs back to back).
 */
const DECIMAL = /\p{Nd}/u;
/** the Arabic decimal and thousands separators: "٣٫٥" is 3.5, "١٬٠٠٠" is 1,000 */
const SEPARATORS: Record<string, string> = { '\u066b': '.', '\u066c': ',' };

/** Whether the code unit at `c` (from `ch`) is a decimal digit of any script. */
export function isDecimalDigit(c: number, ch: string): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return DECIMAL.test(ch);
}

/** Whether `ch` separates groups or decimals inside a number of a non-Latin script ("٫", "٬"). */
export const isScriptSeparator = (ch: string): boolean => ch in SEPARATORS;

function digitValue(cp: number): number {
  let run = 0;
  while (run < 60 && DECIMAL.test(String.fromCodePoint(cp - run - 1))) run++;
  return run % 10;
}

/** "٣٫٥" -> "3.5", "١٢" -> "12"; ASCII text comes back unchanged. */
export function asciiDigits(s: string): string {
  // every number token of most texts: a loop over code units, no pattern
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) < 128;
  if (ascii) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (SEPARATORS[ch]) out += SEPARATORS[ch];
    else if (cp >= 128 && DECIMAL.test(ch)) out += String(digitValue(cp));
    else out += ch;
  }
  return out;
}
