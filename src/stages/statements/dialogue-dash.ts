import type { Paragraph } from '../../domain/text.js';
import type { Quote } from './quotes.js';

/**
 * Dialogue written with dashes instead of quotation marks, as Spanish and Portuguese papers do:
 * a paragraph opens with an em dash, the speaker's words run to a second dash after a space,
 * and the tag follows that dash in lower case.
 *   "—No vamos a levantar los cortes —añadió el portavoz."
 *   "—Se a proposta chegar por escrito, desconvocamos —disse a dirigente."
 * A paragraph without a tag dash is left alone: a dash alone opens lists and bylines as well.
 */
const DASHES = new Set(['—', '―']);

export function findDialogueDashes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const out: Quote[] = [];
  for (const p of paragraphs) {
    if (!DASHES.has(text[p.start]!)) continue;
    // the tag: " —" and a lower-case letter ("—añadió", "— dijo")
    let close = -1;
    for (let i = p.start + 2; i < p.end - 1 && close < 0; i++)
      if (
        DASHES.has(text[i]!) &&
        /\s/.test(text[i - 1]!) &&
        /[\p{Ll}]/u.test(text[i + 1] === ' ' ? (text[i + 2] ?? '') : text[i + 1]!)
      )
        close = i;
    if (close < 0) continue;
    let innerStart = p.start + 1;
    while (innerStart < close && /\s/.test(text[innerStart]!)) innerStart++;
    let innerEnd = close;
    while (innerEnd > innerStart && /[\s,]/.test(text[innerEnd - 1]!)) innerEnd--;
    if (innerEnd <= innerStart) continue;
    out.push({
      start: p.start,
      end: close + 1,
      innerStart,
      innerEnd,
      closed: true,
      firstParagraph: p.index,
      lastParagraph: p.index,
    });
  }
  return out;
}
