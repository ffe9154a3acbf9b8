// prettier-ignore
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, mei: 5, jun: 6, jul: 7, aug: 8, agu: 8, agt: 8,
  sep: 9, oct: 10, okt: 10, nov: 11, dec: 12, des: 12,
};

function ymd(y: number, m: number, d: number, now: Date): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > now.getUTCFullYear() + 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date from page metadata to YYYY-MM-DD, as stated: "2024-03-05T23:30:00-05:00" is
 * 2024-03-05 (the day where it was published, not in UTC). Also "2024/03/05", "20240305",
 * "05.03.2024", "Tue, 05 Mar 2024 10:00:00 GMT", "March 5, 2024", "Selasa, 05 Mei 2024".
 * Ambiguous "05/03/2024" gives null rather than a guess.
 */
export function toIsoDate(value: string | null | undefined, now = new Date()): string | null {
  const s = value?.trim();
  if (!s) return null;
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!, now);
  m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/.exec(s);
  if (m) {
    const [a, sep, b, y] = [+m[1]!, m[2]!, +m[3]!, +m[4]!];
    if (sep !== '/' || a > 12) return ymd(y, b, a, now);
    return b > 12 ? ymd(y, a, b, now) : null;
  }
  m = /(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})/.exec(s);
  if (m && MONTHS[m[2]!.slice(0, 3).toLowerCase()])
    return ymd(+m[3]!, MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, +m[1]!, now);
  m = /([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(s);
  if (m && MONTHS[m[1]!.slice(0, 3).toLowerCase()])
    return ymd(+m[3]!, MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, +m[2]!, now);
  return null;
}

let byName: Map<string, string> | null = null;

/** "english", "indonesian", "bahasa indonesia", "español" ... to ISO 639-1, built once. */
function languageNames(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  for (let i = 0; i < 26 * 26; i++) {
    const code = String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
    const name = english.of(code);
    // skip unknown codes and retired ones ("in" is now "id", "iw" is "he")
    if (!name || name === code || Intl.getCanonicalLocales(code)[0] !== code) continue;
    if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), code);
    const native = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
    if (native && !byName.has(native.toLowerCase())) byName.set(native.toLowerCase(), code);
  }
  return byName;
}

/** "en-US", "id_ID", "ind", "in", "English", "Bahasa Indonesia" to "en" or "id"; null if none fits. */
export function toLanguage(value: string | null | undefined): string | null {
  const v = value?.split(/[,;]/)[0]?.trim().replace(/_/g, '-');
  if (!v) return null;
  if (/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(v)) {
    try {
      const lang = new Intl.Locale(Intl.getCanonicalLocales(v)[0]!).language;
      return /^[a-z]{2}$/.test(lang) ? lang : null;
    } catch {
      return null;
    }
  }
  const name = v.toLowerCase().replace(/^bahasa\s+/, '');
  return languageNames().get(name) ?? languageNames().get(v.toLowerCase()) ?? null;
}
