/** Numbers, figures and dates written the way the UI language writes them. */
import { getLang, t, type MessageKey } from '../i18n/index.js';

export const formatNumber = (n: number): string => new Intl.NumberFormat(getLang()).format(n);

const SYMBOL: Record<string, string> = {
  about: '≈ ',
  at_least: '≥ ',
  more_than: '> ',
  at_most: '≤ ',
  up_to: '≤ ',
  less_than: '< ',
};

/** A figure as a label: "≥ 3,000", "1,500–3,000", "thousands". */
export function formatFigure(figure: { value: number; max?: number; qualifier: string }): string {
  const q = figure.qualifier;
  if (q === 'range' || figure.max !== undefined) {
    return `${formatNumber(figure.value)}–${formatNumber(figure.max ?? figure.value)}`;
  }
  const vague = `qualifier.${q}` as MessageKey;
  if (
    [
      'several',
      'dozens',
      'hundreds',
      'thousands',
      'tens_of_thousands',
      'hundreds_of_thousands',
      'millions',
      'billions',
    ].includes(q)
  ) {
    return t(vague);
  }
  return `${SYMBOL[q] ?? ''}${formatNumber(figure.value)}`;
}

/** "2024-10-23" as "23 Oct 2024" / "23 Okt 2024"; partial dates ("2024-10") as month or year. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return t('date.unknown');
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) options.month = 'short';
  if (d) options.day = 'numeric';
  return new Intl.DateTimeFormat(getLang(), options).format(date);
}

/** "id" as "Indonesian" / "Indonesia", in the UI language; unknown codes stay as they are. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([getLang()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
