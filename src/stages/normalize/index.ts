import type { Stage } from '../../pipeline/stage.js';

// Every code unit keeps its offset: one character is replaced by exactly one character.
// "\r\n" -> " \n", lone "\r" -> "\n", no-break and other spaces -> " ", zero-width -> " ".
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function normalizeText(text: string): string {
  return text
    .replace(/\r(?!\n)/g, '\n')
    .replace(/\r/g, ' ')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, ' ');
}

export const normalizeStage: Stage = {
  id: 'normalize',
  version: 1,
  needsLexicon: false,
  run(doc) {
    doc.norm = normalizeText(doc.text);
  },
};
