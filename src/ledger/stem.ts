import { fold } from '../lexicon/fold.js';
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

const foldedRules = new WeakMap<Stemmer, Stemmer>();
/**
 * The rules in the form tokens are compared in: a Korean ending written "했" must meet a token
 * folded to its letters (fold decomposes Hangul syllables into jamo).
 */
function folded(rules: Stemmer): Stemmer {
  let f = foldedRules.get(rules);
  if (f) return f;
  const suffix = (r: Suffix): Suffix => ({ ...r, suffix: fold(r.suffix), replace: r.replace.map(fold) });
  type Prefix = Stemmer['prefixes'][number];
  const prefix = (r: Prefix): Prefix => ({ ...r, prefix: fold(r.prefix), restore: r.restore.map(fold) });
  f = {
    ...rules,
    clitics: rules.clitics.map(suffix),
    suffixes: rules.suffixes.map(suffix),
    prefixes: rules.prefixes.map(prefix),
    secondPrefixes: rules.secondPrefixes.map(prefix),
  };
  foldedRules.set(rules, f);
  return f;
}

/**
 * Candidate roots of a word, most specific first, so a lexicon of roots can match inflected
 * forms, by the language's affix rules (`grammar.stemmer`): "mengirimkan" -> "mengirimkan",
 * "mengirim", "kirim"; "tentara-tentara" -> "tentara"; "soldiers" -> "soldier".
 */
export function stems(word: string, given: Stemmer | undefined): string[] {
  const out = [word];
  if (!given) return out;
  const rules = folded(given);
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
