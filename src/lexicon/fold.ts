/**
 * The form every lexicon entry and every token is compared in: lower case, diacritics removed,
 * typographic apostrophes made straight. "Wŏnsan" -> "wonsan", "doesn’t" -> "doesn't".
 */
export function fold(s: string): string {
  // fast path for plain ASCII, which is most tokens
  let ascii = true;
  for (let i = 0; i < s.length; i++)
    if (s.charCodeAt(i) > 126) {
      ascii = false;
      break;
    }
  if (ascii) return s.toLowerCase();
  return (
    s
      .normalize('NFKD')
      // the kana voicing marks make other words: "ば" (if) is not "は" (topic), "が" not "か"
      .replace(/[^\P{M}\u3099\u309a]/gu, '')
      .replace(/[’‘`´]/g, "'")
      .toLowerCase()
  );
}
