import type { Figure } from '../../../domain/figure.js';
import { readNumbersAndDates } from './run.js';

/** The figures of `text`, reduced to what a test compares. */
export function figuresOf(text: string, lang: string): Array<Partial<Figure>> {
  const doc = readNumbersAndDates(text, lang);
  return doc.figures.map((f) => ({
    value: f.value,
    ...(f.max !== undefined ? { max: f.max } : {}),
    qualifier: f.qualifier,
    unit: f.unit,
    text: f.text,
  }));
}

/** The text of each figure of `text`. */
export const figureTexts = (text: string, lang: string): string[] =>
  readNumbersAndDates(text, lang).figures.map((f) => f.text);
