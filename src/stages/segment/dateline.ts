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
export function datelineLength(para: string, markers: readonly string[] = []): number {
  const wire = wireDatelineLength(para, markers);
  if (wire) return wire;
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

/** how long a wire dateline without a dash may be: "新华社北京4月11日电" */
const MAX_WIRE = 24;

/**
 * A wire dateline closed by one of the language's markers and a space, holding a digit (its
 * date): "北京4月11日电 商务部…", "新华社华盛顿3月2日电 …"; 0 when the paragraph has none.
 */
function wireDatelineLength(para: string, markers: readonly string[]): number {
  for (const m of markers) {
    const at = para.indexOf(m + ' ');
    if (at <= 0 || at + m.length > MAX_WIRE) continue;
    const prefix = para.slice(0, at + m.length);
    if (!/\d/.test(prefix) || /\s/.test(prefix)) continue;
    let end = at + m.length;
    while (end < para.length && /\s/.test(para[end]!)) end++;
    return end < para.length ? end : 0;
  }
  return 0;
}
