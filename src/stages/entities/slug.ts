import { fold } from '../../lexicon/fold.js';

/** "Farah Dakhlallah" -> "farah-dakhlallah", "Wŏnsan" -> "wonsan". */
export const slug = (name: string): string =>
  fold(name)
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'x';
