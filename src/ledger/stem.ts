/**
 * Candidate roots of a word, most specific first, so a lexicon of roots can match inflected
 * forms: Indonesian "mengirimkan" -> "mengirimkan", "mengirim", "kirim"; "tentara-tentara" ->
 * "tentara"; English "soldiers" -> "soldier", "deployed" -> "deploy".
 */
export function stems(word: string, lang: string): string[] {
  const out = [word];
  const dash = word.indexOf('-');
  // reduplication "tentara-tentara" and clitics "nato-nya" keep their first part
  if (dash > 0) out.push(word.slice(0, dash));
  if (lang === 'id' || lang === 'ms') for (const s of indonesianRoots(out[out.length - 1]!)) out.push(s);
  else if (lang === 'en') for (const s of englishRoots(word)) out.push(s);
  return [...new Set(out)];
}

const ID_SUFFIXES = ['kannya', 'annya', 'inya', 'nya', 'kan', 'an', 'i', 'lah', 'kah', 'pun'];
// prefix, and the letters nasal assimilation removed from the root ("meng" + "irim" <- "kirim")
const ID_PREFIXES: Array<[string, string[]]> = [
  ['menge', ['']],
  ['meng', ['', 'k']],
  ['meny', ['s']],
  ['mem', ['p', '']],
  ['men', ['t', '']],
  ['me', ['']],
  ['peng', ['', 'k']],
  ['peny', ['s']],
  ['pem', ['p', '']],
  ['pen', ['t', '']],
  ['per', ['']],
  ['pe', ['']],
  ['di', ['']],
  ['ter', ['']],
  ['ber', ['']],
  ['be', ['']],
  ['ke', ['']],
  ['se', ['']],
];

function indonesianRoots(w: string): string[] {
  const out: string[] = [];
  const bases = [w];
  // "keamanannya" -> "keamanan" first: a clitic comes off before a derivational suffix
  if (w.endsWith('nya') && w.length > 6) bases.push(w.slice(0, -3));
  for (const suf of ID_SUFFIXES)
    if (w.length > suf.length + 3 && w.endsWith(suf)) {
      bases.push(w.slice(0, -suf.length));
      break;
    }
  for (const base of bases) {
    if (base !== w) out.push(base);
    for (const [pre, restore] of ID_PREFIXES) {
      if (base.length <= pre.length + 2 || !base.startsWith(pre)) continue;
      const rest = base.slice(pre.length);
      for (const r of restore) out.push(r + rest);
      // "memper-", "diper-", "berke-": a second prefix
      if (rest.startsWith('per') && rest.length > 5) out.push(rest.slice(3));
      break;
    }
  }
  return out;
}

function englishRoots(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ies') && w.length > 4) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es') && w.length > 4) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) out.push(w.slice(0, -1));
  if (w.endsWith('ied') && w.length > 4) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed') && w.length > 4) {
    out.push(w.slice(0, -2), w.slice(0, -1));
    if (w[w.length - 3] === w[w.length - 4]) out.push(w.slice(0, -3));
  }
  if (w.endsWith('ing') && w.length > 5) {
    out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
    if (w[w.length - 4] === w[w.length - 5]) out.push(w.slice(0, -4));
  }
  return out;
}
