import type { Stemmer } from '../lexicon/kinds/stemmer.js';

type Suffix = Stemmer['suffixes'][number];

/** The stems an ending rule gives for a word: "stopped" -> "stopp", "stoppe", "stop". */
function stripSuffix(w: string, r: Suffix): string[] {
  const stem = w.slice(0, -r.suffix.length);
  if (!w.endsWith(r.suffix) || stem.length < r.minStem) return [];
  if (r.notAfter.some((x) => stem.endsWith(x))) return [];
  const out = r.replace.map((x) => stem + x);
  if (r.undouble && stem.length > 1 && stem[stem.length - 1] === stem[stem.length - 2])
    out.push(stem.slice(0, -1));
  return out;
}

/**
 * Candidate roots of a word, most specific first, so a lexicon of roots can match inflected
 * forms, by the language's affix rules (`grammar.stemmer`): "mengirimkan" -> "mengirimkan",
 * "mengirim", "kirim"; "tentara-tentara" -> "tentara"; "soldiers" -> "soldier".
 */
export function stems(word: string, rules: Stemmer | undefined): string[] {
  const out = [word];
  if (!rules) return out;
  const dash = word.indexOf('-');
  if (rules.hyphenFirstPart && dash > 0) out.push(word.slice(0, dash));
  const w = out[out.length - 1]!;
  const bases = [w];
  // "keamanannya" -> "keamanan" first: a clitic comes off before a derivational suffix
  for (const c of rules.clitics) bases.push(...stripSuffix(w, c));
  for (const s of rules.suffixes) {
    const got = stripSuffix(w, s);
    bases.push(...got);
    if (got.length && rules.suffixMatch === 'first') break;
  }
  for (const base of bases) {
    if (base !== w) out.push(base);
    for (const p of rules.prefixes) {
      const rest = base.slice(p.prefix.length);
      if (!base.startsWith(p.prefix) || rest.length < p.minStem) continue;
      for (const r of p.restore) out.push(r + rest);
      // "memper-", "diper-": a second prefix
      for (const q of rules.secondPrefixes)
        if (rest.startsWith(q.prefix) && rest.length - q.prefix.length >= q.minStem)
          out.push(rest.slice(q.prefix.length));
      break;
    }
  }
  return [...new Set(out)];
}
