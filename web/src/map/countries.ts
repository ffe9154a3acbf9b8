/**
 * Which world-atlas shapes are the claim's countries. Places carry ids like "country:KP" and a
 * representative point, while world-atlas knows countries by ISO numeric code and English name:
 * the point inside a shape decides, and the name is the fallback when a country has no point.
 */
import { geoContains } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { Place } from '../api/types.js';

export type CountryFeature = Feature<Geometry, { name: string }>;

const fold = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z]/g, '');

export function matchCountries(places: Place[], countries: CountryFeature[]): Map<CountryFeature, Place> {
  const matched = new Map<CountryFeature, Place>();
  for (const place of places.filter((p) => p.type === 'country')) {
    const byName = countries.find((c) => fold(c.properties.name) === fold(place.name));
    const byPoint = place.coordinates ? countries.find((c) => geoContains(c, place.coordinates!)) : undefined;
    const shape = byPoint ?? byName;
    if (shape && !matched.has(shape)) matched.set(shape, place);
  }
  return matched;
}
