/**
 * The map of a claim's places: world shapes from world-atlas (bundled, fetched from our own
 * server), the claim's countries filled, its towns and regions as dots. Loaded on demand.
 */
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';
import type { Place } from '../api/types.js';
import { attachTip } from '../components/tip.js';
import { h } from '../dom/h.js';
import { s } from '../dom/svg.js';
import { t } from '../i18n/index.js';
import { paths } from '../router/routes.js';
import { matchCountries, type CountryFeature } from './countries.js';

const W = 640;
const H = 330;
let world: Promise<CountryFeature[]> | null = null;

function loadWorld(): Promise<CountryFeature[]> {
  world ??= fetch(worldUrl)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`world map: HTTP ${r.status}`))))
    .then(
      (topo: Topology<{ countries: GeometryCollection<{ name: string }> }>) =>
        (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>).features,
    );
  world.catch(() => (world = null));
  return world;
}

/** Fit the map to what the claim involves, or to the whole world when that spans most of it. */
function projectionFor(focus: GeoPermissibleObjects[]) {
  const projection = geoNaturalEarth1();
  const sphere: GeoPermissibleObjects = { type: 'Sphere' };
  projection.fitExtent(
    [
      [8, 8],
      [W - 8, H - 8],
    ],
    sphere,
  );
  if (focus.length === 0) return projection;
  const [[x0], [x1]] = geoPath(projection).bounds({
    type: 'GeometryCollection',
    geometries: focus,
  } as GeoPermissibleObjects);
  if (x1 - x0 > W * 0.6) return projection;
  return projection.fitExtent(
    [
      [40, 30],
      [W - 40, H - 30],
    ],
    { type: 'GeometryCollection', geometries: focus } as GeoPermissibleObjects,
  );
}

export async function worldMap(places: Place[]): Promise<HTMLElement> {
  const countries = await loadWorld();
  const matched = matchCountries(places, countries);
  const points = places.filter(
    (p): p is Place & { coordinates: [number, number] } => p.type === 'place' && p.coordinates !== null,
  );
  const projection = projectionFor([
    ...[...matched.keys()].map((c) => c.geometry as GeoPermissibleObjects),
    ...points.map((p) => ({ type: 'Point', coordinates: p.coordinates }) as GeoPermissibleObjects),
  ]);
  const path = geoPath(projection);
  const svg = s(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, class: 'world-map', role: 'group', 'aria-label': t('map.label') },
    s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere', 'aria-hidden': 'true' }),
    s(
      'g',
      { class: 'countries', 'aria-hidden': 'true' },
      countries.filter((c) => !matched.has(c)).map((c) => s('path', { d: path(c) ?? '', class: 'country' })),
    ),
    s(
      'g',
      { class: 'involved' },
      [...matched].map(([shape, place]) =>
        s(
          'a',
          {
            href: paths.entity(place.id),
            class: 'country involved',
            'data-tip': place.name,
            'aria-label': place.name,
            'data-place': place.id,
          },
          s('path', { d: path(shape) ?? '' }),
        ),
      ),
    ),
    s(
      'g',
      { class: 'places' },
      points.map((p) => {
        const [x, y] = projection(p.coordinates) ?? [NaN, NaN];
        return s(
          'a',
          {
            href: paths.entity(p.id),
            class: 'place',
            'data-tip': p.name,
            'aria-label': p.name,
            'data-place': p.id,
          },
          s('circle', { cx: x, cy: y, r: 5 }),
          s('text', { x: x + 8, y: y + 4, 'aria-hidden': 'true' }, p.name),
        );
      }),
    ),
  );
  const figure = h(
    'figure',
    { class: 'chart map-chart' },
    h('div', { class: 'chart-scroll' }, svg),
    h('figcaption', null, t('map.caption'), ' ', places.map((p) => p.name).join(', ') || '—'),
  );
  attachTip(figure);
  return figure;
}
