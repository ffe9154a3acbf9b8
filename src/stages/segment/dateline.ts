// the dash that closes a dateline, then a space: " - ", " -- ", " – ", " — "; a double dash or
// a long dash may be glued to the outlet ("DISWAY.ID-- "), a hyphen never ("Sabtu-Minggu")
const DASH = /(?: (?:--?|[–—])|(?<=\S)(?:--|[–—])) +/;
// an outlet named by its web address alone: "Suara.com - …", "SuaraCianjur.id – …"
const ADDRESS = /^\p{L}[\p{L}\d]*(?:\.\p{L}+)+$/u;
// a word of a dateline: a capital or a digit somewhere ("JAKARTA", "Dec", "3", "detikNews"),
// or a web address ("Liputan6.com"), bare or in brackets and followed by a comma
const WORD = /^\(?(?:[^\s()]*[\p{Lu}\d][^\s()]*|[^\s()]+\.[^\s()]+)\)?,?$/u;
const MAX_WORDS = 8;
const MAX_LENGTH = 80;

/**
 * The length of the dateline that opens a paragraph, through its dash and the spaces after it,
 * or 0: "JAKARTA, KOMPAS.com - …", "WASHINGTON (Reuters) - …", "Jakarta (ANTARA) - …",
 * "LONDON, Dec 3 (Reuters) - …". A dateline names a place and an outlet, so it holds a comma or
 * brackets and only capitalised words; one word alone counts when written in capitals
 * ("JAKARTA - …") or as a web address ("Suara.com - …"), since "Sugiono - yang baru dilantik -
 * …" is a sentence. The body after it must
 * start like a sentence.
 */
export function datelineLength(para: string): number {
  const dash = DASH.exec(para.slice(0, MAX_LENGTH + 4));
  if (!dash || dash.index === 0) return 0;
  const prefix = para.slice(0, dash.index);
  const words = prefix.split(' ').filter((w) => w.length > 0);
  if (words.length > MAX_WORDS || !words.every((w) => WORD.test(w))) return 0;
  if (!/^\p{Lu}/u.test(prefix)) return 0;
  const shaped =
    /[,(]/.test(prefix) || (words.length === 1 && (prefix === prefix.toUpperCase() || ADDRESS.test(prefix)));
  if (!shaped) return 0;
  const end = dash.index + dash[0].length;
  return end < para.length && /["“„«‘'\p{Lu}\d]/u.test(para[end]!) ? end : 0;
}
