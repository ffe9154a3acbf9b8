import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Place } from '../api/types.js';
import { matchCountries, type CountryFeature } from './countries.js';

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries).features as CountryFeature[];
const names = (places: Place[]) =>
  [...matchCountries(places, countries).keys()].map((c) => c.properties.name).sort();

describe('map countries', () => {
  it('finds a country by the point the API gives for it', () => {
    const places: Place[] = [
      { id: 'country:KP', name: 'North Korea', type: 'country', coordinates: [127.0, 40.0] },
      { id: 'country:RU', name: 'Russia', type: 'country', coordinates: [100.0, 60.0] },
      { id: 'country:US', name: 'United States', type: 'country', coordinates: [-98.5, 39.5] },
    ];
    expect(names(places)).toEqual(['North Korea', 'Russia', 'United States of America']);
  });

  it('falls back to the name when a country comes without a point', () => {
    expect(names([{ id: 'country:UA', name: 'Ukraine', type: 'country', coordinates: null }])).toEqual([
      'Ukraine',
    ]);
  });

  it('leaves towns and unknown countries off the country layer', () => {
    const places: Place[] = [
      { id: 'place:kursk', name: 'Kursk', type: 'place', coordinates: [36.19, 51.73] },
      { id: 'country:XX', name: 'Atlantis', type: 'country', coordinates: null },
    ];
    expect(names(places)).toEqual([]);
  });
});
